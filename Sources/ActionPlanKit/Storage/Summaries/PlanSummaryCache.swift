import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The summaries of one plans folder, kept between runs in the user's cache folder, so that the
/// overdue report reads again only the plan files that changed.
///
/// The plan files stay the only record: the cache is derived from them, private to one user, and
/// may be deleted at any time. It can never go stale:
///
/// - An entry is used only while its plan file's device, inode, size, and modification and change
///   times are all as they were when the file was read. Any write changes the change time, which no
///   program can set back, and actionplan's own writes replace the file, which changes the inode.
/// - A file changed in the few seconds before it was read is not kept: a second change within the
///   same tick of the file system's clock could leave every one of those the same (git's "racy"
///   rule). It is read from its file until it has been still for longer.
/// - The cache names the build of actionplan that wrote it and the folder it describes; any other
///   build or folder ignores it. Checksums guard every byte, and the reader checks every value, so a
///   damaged cache is rebuilt, never believed.
public struct PlanSummaryCache: Sendable {
    /// The cache file.
    public let path: String
    /// The plans folder it describes, resolved.
    let folder: String
    /// The contents read ahead by ``startReading()``, shared by copies of this value.
    private let readAhead = ReadAhead()

    /// The cache of the plans in `folder`, kept in `directory` (made when first written), or `nil`
    /// when the folder does not exist.
    public init?(folder: String, directory: String) {
        guard let resolved = realpath(folder, nil) else { return nil }
        self.folder = String(cString: resolved)
        free(resolved)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in self.folder.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        path = directory + "/plans-" + String(hash, radix: 16) + ".summaries"
    }

    /// Where a user's caches go: `$XDG_CACHE_HOME/actionplan`, else `~/.cache/actionplan`; `nil`
    /// when neither variable is set.
    public static func directory(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/actionplan" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/actionplan" }
        return nil
    }

    /// What identifies a plan file's content without reading it: see the type's summary.
    struct FileKey: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        /// Whether the file was changed within `margin` seconds before `time`, or later: too recently
        /// for its times to tell this content from the next.
        func isRacy(at time: timespec, margin: Int) -> Bool {
            inode == 0 || max(modified.tv_sec, changed.tv_sec) >= time.tv_sec - margin
        }

        static func == (left: FileKey, right: FileKey) -> Bool {
            left.device == right.device && left.inode == right.inode && left.size == right.size
                && left.modified.tv_sec == right.modified.tv_sec
                && left.modified.tv_nsec == right.modified.tv_nsec
                && left.changed.tv_sec == right.changed.tv_sec
                && left.changed.tv_nsec == right.changed.tv_nsec
        }
    }

    /// One plan's entry: the key of the file it was read from and the bytes of its summary.
    struct Entry: Sendable {
        var key: FileKey
        /// A slice of the cache as read, or the bytes of a summary just made.
        var summary: Data
    }

    /// The entries of the cache as it was read, by plan file name.
    struct Contents: Sendable {
        var entries: [String: Entry] = [:]
    }

    /// Starts reading the cache on another thread, so that listing the plans folder need not wait
    /// for it: the next ``read()`` takes what was read.
    public func startReading() {
        let cache = self
        readAhead.start { cache.readFile() }
    }

    /// The cache's entries, or none when it is missing, damaged, or written by another build or for
    /// another folder.
    func read() -> Contents { readAhead.take() ?? readFile() }

    /// ``read()``, on this thread.
    private func readFile() -> Contents {
        guard let data = PlanSummaryCache.load(path), let content = PlanSummaryCache.checkedContent(of: data)
        else { return Contents() }
        return data.withUnsafeBytes { raw in
            var reader = SummaryBytes.Reader(
                UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[content]))
            do throws(SummaryBytes.Fault) {
                guard try reader.header() == header() else { return Contents() }
                var contents = Contents()
                let count = try reader.count()
                contents.entries.reserveCapacity(count)
                for _ in 0..<count {
                    let name = try reader.plainString()
                    let key = FileKey(
                        device: try reader.unsigned(), inode: try reader.unsigned(),
                        size: Int64(try reader.signed()),
                        modified: timespec(tv_sec: try reader.signed(), tv_nsec: try reader.signed()),
                        changed: timespec(tv_sec: try reader.signed(), tv_nsec: try reader.signed()))
                    let range = try reader.skip(try reader.count())
                    // A slice shares the bytes read; nothing is copied.
                    contents.entries[name] = Entry(key: key, summary: data[range])
                }
                guard reader.isAtEnd else { return Contents() }
                return contents
            } catch {
                return Contents()
            }
        }
    }

    /// The most bytes a cache may hold: about 80 times the cache of a 5,000-plan portfolio (16 MB).
    static let sizeLimit = 1 << 30

    /// Why the cache file cannot be read as one, or `nil` when it can (or does not exist yet): a pipe or
    /// device at its path, or a file over ``sizeLimit``, is skipped, and the caller may say so.
    public func refusal() -> FileRefusal? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        if let kind = FileRefusal.kind(of: info) { return .notRegular(kind: kind) }
        return info.st_size > PlanSummaryCache.sizeLimit
            ? .tooLarge(size: Int64(info.st_size), limit: PlanSummaryCache.sizeLimit) : nil
    }

    /// The bytes of the cache file, copied into memory, or `nil` when it is missing, not a regular
    /// file, or too large.
    ///
    /// It is read, not mapped: a mapped file that another process truncates makes the next read of a
    /// lost page kill the reader with SIGBUS, and no check beforehand can rule that out. Reading costs
    /// one copy of the bytes (20 MB for 5,000 plans of 13 actions), which the checksums read anyway.
    private static func load(_ path: String) -> Data? {
        var info = stat()
        return try? AtomicFile.read(path, info: &info, limit: sizeLimit)
    }

    /// The cache's content, as a range of `data`, when its checksums all hold; `nil` otherwise.
    ///
    /// The content is followed by the checksum of each ``blockSize`` bytes of it, its length, and a
    /// checksum of those. The blocks are checked on every core.
    private static func checkedContent(of data: Data) -> Range<Int>? {
        data.withUnsafeBytes { raw -> Range<Int>? in
            guard raw.count >= 16 else { return nil }
            let length = Int(
                truncatingIfNeeded: UInt64(
                    littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 16, as: UInt64.self)))
            guard length >= 0, length <= raw.count else { return nil }
            let blocks = (length + blockSize - 1) / blockSize
            guard raw.count - length == blocks * 8 + 16 else { return nil }
            let trailer = UnsafeRawBufferPointer(rebasing: raw[length..<(raw.count - 8)])
            let stored = UInt64(
                littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self))
            guard checksum(trailer) == stored else { return nil }
            let sums = blockChecksums(of: UnsafeRawBufferPointer(rebasing: raw[..<length]))
            let intact = sums.indices.allSatisfy { block in
                sums[block]
                    == UInt64(littleEndian: trailer.loadUnaligned(fromByteOffset: block * 8, as: UInt64.self))
            }
            return intact ? 0..<length : nil
        }
    }

    /// The checksum of each ``blockSize`` bytes of `content`, in order, worked out on every core.
    private static func blockChecksums(of content: UnsafeRawBufferPointer) -> [UInt64] {
        nonisolated(unsafe) let content = content
        return concurrentMap((content.count + blockSize - 1) / blockSize) { block in
            let start = block * blockSize
            return checksum(
                UnsafeRawBufferPointer(rebasing: content[start..<min(start + blockSize, content.count)]))
        }
    }

    /// A read of the cache under way on another thread, or done.
    private final class ReadAhead: @unchecked Sendable {
        // `lock` guards `pending`; the group's wait orders the reading thread's write of `contents`
        // before the read of it.
        private let lock = NSLock()
        private let group = DispatchGroup()
        private var pending = false
        private var contents = Contents()

        func start(_ read: @escaping @Sendable () -> Contents) {
            lock.withLock {
                guard !pending else { return }
                pending = true
                DispatchQueue.global().async(group: group) { self.contents = read() }
            }
        }

        /// What the read started last gave, once it is done; `nil` when none was started since.
        func take() -> Contents? {
            lock.withLock {
                guard pending else { return nil }
                group.wait()
                pending = false
                defer { contents = Contents() }
                return contents
            }
        }
    }

    /// The bytes each checksum of a cache covers.
    static let blockSize = 256 << 10

    /// `content` followed by what ``checkedContent(of:)`` checks it by.
    ///
    /// The trailer is appended to `content` itself: a copy of a large portfolio's cache would be tens
    /// of megabytes more at the moment the process is largest.
    private static func sealed(_ content: consuming [UInt8]) -> [UInt8] {
        let sums = content.withUnsafeBytes { blockChecksums(of: $0) }
        var trailer: [UInt8] = []
        for sum in sums { withUnsafeBytes(of: sum.littleEndian) { trailer.append(contentsOf: $0) } }
        withUnsafeBytes(of: UInt64(content.count).littleEndian) { trailer.append(contentsOf: $0) }
        let sealing = trailer.withUnsafeBytes { checksum($0) }
        content.append(contentsOf: trailer)
        withUnsafeBytes(of: sealing.littleEndian) { content.append(contentsOf: $0) }
        return content
    }

    /// How many bytes a cache of `entries` takes at most, its trailer included.
    private static func capacity(of entries: [(name: String, entry: Entry)], header: Int) -> Int {
        // Each entry's name and summary, with its file key's seven numbers of up to ten bytes each and
        // three lengths; the trailer holds eight bytes per block and sixteen more.
        let content = entries.reduce(header + 10) { $0 + $1.name.utf8.count + $1.entry.summary.count + 100 }
        return content + (content / blockSize + 1) * 8 + 16
    }

    /// Replaces the cache with `entries`, by plan file name; a failure leaves the cache as it was, or
    /// gone, and is not reported: the next run reads the plan files.
    func write(_ entries: [(name: String, entry: Entry)]) {
        let head = header()
        // Room for the whole file at once: grown by doubling, the bytes would be copied on the way and
        // could take twice their size.
        var writer = SummaryBytes.Writer(capacity: PlanSummaryCache.capacity(of: entries, header: head.count))
        writer.header(head)
        writer.unsigned(entries.count)
        for (name, entry) in entries {
            writer.plainString(name)
            writer.unsigned(Int(truncatingIfNeeded: entry.key.device))
            writer.unsigned(Int(truncatingIfNeeded: entry.key.inode))
            writer.signed(Int(entry.key.size))
            writer.signed(entry.key.modified.tv_sec)
            writer.signed(entry.key.modified.tv_nsec)
            writer.signed(entry.key.changed.tv_sec)
            writer.signed(entry.key.changed.tv_nsec)
            writer.unsigned(entry.summary.count)
            writer.raw(entry.summary)
        }
        let bytes = PlanSummaryCache.sealed(writer.takeBytes())
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // A name of this process's own, so two runs writing at once each rename a whole file into place.
        let temporary = "\(path).\(getpid()).tmp"
        // A leftover of a killed run with the same process ID goes; a file is never written through a link.
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else { return }
        let written = bytes.withUnsafeBytes { AtomicFile.writeAll($0, to: fd) }
        if close(fd) != 0 || !written || rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// What a cache must begin with to be read: the format, the build of actionplan, and the folder.
    private func header() -> [UInt8] {
        var writer = SummaryBytes.Writer()
        writer.raw(Data("actionplan plan summaries 2\n".utf8))
        // The running executable's identity: a rebuilt or upgraded tool starts a new cache, so a change
        // in how plans are read or summarised can never meet summaries made the old way.
        var info = stat()
        if stat("/proc/self/exe", &info) == 0 {
            writer.unsigned(Int(truncatingIfNeeded: info.st_dev))
            writer.unsigned(Int(truncatingIfNeeded: info.st_ino))
            writer.signed(Int(info.st_size))
            writer.signed(info.modificationTime.tv_sec)
            writer.signed(info.modificationTime.tv_nsec)
        }
        writer.plainString(folder)
        return writer.bytes
    }

    /// A 64-bit checksum of `bytes`, eight at a time: it catches damage, not tampering.
    static func checksum(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        var first: UInt64 = 0x9E37_79B9_7F4A_7C15
        var second: UInt64 = UInt64(buffer.count)
        var offset = 0
        while offset + 16 <= buffer.count {
            first =
                (first ^ buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                &* 0xFF51_AFD7_ED55_8CCD
            second =
                (second ^ buffer.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                &* 0xC4CE_B9FE_1A85_EC53
            first = first >> 29 | first << 35
            second = second >> 31 | second << 33
            offset += 16
        }
        while offset < buffer.count {
            first = (first ^ UInt64(buffer[offset])) &* 0x100_0000_01B3
            offset += 1
        }
        return (first ^ second >> 17 ^ second << 47) &* 0x9E37_79B9_7F4A_7C15
    }
}

extension PlanSummaryCache.FileKey {
    /// The key of the file `info` describes.
    init(_ info: stat) {
        self.init(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: info.modificationTime, changed: info.statusChangeTime)
    }
}

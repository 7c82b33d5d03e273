import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see the old bytes or the new, never a torn mixture, even after a crash.
///
/// A temporary file in the same folder is written and fsynced, renamed over the target, and the
/// folder is fsynced so the rename itself survives a power cut. `FileManager.replaceItemAt` is not
/// used: on this toolchain it loses the new content.
///
/// Every writer of a file must hold the lock all its writers hold (``PlanStore`` does): the temporary
/// file has one fixed name per target (`.NAME.tmp`), so a writer killed half-way leaves at most one,
/// which the next writer removes without listing the folder, however many plans it holds.
enum AtomicFile {
    /// The temporary file's name for the file `name`: hidden, and next to it.
    static func temporaryName(for name: String) -> String { "." + name + ".tmp" }

    /// Replaces (or creates) `path` with `data`, keeping the permissions of the file it replaces.
    ///
    /// A symbolic link at `path` is followed, and the file it points to is replaced, so a plan kept
    /// elsewhere and linked into the plans folder goes on receiving every update; a link to anything
    /// but a regular file, or to nothing, is refused. Call only while holding the lock that every
    /// writer of `path` holds.
    static func write(_ data: Data, to path: String) throws(StoreError) {
        let target = try followingLink(path)
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        removeLeftovers(of: target)
        try replace(
            target, with: data,
            temporary: (directory.isEmpty ? "" : directory + "/") + temporaryName(for: name),
            shownAs: path)
    }

    /// Replaces (or creates) the regular file at `path` with `data` through a temporary file of this
    /// process's own, for writers that hold no lock, such as a report written with `--output`.
    static func writeUnlocked(_ data: Data, to path: String, shownAs shown: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).tmp"
        try replace(path, with: data, temporary: temporary, shownAs: shown)
    }

    /// `path`, or the file the symbolic link at `path` points to; a link to nothing, or anything at
    /// either that is not a regular file, is refused.
    private static func followingLink(_ path: String) throws(StoreError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return path }
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw .io(
                    path: path, operation: "write",
                    reason: "it is a symbolic link to a file that cannot be found (\(SystemError.text()))")
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &info) == 0 else { return target }
        }
        if let kind = FileRefusal.kind(of: info) {
            throw .io(
                path: path, operation: "write",
                reason: target == path
                    ? "it is \(kind), not a regular file" : "it links to \(target), which is \(kind)")
        }
        return target
    }

    /// Writes `data` to `temporary`, then renames it over `path`; errors name `shown`.
    private static func replace(_ path: String, with data: Data, temporary: String, shownAs shown: String)
        throws(StoreError)
    {
        let directory = (path as NSString).deletingLastPathComponent
        var existing = stat()
        let exists = stat(path, &existing) == 0
        // rename(2) would replace a file its owner made read-only; respect the protection instead.
        if exists && access(path, W_OK) != 0 {
            throw .io(path: shown, operation: "write", reason: "the file is read-only")
        }
        let mode = exists ? existing.st_mode & 0o7777 : 0o644
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else {
            throw .io(
                path: directory.isEmpty ? "." : directory,
                operation: "write \((shown as NSString).lastPathComponent)", reason: SystemError.text())
        }
        var failure: String?
        if !data.withUnsafeBytes({ writeAll($0, to: fd) }) { failure = SystemError.text() }
        // The mode is set on the descriptor, so the umask cannot narrow a group-writable plan.
        if failure == nil && fchmod(fd, mode) != 0 { failure = SystemError.text() }
        if failure == nil && fsync(fd) != 0 { failure = SystemError.text() }
        if close(fd) != 0 && failure == nil { failure = SystemError.text() }
        if failure == nil && rename(temporary, path) != 0 { failure = SystemError.text() }
        if let failure {
            unlink(temporary)
            throw .io(path: shown, operation: "write", reason: failure)
        }
        syncDirectory(directory.isEmpty ? "." : directory)
    }

    /// Removes the temporary file a killed writer of `path` left behind; returns how many were removed.
    ///
    /// Call only while holding the lock that every writer of `path` holds: then no live writer can own
    /// it. Only a plain file of that exact name is removed, never a link or a folder.
    @discardableResult
    private static func removeLeftovers(of path: String) -> Int {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + temporaryName(for: name)
        var info = stat()
        guard lstat(temporary, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return 0 }
        return unlink(temporary) == 0 ? 1 : 0
    }

    /// Writes every byte of `buffer` to `fd`, retrying when a signal interrupts; `false`, with `errno`
    /// set, when a write fails.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Flushes the folder's entries so a completed rename is durable.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The bytes of the regular file at `path`, with `info` set to its status as it was opened; a pipe,
    /// device or folder, or a file over `limit` bytes, is refused without reading a byte of it.
    static func read(_ path: String, info: inout stat, limit: Int) throws(FileRefusal) -> Data {
        // Without O_NONBLOCK, opening a named pipe waits for a writer that may never come.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw errno == ENOENT ? .missing : .system(errno) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw .system(errno) }
        if let kind = FileRefusal.kind(of: info) { throw .notRegular(kind: kind) }
        guard info.st_size <= limit else { throw .tooLarge(size: Int64(info.st_size), limit: limit) }
        // A buffer of the file's size, one byte over so the read that finds the end needs no growing;
        // the overdue report reads thousands of files, and zeroing or copying each one shows.
        var capacity = Int(info.st_size) + 1
        guard var buffer = malloc(capacity) else { throw .system(ENOMEM) }
        var count = 0
        while true {
            if count == capacity {
                // The file grew since fstat: double the buffer, up to the limit.
                guard capacity <= limit else {
                    free(buffer)
                    throw .tooLarge(size: Int64(count), limit: limit)
                }
                capacity *= 2
                guard let larger = realloc(buffer, capacity) else {
                    free(buffer)
                    throw .system(ENOMEM)
                }
                buffer = larger
            }
            let read = Glibc.read(fd, buffer + count, capacity - count)
            if read < 0 {
                if errno == EINTR { continue }
                let code = errno
                free(buffer)
                throw .system(code)
            }
            if read == 0 { break }
            count += read
        }
        guard count > 0 else {
            free(buffer)
            return Data()
        }
        return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
    }
}

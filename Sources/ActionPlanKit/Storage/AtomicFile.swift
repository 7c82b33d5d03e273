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
    /// Call only while holding the lock that every writer of `path` holds.
    static func write(_ data: Data, to path: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + temporaryName(for: name)
        removeLeftovers(of: path)
        var existing = stat()
        let exists = stat(path, &existing) == 0
        // rename(2) would replace a file its owner made read-only; respect the protection instead.
        if exists && access(path, W_OK) != 0 {
            throw .io(path: path, operation: "write", reason: "the file is read-only")
        }
        let mode = exists ? existing.st_mode & 0o7777 : 0o644
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else {
            throw .io(
                path: directory.isEmpty ? "." : directory, operation: "write \(name)",
                reason: SystemError.text())
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
            throw .io(path: path, operation: "write", reason: failure)
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

    /// The bytes of the file at `path`, with `info` set to its status as it was opened.
    static func read(_ path: String, info: inout stat) throws(SystemError.Code) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError.Code(errno) }
        defer { close(fd) }
        // A buffer of the file's size, one byte over so the read that finds the end needs no growing;
        // the overdue report reads thousands of files, and zeroing or copying each one shows.
        let size = fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        var capacity = size + 1
        guard var buffer = malloc(capacity) else { throw SystemError.Code(ENOMEM) }
        var count = 0
        while true {
            if count == capacity {
                // The file grew since fstat (or is not a regular file): double the buffer.
                capacity *= 2
                guard let larger = realloc(buffer, capacity) else {
                    free(buffer)
                    throw SystemError.Code(ENOMEM)
                }
                buffer = larger
            }
            let read = Glibc.read(fd, buffer + count, capacity - count)
            if read < 0 {
                if errno == EINTR { continue }
                let code = errno
                free(buffer)
                throw SystemError.Code(code)
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

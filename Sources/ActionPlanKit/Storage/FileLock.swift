#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a lock file, held until released.
///
/// The kernel releases it if the process dies, so a killed writer never leaves a plan locked.
final class FileLock {
    private let descriptor: Int32

    /// Blocks until the lock on `path` (created if missing) is held.
    init(path: String) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, operation: "create the lock file", reason: SystemError.text()) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = SystemError.text()
                close(fd)
                throw .io(path: path, operation: "lock", reason: reason)
            }
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// The text of the current `errno`.
enum SystemError {
    /// `strerror(errno)`, e.g. "Permission denied".
    static func text(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}

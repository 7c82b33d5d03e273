import Foundation

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
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        // A lock file made by a colleague may be read-only to us; flock needs no write access.
        if fd < 0 && errno == EACCES { fd = open(path, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else {
            let code = errno
            let directory = (path as NSString).deletingLastPathComponent
            if code == EACCES || code == EROFS {
                throw .io(
                    path: directory, operation: "write to the plans folder", reason: SystemError.text(code))
            }
            throw .io(path: path, operation: "create the lock file", reason: SystemError.text(code))
        }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = SystemError.text()
                close(fd)
                throw .io(path: path, operation: "lock", reason: reason)
            }
        }
        descriptor = fd
    }

    /// Takes the lock on `path` only if no one holds it; `nil` when someone does.
    ///
    /// For a command that already holds one plan's lock and needs another: waiting could deadlock
    /// against a command that holds them the other way round.
    init?(trying path: String) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .io(path: path, operation: "create the lock file", reason: SystemError.text())
        }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EINTR else {
                close(fd)
                return nil
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
    /// A failed system call's `errno`, thrown where the caller decides what it means.
    struct Code: Error {
        /// The `errno` value, e.g. `ENOENT`.
        var value: Int32

        init(_ value: Int32) { self.value = value }
    }

    /// `strerror(errno)`, e.g. "Permission denied".
    static func text(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}

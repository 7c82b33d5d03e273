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
enum AtomicFile {
    /// The prefix of temporary files, so a crashed writer's leftovers can be recognised and removed.
    static let temporaryPrefix = ".tmp-"

    /// Replaces (or creates) `path` with `data`.
    static func write(_ data: Data, to path: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary =
            (directory.isEmpty ? "" : directory + "/")
            + "\(temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))-\(name)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, operation: "write", reason: SystemError.text()) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = SystemError.text()
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = SystemError.text() }
        if close(fd) != 0 && failure == nil { failure = SystemError.text() }
        if failure == nil && rename(temporary, path) != 0 { failure = SystemError.text() }
        if let failure {
            unlink(temporary)
            throw .io(path: path, operation: "write", reason: failure)
        }
        syncDirectory(directory.isEmpty ? "." : directory)
    }

    /// Flushes the folder's entries so a completed rename is durable.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

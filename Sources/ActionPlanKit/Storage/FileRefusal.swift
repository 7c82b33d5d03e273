import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file was not read or not replaced, in words a person can act on.
///
/// Only regular files are read or replaced: a named pipe would block the reader forever, a device
/// such as `/dev/zero` never ends, and renaming over a device, pipe or link would destroy it.
public enum FileRefusal: Error, Hashable, Sendable {
    /// Nothing is at the path.
    case missing
    /// Something other than a regular file is at the path: `kind` says what, e.g. "a named pipe (FIFO)".
    case notRegular(kind: String)
    /// The file is larger than anything actionplan writes or reads of its kind.
    case tooLarge(size: Int64, limit: Int)
    /// A system call failed: `errno`.
    case system(Int32)

    /// The refusal as a clause, e.g. "it is a folder, not a file".
    public var reason: String {
        switch self {
        case .missing: "no such file"
        case .notRegular(let kind): "it is \(kind), not a regular file"
        case .tooLarge(let size, let limit):
            "it is \(FileRefusal.megabytes(Int(clamping: size))), more than the \(FileRefusal.megabytes(limit)) "
                + "allowed for this kind of file"
        case .system(let code): SystemError.text(code)
        }
    }

    /// What is at a path whose status is `info`, in words; `nil` for a regular file.
    static func kind(of info: stat) -> String? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a file"
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }
}

/// Reading a file that must be a regular file of bounded size.
public enum RegularFile {
    /// The most bytes a plan file may hold: far above the largest plan ever written (about 1 MB).
    public static let planLimit = 64 << 20
    /// The most bytes a report, template or sheet given on the command line may hold.
    public static let inputLimit = 512 << 20

    /// The bytes of the regular file at `path` (following links), refusing pipes, devices, folders
    /// and files over `limit` bytes before reading any of them.
    public static func read(_ path: String, limit: Int) throws(FileRefusal) -> Data {
        var info = stat()
        return try AtomicFile.read(path, info: &info, limit: limit)
    }
}

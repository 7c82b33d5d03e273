import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file a command writes its report or export to (`--output PATH`): made or replaced atomically,
/// and only where nothing can be destroyed by it.
///
/// The rename that makes a write atomic would replace whatever has the name: a device such as
/// `/dev/full` would become a plain file, a named pipe or a symbolic link would be gone, and a plan
/// file would be overwritten by a report. So only a regular file, or nothing, is replaced, and never
/// one inside the plans folder.
public enum OutputFile {
    /// Writes `data` to `path`, refusing a path that names no file, anything but a regular file, and
    /// any place inside `plansFolder`.
    public static func write(_ data: Data, to path: String, plansFolder: String) throws(StoreError) {
        try check(path, plansFolder: plansFolder)
        try AtomicFile.writeUnlocked(data, to: path, shownAs: path)
    }

    /// Throws the reason `path` may not be written as an output, if there is one.
    public static func check(_ path: String, plansFolder: String) throws(StoreError) {
        func refuse(_ reason: String) -> StoreError {
            .io(
                path: path.isEmpty ? "--output ''" : path, operation: "write the output there", reason: reason
            )
        }
        guard !path.isEmpty else {
            throw refuse("an empty path names no file; give a file name, or '-' for standard output")
        }
        guard !path.hasSuffix("/") else { throw refuse("it names a folder; give a file name inside it") }
        var info = stat()
        if lstat(path, &info) == 0 {
            if let kind = FileRefusal.kind(of: info) {
                let hint =
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: "give a file name inside it"
                    case S_IFLNK: "give the path of the file itself"
                    default: "leave out --output to write to standard output"
                    }
                throw refuse("it is \(kind), and only a regular file is replaced; \(hint)")
            }
        } else if errno != ENOENT {
            throw refuse(SystemError.text())
        }
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw refuse("the folder \(folder) does not exist")
        }
        if let plans = resolved(plansFolder), let here = resolved(folder),
            here == plans || here.hasPrefix(plans == "/" ? "/" : plans + "/")
        {
            throw refuse(
                "it is inside the plans folder \(plansFolder), which holds only plan files; "
                    + "write the output somewhere else")
        }
    }

    /// The absolute path of `path` with every link resolved, or `nil` when it does not exist.
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

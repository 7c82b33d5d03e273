import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The plans folder: one JSON file per plan, each written atomically under its own lock.
public struct PlanStore: Sendable {
    /// The folder, e.g. `./Plans`.
    public let directory: String
    /// Whether this is a plans folder's archive, whose files may hold a plan under a numbered name.
    let isArchive: Bool

    /// A store over `directory`; nothing is touched until a plan is read or written.
    public init(directory: String) {
        self.init(directory: directory, isArchive: false)
    }

    init(directory: String, isArchive: Bool) {
        self.directory = directory
        self.isArchive = isArchive
    }

    /// The path of the plan file for `name`.
    public func path(of name: PlanName) -> String {
        directory + "/" + name.fileName
    }

    /// Whether a plan of this name exists.
    public func contains(_ name: PlanName) -> Bool {
        access(path(of: name), F_OK) == 0
    }

    /// The names of every plan in the folder, sorted; dotfiles and other files are ignored.
    public func names() throws(StoreError) -> [PlanName] {
        guard let folder = opendir(directory) else {
            if errno == ENOENT { return [] }
            throw .io(path: directory, operation: "list the plans folder", reason: SystemError.text(errno))
        }
        defer { closedir(folder) }
        var names: [PlanName] = []
        let suffix = Array(".json".utf8)
        while true {
            errno = 0
            guard let entry = readdir(folder) else { break }
            let file = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            let bytes = file.utf8
            guard bytes.count > suffix.count, bytes.first != UInt8(ascii: "."),
                bytes.suffix(suffix.count).elementsEqual(suffix),
                let name = PlanName(String(decoding: bytes.dropLast(suffix.count), as: UTF8.self))
            else { continue }
            names.append(name)
        }
        if errno != 0 {
            throw .io(path: directory, operation: "list the plans folder", reason: SystemError.text(errno))
        }
        names.sort()
        return names
    }

    /// Reads the plan `name`.
    public func load(_ name: PlanName) throws(StoreError) -> ActionPlan {
        var info = stat()
        return try load(name, info: &info)
    }

    /// Reads the plan `name`, with `info` set to its file's status as it was opened.
    func load(_ name: PlanName, info: inout stat) throws(StoreError) -> ActionPlan {
        let path = path(of: name)
        let data: Data
        do {
            data = try AtomicFile.read(path, info: &info, limit: RegularFile.planLimit)
        } catch {
            if error == .missing {
                throw .planNotFound(name, directory: directory, suggestion: nearestName(to: name))
            }
            throw .io(path: path, operation: "read", reason: error.reason)
        }
        var plan = try PlanCoding.decode(data, path: path)
        // The archive keeps a plan `generate --force` replaced, untouched, beside a newer one of its name.
        if isArchive { plan.name = name }
        guard plan.name == name else {
            throw .corruptPlan(
                path: path, detail: "name: the file says '\(plan.name)' but is named '\(name.fileName)'")
        }
        return plan
    }

    /// The plan name `text`, or ``StoreError/invalidPlanName(_:)`` when it is empty or could be a path.
    ///
    /// A name given as a file (`Plans/x.json`, `x.json`) is refused rather than guessed at, so a
    /// command never reads or writes outside the plans folder.
    public static func name(_ text: String) throws(StoreError) -> PlanName {
        guard let name = PlanName(text) else { throw .invalidPlanName(text) }
        return name
    }

    /// Writes a new plan; refuses to replace an existing one unless `replacing` is true.
    ///
    /// A plan with recorded changes is replaced only when `discardingHistory` is also true, and then
    /// the old file is first copied into the archive folder, so no command loses a plan's history.
    /// - Returns: Where the replaced file was archived, if one was.
    @discardableResult
    public func create(_ plan: ActionPlan, replacing: Bool = false, discardingHistory: Bool = false)
        throws(StoreError) -> String?
    {
        try ensureDirectory()
        let lockPath = lockPath(of: plan.name)
        let lockExisted = access(lockPath, F_OK) == 0
        let lock = try FileLock(path: lockPath)
        defer { withExtendedLifetime(lock) {} }
        var archived: String?
        do throws(StoreError) {
            if contains(plan.name) {
                guard replacing else { throw StoreError.planExists(plan.name, path: path(of: plan.name)) }
                archived = try archiveBeforeReplacing(plan.name, discardingHistory: discardingHistory)
            }
            try write(plan)
        } catch {
            // A failed command leaves no trace: the lock file this call made goes with it.
            if !lockExisted { unlink(lockPath) }
            throw error
        }
        return archived
    }

    /// The folder replaced plans are kept in.
    public var archiveDirectory: String { directory + "/archive" }

    /// Copies plan `name`'s file into the archive folder before it is replaced, refusing when that
    /// would discard recorded history not asked to be discarded; a plan never changed is not kept.
    private func archiveBeforeReplacing(_ name: PlanName, discardingHistory: Bool) throws(StoreError)
        -> String?
    {
        let current = path(of: name)
        let data: Data
        do {
            data = try RegularFile.read(current, limit: RegularFile.planLimit)
        } catch {
            throw .io(path: current, operation: "read the plan it would replace", reason: error.reason)
        }
        // A file that cannot be read as a plan may still hold history: keep it, as for a changed plan.
        let revisions = (try? PlanCoding.decode(data, path: current))?.revision ?? -1
        if revisions == 0 { return nil }
        if !discardingHistory { throw .historyWouldBeLost(name, path: current, revisions: max(revisions, 1)) }
        try makeArchiveDirectory()
        let archived = archiveSlot(for: name)
        try AtomicFile.writeUnlocked(data, to: archived, shownAs: archived)
        return archived
    }

    /// Reads plan `name`, lets `body` change it, and writes it back, all under the plan's lock.
    ///
    /// When `body` throws, nothing is written. Concurrent `modify` calls, in this or other processes,
    /// run one after another, so no update is lost. When `body` renames the plan (an undo of a rename),
    /// the file moves to the new name, never over another plan.
    public func modify<Result>(_ name: PlanName, _ body: (inout ActionPlan) throws -> Result) throws -> Result
    {
        guard contains(name) else {
            throw StoreError.planNotFound(name, directory: directory, suggestion: nearestName(to: name))
        }
        let lockPath = lockPath(of: name)
        let lockExisted = access(lockPath, F_OK) == 0
        if !lockExisted {
            // Refuse a bad file before creating its lock file, so a failed command leaves no trace.
            _ = try load(name)
        }
        let lock = try FileLock(path: lockPath)
        defer { withExtendedLifetime(lock) {} }
        do {
            var plan = try load(name)
            let original = plan
            let result = try body(&plan)
            if plan.name != name {
                try move(plan, from: name)
            } else if plan != original {
                try write(plan)
            }
            return result
        } catch {
            if !lockExisted { unlink(lockPath) }
            throw error
        }
    }

    /// The existing plan name closest to `name`, for "did you mean" hints.
    public func nearestName(to name: PlanName) -> PlanName? {
        guard let candidates = try? names(), !candidates.isEmpty else { return nil }
        let best = candidates.min {
            EditDistance.between($0.rawValue, name.rawValue)
                < EditDistance.between($1.rawValue, name.rawValue)
        }
        guard let best, EditDistance.between(best.rawValue, name.rawValue) <= max(2, name.rawValue.count / 3)
        else { return nil }
        return best
    }

    private func write(_ plan: ActionPlan) throws(StoreError) {
        let data: Data
        do { data = try PlanCoding.encode(plan) } catch {
            throw .io(path: path(of: plan.name), operation: "encode the plan", reason: "\(error)")
        }
        try AtomicFile.write(data, to: path(of: plan.name))
    }

    func lockPath(of name: PlanName) -> String {
        directory + "/." + name.rawValue + ".lock"
    }

    private func ensureDirectory() throws(StoreError) {
        // Made one folder at a time with mkdir(2), so a failure names the part of the path at fault in
        // plain words, where FileManager says only "NSCocoaErrorDomain error 512".
        var made = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            made += "/" + part
            if mkdir(made, 0o777) == 0 || errno == EEXIST {
                var info = stat()
                if stat(made, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { continue }
                throw .io(
                    path: directory, operation: "create the plans folder",
                    reason:
                        "\(made.hasPrefix("./") ? String(made.dropFirst(2)) : made) is a file, not a folder")
            }
            throw .io(path: directory, operation: "create the plans folder", reason: SystemError.text())
        }
    }
}

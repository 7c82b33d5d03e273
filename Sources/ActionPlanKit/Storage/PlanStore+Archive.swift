import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renaming, archiving and restoring plans: files move, nothing is deleted and nothing overwritten.
///
/// Each move holds the plans folder's own lock (so two moves never race for a name) and the lock of
/// every plan name it touches (so an update in flight finishes before its file moves, and one waiting
/// finds the plan gone rather than writing to the old name).
extension PlanStore {
    /// The archived plans, as a store of their own over ``archiveDirectory``.
    public var archive: PlanStore { PlanStore(directory: archiveDirectory, isArchive: true) }

    /// Renames plan `name` to `newName`: `record` notes the change on the plan while it still has its old
    /// name, then the plan's `name` is set.
    ///
    /// The plan is written under its new name first and the old file removed after, so a crash
    /// between the two leaves two copies rather than none.
    /// - Returns: The plan as written under its new name.
    @discardableResult
    public func rename(
        _ name: PlanName, to newName: PlanName, recording record: (inout ActionPlan) throws -> Void = { _ in }
    ) throws -> ActionPlan {
        try withFolderLock(names: [name, newName]) { () throws -> ActionPlan in
            var plan = try load(name)
            guard !contains(newName) else { throw StoreError.planExists(newName, path: path(of: newName)) }
            try record(&plan)
            plan.name = newName
            try place(try encoded(plan), at: path(of: newName))
            if unlink(path(of: name)) != 0 {
                throw StoreError.io(
                    path: path(of: name), operation: "remove the old name", reason: SystemError.text())
            }
            return plan
        }
    }

    /// Writes `plan` under its new name and removes the file of its old name `name`, for ``modify(_:_:)``
    /// holding `name`'s lock; the folder's and the new name's locks are only tried, never waited for.
    func move(_ plan: ActionPlan, from name: PlanName) throws {
        let busy = StoreError.io(
            path: path(of: plan.name), operation: "rename the plan",
            reason: "another command is moving or writing plans; try again")
        guard let folder = try FileLock(trying: directory + "/.plans.lock"),
            let target = try FileLock(trying: lockPath(of: plan.name))
        else { throw busy }
        defer { withExtendedLifetime((folder, target)) {} }
        guard !contains(plan.name) else { throw StoreError.planExists(plan.name, path: path(of: plan.name)) }
        try place(try encoded(plan), at: path(of: plan.name))
        if unlink(path(of: name)) != 0 {
            throw StoreError.io(
                path: path(of: name), operation: "remove the old name", reason: SystemError.text())
        }
    }

    /// Moves the plans `names` into ``archiveDirectory``, each under its own name, or with `-2`, `-3`
    /// added when the archive already holds one of that name (the plan's `name` then says so too).
    /// - Returns: The name each plan has in the archive, in the order given, each plan once.
    @discardableResult
    public func archive(_ names: [PlanName]) throws -> [PlanName] {
        // A plan named twice is archived once: the second time it would be missing and the command fail
        // after it had worked.
        var seen: Set<PlanName> = []
        let names = names.filter { seen.insert($0).inserted }
        return try withFolderLock(names: names) { () throws -> [PlanName] in
            for name in names where !contains(name) {
                throw StoreError.planNotFound(name, directory: directory, suggestion: nearestName(to: name))
            }
            // Every plan is read before any moves, so one that cannot be read leaves all of them in place.
            let plans = try names.map { try load($0) }
            try makeArchiveDirectory()
            var archived: [PlanName] = []
            for (name, var plan) in zip(names, plans) {
                let slot = archive.unusedName(like: name)
                plan.name = slot
                try archive.place(
                    slot == name ? try rawBytes(of: name) : try encoded(plan), at: archive.path(of: slot))
                if unlink(path(of: name)) != 0 {
                    throw StoreError.io(
                        path: path(of: name), operation: "remove the archived plan",
                        reason: SystemError.text())
                }
                archived.append(slot)
            }
            return archived
        }
    }

    /// Moves the archived plan `name` back into the plans folder, refusing when a plan has that name.
    ///
    /// A file the archive keeps under a numbered name (a plan `generate --force` replaced) becomes a
    /// plan of that numbered name.
    @discardableResult
    public func restore(_ name: PlanName) throws -> ActionPlan {
        try withFolderLock(names: [name]) { () throws -> ActionPlan in
            let archived = archive.path(of: name)
            guard access(archived, F_OK) == 0 else {
                throw StoreError.planNotFound(
                    name, directory: archiveDirectory, suggestion: archive.nearestName(to: name))
            }
            guard !contains(name) else {
                throw StoreError.planExists(name, path: path(of: name))
            }
            var plan = try archive.load(name)
            let data: Data
            if try archive.loadArchived(name).name == name {
                data = try archive.rawBytes(of: name)
            } else {
                plan.name = name
                data = try encoded(plan)
            }
            try place(data, at: path(of: name))
            if unlink(archived) != 0 {
                throw StoreError.io(
                    path: archived, operation: "remove the restored plan", reason: SystemError.text())
            }
            return plan
        }
    }

    /// The archived plans, each as its file holds it, named as its file is; sorted by name.
    public func archivedPlans() throws -> [ActionPlan] {
        try archive.load(try archive.names())
    }

    /// Plan `name` as its file holds it, whatever name the plan itself gives (an archive keeps a plan
    /// `generate --force` replaced under a numbered name, its contents untouched).
    func loadArchived(_ name: PlanName) throws(StoreError) -> ActionPlan {
        try PlanCoding.decode(try rawBytes(of: name), path: path(of: name))
    }

    /// The first free file in the archive folder for plan `name`: `NAME.json`, else `NAME-2.json`, …
    func archiveSlot(for name: PlanName) -> String {
        archive.path(of: archive.unusedName(like: name))
    }

    /// Creates ``archiveDirectory`` when it does not exist.
    func makeArchiveDirectory() throws(StoreError) {
        if mkdir(archiveDirectory, 0o755) != 0 && errno != EEXIST {
            throw .io(
                path: archiveDirectory, operation: "create the archive folder", reason: SystemError.text())
        }
    }

    /// Runs `body` holding the plans folder's lock and the locks of `names`, in a fixed order.
    private func withFolderLock<Result>(names: [PlanName], _ body: () throws -> Result) throws -> Result {
        guard access(directory, F_OK) == 0 else {
            throw StoreError.planNotFound(names[0], directory: directory, suggestion: nil)
        }
        let folder = try FileLock(path: directory + "/.plans.lock")
        var locks: [FileLock] = []
        for name in Set(names).sorted() { locks.append(try FileLock(path: lockPath(of: name))) }
        defer { withExtendedLifetime((folder, locks)) {} }
        return try body()
    }

    /// The plan's file bytes, unchanged.
    private func rawBytes(of name: PlanName) throws(StoreError) -> Data {
        do { return try RegularFile.read(path(of: name), limit: RegularFile.planLimit) } catch {
            throw .io(path: path(of: name), operation: "read", reason: error.reason)
        }
    }

    private func encoded(_ plan: ActionPlan) throws(StoreError) -> Data {
        do { return try PlanCoding.encode(plan) } catch {
            throw .io(path: path(of: plan.name), operation: "encode the plan", reason: "\(error)")
        }
    }

    /// Writes `data` as the new file `target`, never replacing one that exists: a private temporary
    /// file is written and then hard-linked to `target`, which fails rather than overwrites.
    private func place(_ data: Data, at target: String) throws(StoreError) {
        let temporary = target + ".\(getpid()).new"
        try AtomicFile.writeUnlocked(data, to: temporary, shownAs: target)
        defer { unlink(temporary) }
        if link(temporary, target) != 0 {
            let code = errno
            if code == EEXIST {
                // A link to nothing is not a plan, so the name looked free; say what is in the way.
                var info = stat()
                let isLink = lstat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
                throw .io(
                    path: target, operation: "write",
                    reason: isLink
                        ? "a link of that name is there, pointing to nothing; remove it or choose another name"
                        : "a file of that name appeared meanwhile")
            }
            throw .io(path: target, operation: "write", reason: SystemError.text(code))
        }
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PlanStore {
    /// What `transform` makes of each of the plans `names` as it stood on `day`, in order, each plan's
    /// history cut as in ``PlanSummary``, and how many came from `cache`; plans are read several at
    /// once. A plan whose cached summary still matches its file, and stands for `day`, is not read
    /// again; any other is read from its file, and its summary kept for next time (unless it changed
    /// in the `racyMargin` seconds before `now`). Whatever the path, the plans `transform` is given are
    /// the same. When any plan fails, the error thrown is the one for the first failing name in
    /// `names`, as reading them one by one would throw, and the cache is left as it was.
    func summarised<Result: Sendable>(
        _ names: [PlanName], on day: CalendarDay, cache: PlanSummaryCache?, now: timespec = .realTime,
        racyMargin: Int = 2, _ transform: @Sendable (ActionPlan) -> Result
    ) throws(StoreError) -> (results: [Result], fromCache: Int) {
        let (outcomes, fromCache) = summarisedEach(
            names, cache: cache, now: now, racyMargin: racyMargin, keepingAfterFailure: false,
            fromSummary: { $0.plan(on: day).map(transform) },
            fromFile: { transform(PlanSummary.cut($0.asOf(day))) })
        return (try outcomes.map { outcome throws(StoreError) in try outcome.get() }, fromCache)
    }

    /// What `transform` makes of each plan `names` that can be read, as
    /// ``summarised(_:on:cache:now:racyMargin:_:)`` reads them, and the failure of each that cannot, in the order of `names`: one bad file in a
    /// portfolio leaves the others to be reported.
    public func mapReadableSummaries<Result: Sendable>(
        _ names: [PlanName], on day: CalendarDay, cache: PlanSummaryCache?,
        _ transform: @Sendable (ActionPlan) -> Result
    ) -> (results: [Result], failures: [StoreError]) {
        let outcomes = summarisedEach(
            names, cache: cache, now: .realTime, racyMargin: 2, keepingAfterFailure: true,
            fromSummary: { $0.plan(on: day).map(transform) },
            fromFile: { transform(PlanSummary.cut($0.asOf(day))) }
        ).outcomes
        var results: [Result] = []
        var failures: [StoreError] = []
        results.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .success(let result): results.append(result)
            case .failure(let failure): failures.append(failure)
            }
        }
        return (results, failures)
    }

    /// Each plan's outcome, and how many came from the cache; the cache is written again after a
    /// failure only when `keepingAfterFailure`.
    ///
    /// A plan whose cached summary matches its file is given to `fromSummary`; when that cannot answer
    /// from the summary (`nil`), or there is no such summary, the plan is read from its file and given
    /// to `fromFile`, and its new summary kept for next time.
    func summarisedEach<Result: Sendable>(
        _ names: [PlanName], cache: PlanSummaryCache?, now: timespec, racyMargin: Int,
        keepingAfterFailure: Bool, fromSummary: @Sendable (PlanSummary) -> Result?,
        fromFile: @Sendable (_ stored: ActionPlan) -> Result
    ) -> (outcomes: [Swift.Result<Result, StoreError>], fromCache: Int) {
        typealias Entry = PlanSummaryCache.Entry
        let contents = cache?.read() ?? PlanSummaryCache.Contents()
        let store = self
        let keeps = cache != nil
        // What became of each plan's cache entry, written by the plan's own worker.
        var uses = [EntryUse](repeating: .none, count: names.count)
        var entries = [Entry?](repeating: nil, count: names.count)
        let outcomes = uses.withUnsafeMutableBufferPointer { uses in
            entries.withUnsafeMutableBufferPointer { entries in
                nonisolated(unsafe) let uses = uses
                nonisolated(unsafe) let entries = entries
                return concurrentMap(names.count) { index in
                    Swift.Result { () throws(StoreError) -> Result in
                        let name = names[index]
                        let cached = contents.entries[name.fileName]
                        if let cached, let summary = store.cachedSummary(name, cached),
                            let result = fromSummary(summary)
                        {
                            uses[index] = .read
                            entries[index] = cached
                            return result
                        }
                        var info = stat()
                        let stored = try store.load(name, info: &info)
                        let key = PlanSummaryCache.FileKey(info)
                        if keeps && !key.isRacy(at: now, margin: racyMargin) {
                            let unchanged = cached?.key == key
                            uses[index] = unchanged ? .kept : .made
                            entries[index] =
                                unchanged
                                ? cached
                                : Entry(key: key, summary: Data(SummaryBytes.encode(PlanSummary(stored))))
                        }
                        return fromFile(stored)
                    }
                }
            }
        }
        let fromCache = uses.count { $0 == .read }
        let failed = outcomes.contains { if case .failure = $0 { true } else { false } }
        // Nothing to write when every plan asked for kept its entry and the cache holds no others.
        if let cache, keepingAfterFailure || !failed,
            uses.contains(where: { $0 == .none || $0 == .made }) || Set(names).count != contents.entries.count
        {
            keep(entries, of: names, replacing: contents, in: cache)
        }
        return (outcomes, fromCache)
    }

    /// The summary of plan `name` from its cache entry, or `nil` when the file has changed since.
    private func cachedSummary(_ name: PlanName, _ cached: PlanSummaryCache.Entry) -> PlanSummary? {
        var info = stat()
        guard stat(path(of: name), &info) == 0, PlanSummaryCache.FileKey(info) == cached.key,
            let summary = try? cached.summary.withUnsafeBytes({
                try SummaryBytes.decode($0.bindMemory(to: UInt8.self))
            }),
            summary.plan.name == name
        else { return nil }
        return summary
    }

    /// What became of a plan's cache entry as it was read.
    private enum EntryUse {
        /// The plan was read from its entry.
        case read
        /// The plan was read from its file, which had not changed since its entry was made.
        case kept
        /// The plan was read from its file, and a new entry made.
        case made
        /// The plan was read from its file, and no entry is kept: no cache, or the file changed too recently.
        case none
    }

    /// Writes the cache again when its entries changed: `entries[i]` is what to keep for `names[i]`;
    /// entries of other plans stay while their files exist.
    private func keep(
        _ entries: [PlanSummaryCache.Entry?], of names: [PlanName],
        replacing contents: PlanSummaryCache.Contents,
        in cache: PlanSummaryCache
    ) {
        var kept: [(name: String, entry: PlanSummaryCache.Entry)] = []
        var changed = false
        var covered = Set<String>()
        for (name, entry) in zip(names.lazy.map(\.fileName), entries) where covered.insert(name).inserted {
            let before = contents.entries[name]
            if let entry { kept.append((name, entry)) }
            if before?.key != entry?.key { changed = true }
        }
        for (name, entry) in contents.entries where !covered.contains(name) {
            if access(directory + "/" + name, F_OK) == 0 {
                kept.append((name, entry))
            } else {
                changed = true
            }
        }
        guard changed else { return }
        kept.sort { $0.name < $1.name }
        cache.write(kept)
    }
}

extension timespec {
    /// The time now, by the clock file times are set from.
    static var realTime: timespec {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return now
    }
}

import Dispatch

/// What `transform` gives for each of `0..<count`, worked out several at once, in order; when
/// `transform` throws for any index, the error it threw for the lowest such index.
///
/// The work spreads over every core; each index is transformed on its own, so `transform` must not
/// depend on the order in which indices are taken. Fewer than two indices are done on the caller's
/// thread.
func concurrentMap<Element: Sendable, Failure: Error>(
    _ count: Int, _ transform: @Sendable (Int) throws(Failure) -> Element
) throws(Failure) -> [Element] {
    guard count > 1 else { return try (0..<count).map(transform) }
    let slots = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
    defer { slots.deallocate() }
    let failures = UnsafeMutableBufferPointer<Failure?>.allocate(capacity: count)
    failures.initialize(repeating: nil)
    defer { failures.deinitialize().deallocate() }
    // Each iteration initialises only its own slot, or records its own failure, so neither needs a lock.
    nonisolated(unsafe) let sharedSlots = slots
    nonisolated(unsafe) let sharedFailures = failures
    DispatchQueue.concurrentPerform(iterations: count) { index in
        do throws(Failure) {
            (sharedSlots.baseAddress! + index).initialize(to: try transform(index))
        } catch {
            sharedFailures[index] = error
        }
    }
    // concurrentPerform returns once every iteration has, so every slot without a failure is
    // initialised: the elements are moved into the array, not copied and destroyed.
    if let first = failures.firstIndex(where: { $0 != nil }) {
        for index in 0..<count where failures[index] == nil {
            (slots.baseAddress! + index).deinitialize(count: 1)
        }
        throw failures[first]!
    }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
        _ = buffer.moveInitialize(fromContentsOf: slots)
        initialized = count
    }
}

/// The ranges that split `0..<count` into at most `parts` runs of nearly equal length, none empty.
func chunks(of count: Int, into parts: Int) -> [Range<Int>] {
    let parts = max(1, min(parts, count))
    return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
}

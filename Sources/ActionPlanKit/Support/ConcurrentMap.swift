import Dispatch

/// What `transform` gives for each of `0..<count`, worked out several at once, in order.
///
/// The work spreads over every core; each index is transformed on its own, so `transform` must not
/// depend on the order in which indices are taken. Fewer than two indices are done on the caller's
/// thread.
func concurrentMap<Element: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Element) -> [Element] {
    guard count > 1 else { return (0..<count).map(transform) }
    let slots = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
    defer { slots.deallocate() }
    // Each iteration initialises only its own slot, so the slots need no lock.
    nonisolated(unsafe) let shared = slots
    DispatchQueue.concurrentPerform(iterations: count) { index in
        (shared.baseAddress! + index).initialize(to: transform(index))
    }
    // concurrentPerform returns once every iteration has, so every slot is initialised: the elements
    // are moved into the array, not copied and destroyed.
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

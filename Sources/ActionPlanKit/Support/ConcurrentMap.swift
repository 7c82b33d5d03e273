import Dispatch

/// What `transform` gives for each of `0..<count`, worked out several at once, in order.
///
/// The work spreads over every core; each index is transformed on its own, so `transform` must not
/// depend on the order in which indices are taken. Fewer than two indices are done on the caller's
/// thread.
func concurrentMap<Element: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Element) -> [Element] {
    guard count > 1 else { return (0..<count).map(transform) }
    let slots = UnsafeMutableBufferPointer<Element?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
        _ = slots.deinitialize()
        slots.deallocate()
    }
    // Each iteration writes only its own slot, so the slots need no lock.
    nonisolated(unsafe) let shared = slots
    DispatchQueue.concurrentPerform(iterations: count) { index in shared[index] = transform(index) }
    return slots.map { $0! }
}

/// The ranges that split `0..<count` into at most `parts` runs of nearly equal length, none empty.
func chunks(of count: Int, into parts: Int) -> [Range<Int>] {
    let parts = max(1, min(parts, count))
    return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
}

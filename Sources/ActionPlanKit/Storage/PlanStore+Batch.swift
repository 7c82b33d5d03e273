import Foundation

extension PlanStore {
    /// Reads the plans `names`, several at once, and returns them in the order given.
    ///
    /// When any fails, the error thrown is the one for the first failing name in `names`, as reading
    /// them one by one would throw.
    public func load(_ names: [PlanName]) throws(StoreError) -> [ActionPlan] {
        try map(names) { $0 }
    }

    /// Reads the plans `names`, several at once, and returns what `transform` makes of each, in order.
    ///
    /// Each plan is read, decoded and transformed on its own, so the work spreads over every core,
    /// and a plan is let go of as soon as it is transformed: a report over thousands of plans keeps
    /// only what it shows. When any fails, the error thrown is the one for the first failing name in
    /// `names`, as reading them one by one would throw.
    public func map<Result: Sendable>(
        _ names: [PlanName], _ transform: @Sendable (ActionPlan) -> Result
    ) throws(StoreError) -> [Result] {
        guard names.count > 1 else {
            return try names.map { name throws(StoreError) in transform(try load(name)) }
        }
        let slots = UnsafeMutableBufferPointer<Swift.Result<Result, StoreError>?>.allocate(
            capacity: names.count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        // Each iteration writes only its own slot, so the slots need no lock.
        nonisolated(unsafe) let shared = slots
        let store = self
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            shared[index] = Swift.Result { () throws(StoreError) in transform(try store.load(names[index])) }
        }
        return try slots.map { slot throws(StoreError) in try slot!.get() }
    }
}

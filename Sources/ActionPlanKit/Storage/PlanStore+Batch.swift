import Foundation

extension PlanStore {
    /// Reads the plans `names`, several at once, and returns them in the order given.
    ///
    /// Each file is read and decoded on its own, so the work spreads over every core. When any
    /// fails, the error thrown is the one for the first failing name in `names`, as reading them
    /// one by one would throw.
    public func load(_ names: [PlanName]) throws(StoreError) -> [ActionPlan] {
        guard names.count > 1 else { return try names.map { name throws(StoreError) in try load(name) } }
        let slots = UnsafeMutableBufferPointer<Result<ActionPlan, StoreError>?>.allocate(
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
            shared[index] = Result { () throws(StoreError) in try store.load(names[index]) }
        }
        return try slots.map { slot throws(StoreError) in try slot!.get() }
    }
}

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
        let store = self
        let results = concurrentMap(names.count) { index in
            Swift.Result { () throws(StoreError) in transform(try store.load(names[index])) }
        }
        return try results.map { result throws(StoreError) in try result.get() }
    }
}

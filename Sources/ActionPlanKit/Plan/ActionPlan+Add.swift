extension ActionPlan {
    /// What `add` records about a new action: its wording and, optionally, owner, due date and measure.
    public struct NewAction: Hashable, Sendable {
        /// The council's wording of the action.
        public var action: String
        /// The officer or body responsible.
        public var owner: String?
        /// When it is due.
        public var due: CalendarDay?
        /// How success will be judged.
        public var measure: String?

        /// Creates the description of a new action.
        public init(action: String, owner: String? = nil, due: CalendarDay? = nil, measure: String? = nil) {
            self.action = action
            self.owner = owner
            self.due = due
            self.measure = measure
        }
    }

    /// Adds an action under recommendation `number` as one revision, and returns its ID.
    ///
    /// The ID is the recommendation's number followed by the next place among its actions (`3.2`,
    /// `3.3`, …), counting every action it ever had, so an ID is never given twice. The action's
    /// first history entry records it coming into being: its wording changed from nothing, with
    /// the other fields given; an undo of that revision withdraws it again, history kept.
    @discardableResult
    public mutating func add(_ new: NewAction, to number: Int, author: ChangeAuthor) throws(PlanError)
        -> ActionID
    {
        guard recommendation(number) != nil else {
            throw .unknownRecommendation(number, plan: name, known: recommendations.map(\.number))
        }
        let wording = new.action.trimmingCharacters(in: " \t\n")
        guard !wording.isEmpty else { throw .emptyAction }
        let taken = actions.filter { $0.recommendationNumber == number }.map(\.id.sequence).max() ?? 0
        let id = ActionID(recommendation: number, sequence: taken + 1)!
        var action = Action(id: id, action: "")
        action.set(.action, to: wording)
        if let owner = new.owner, !owner.isEmpty { action.set(.owner, to: owner) }
        if let due = new.due { action.set(.due, to: due.description) }
        if let measure = new.measure, !measure.isEmpty { action.set(.measure, to: measure) }
        let blank = Action(id: id, action: "")
        let changes = ActionField.allCases.compactMap { field -> FieldChange? in
            let old = blank.value(of: field)
            let value = action.value(of: field)
            return old == value ? nil : FieldChange(field: field, from: old, to: value)
        }
        revision += 1
        action.history = [
            HistoryEntry(
                revision: revision, on: author.on, recorded: author.recorded, by: author.by, changes: changes)
        ]
        // Actions are kept in ID order: after this recommendation's others.
        let place = actions.firstIndex { $0.id > id } ?? actions.endIndex
        actions.insert(action, at: place)
        return id
    }
}

extension Action {
    /// Whether the action is in the plan: not one added after the day it is read on, nor one whose
    /// adding was undone. Such an action has no wording, and views leave it out.
    public var exists: Bool { !action.isEmpty }
}

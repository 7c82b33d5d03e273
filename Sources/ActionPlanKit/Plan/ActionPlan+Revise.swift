/// One field of the plan to set, as a command asks for it: the new value in the form history records.
public struct PlanEdit: Hashable, Sendable {
    /// The field to set.
    public var field: PlanField
    /// The recommendation whose field it is, for recommendation-level fields.
    public var recommendation: Int?
    /// The new value as the plan file writes it (days as YYYY-MM-DD), or `nil` to clear the field.
    public var value: String?

    /// Sets a plan-level `field` to `value` (`nil` clears it).
    public init(_ field: PlanField, to value: String?) {
        self.field = field
        self.recommendation = nil
        self.value = value
    }

    /// Sets a plan-level day field to `day` (`nil` clears it).
    public init(_ field: PlanField, to day: CalendarDay?) {
        self.init(field, to: day?.description)
    }

    /// Sets the themes of recommendation `number` to `slugs`, in the order given.
    public init(themes slugs: [String], of number: Int) {
        field = .themes
        recommendation = number
        value = slugs.isEmpty ? nil : slugs.joined(separator: ",")
    }
}

extension ActionPlan {
    /// Sets each of `edits` that changes the plan, recording them together as one revision.
    ///
    /// Either every edit is made or, when one is refused (a day that is not YYYY-MM-DD, a name that is
    /// not a plan name, an unknown recommendation), none is and the plan is unchanged. Edits that set a
    /// field to the value it has are left out; when none is left, nothing is recorded, the revision
    /// number does not move, and `nil` is returned.
    /// - Returns: The entry recorded in ``history``, or `nil` when nothing changed.
    @discardableResult
    public mutating func revise(_ edits: [PlanEdit], author: ChangeAuthor, reason: String? = nil)
        throws(PlanError) -> PlanHistoryEntry?
    {
        var revised = self
        var changes: [PlanFieldChange] = []
        for edit in edits {
            try check(edit)
            let old = revised.value(of: edit.field, recommendation: edit.recommendation)
            guard old != edit.value else { continue }
            revised.set(edit.field, recommendation: edit.recommendation, to: edit.value)
            // A field edited twice in one command is one change, from its first value to its last.
            if let earlier = changes.firstIndex(where: {
                $0.field == edit.field && $0.recommendation == edit.recommendation
            }) {
                changes[earlier].to = edit.value
                if changes[earlier].from == edit.value { changes.remove(at: earlier) }
            } else {
                changes.append(
                    PlanFieldChange(
                        field: edit.field, recommendation: edit.recommendation, from: old, to: edit.value))
            }
        }
        guard !changes.isEmpty else { return nil }
        let entry = PlanHistoryEntry(
            revision: revision + 1, on: author.on, recorded: author.recorded, by: author.by, changes: changes,
            reason: reason)
        revised.history.append(entry)
        revised.revision = entry.revision
        self = revised
        return entry
    }

    /// Throws when `edit` cannot be made: the plan is left to say why before anything changes.
    private func check(_ edit: PlanEdit) throws(PlanError) {
        if edit.field.isRecommendationLevel {
            guard let number = edit.recommendation, recommendation(number) != nil else {
                throw .unknownRecommendation(
                    edit.recommendation ?? 0, plan: name, known: recommendations.map(\.number).sorted())
            }
        }
        guard let value = edit.value else {
            if edit.field == .startDate || edit.field == .name {
                throw .invalidPlanValue(edit.field, value: "", why: "it cannot be cleared")
            }
            return
        }
        if edit.field.isDay && CalendarDay(iso: value) == nil {
            throw .invalidPlanValue(edit.field, value: value, why: "a day is written YYYY-MM-DD")
        }
        if edit.field == .name && PlanName(value)?.rawValue != value {
            throw .invalidPlanValue(
                edit.field, value: value, why: "a plan name is letters, digits, '-', '_' and '.'")
        }
    }

    /// The stored string form of `field` (of recommendation `number`, for recommendation-level fields),
    /// as history records it; `nil` when empty.
    public func value(of field: PlanField, recommendation number: Int? = nil) -> String? {
        switch field {
        case .title: source.title
        case .authority: source.authority
        case .authorityCode: source.authorityCode
        case .authorityAsPrinted: source.authorityAsPrinted
        case .published: source.published?.description
        case .statementDue: source.statementDue?.description
        case .startDate: startDate.description
        case .meeting: settings.meeting
        case .meetingDate: settings.meetingDate?.description
        case .author: settings.author
        case .name: name.rawValue
        case .themes:
            number.flatMap(recommendation).flatMap {
                $0.themes.isEmpty ? nil : $0.themes.joined(separator: ",")
            }
        }
    }

    /// Sets `field` to its stored string form `value`, as recorded in history.
    ///
    /// A value that does not parse (a hand-edited history) leaves the field alone, as for actions.
    mutating func set(_ field: PlanField, recommendation number: Int? = nil, to value: String?) {
        let day = value.flatMap { CalendarDay(iso: $0) }
        if field.isDay && value != nil && day == nil { return }
        switch field {
        case .title: source.title = value
        case .authority: source.authority = value
        case .authorityCode: source.authorityCode = value
        case .authorityAsPrinted: source.authorityAsPrinted = value
        case .published: source.published = day
        case .statementDue: source.statementDue = day
        case .startDate: if let day { startDate = day }
        case .meeting: settings.meeting = value
        case .meetingDate: settings.meetingDate = day
        case .author: settings.author = value
        case .name: if let renamed = value.flatMap(PlanName.init) { name = renamed }
        case .themes:
            guard let index = recommendations.firstIndex(where: { $0.number == number }) else { return }
            recommendations[index].themes = value.map { $0.split(separator: ",").map(String.init) } ?? []
        }
    }
}

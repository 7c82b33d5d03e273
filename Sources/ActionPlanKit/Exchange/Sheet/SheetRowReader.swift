/// Checks one row of an edited sheet against its action and works out the update it asks for.
struct SheetRowReader {
    let record: CSVRecord
    let layout: SheetLayout
    let action: Action
    /// The recommendation the action answers.
    let recommendation: Recommendation
    /// The action's rating on the import day, to tell an edited RAG cell from a current one.
    let rating: RAGRating
    /// Every colour the action could have shown on an export made since the plan started.
    let plausibleColours: Set<RAG>
    /// The plan's name and revision now, to check the sheet's Revision column.
    let plan: (name: PlanName, revision: Int)
    /// The plan revision the row was exported at, when the sheet says.
    private var sheetRevision: Int?
    /// Faults that refuse the sheet.
    private(set) var problems: [SheetProblem] = []
    /// Edits that are ignored.
    private(set) var warnings: [SheetProblem] = []
    private var update = ActionUpdate()
    private var lines: [String] = []

    init(
        record: CSVRecord, layout: SheetLayout, action: Action, recommendation: Recommendation,
        rating: RAGRating,
        plausibleColours: Set<RAG>, plan: (name: PlanName, revision: Int)
    ) {
        self.recommendation = recommendation
        self.plan = plan
        self.record = record
        self.layout = layout
        self.action = action
        self.rating = rating
        self.plausibleColours = plausibleColours
    }

    /// The row's change, or `nil` when it changes nothing or has faults (see ``problems``).
    mutating func change() -> SheetChange? {
        readRevision()
        guard problems.isEmpty else { return nil }
        readStatus()
        readText(.owner, .owner, current: action.owner) { $0.owner = $1 ?? "" }
        readDue()
        readAction()
        readText(.measure, .measure, current: action.measure) { $0.measure = $1 ?? "" }
        readText(.evidence, .evidence, current: action.evidence) { $0.evidence = $1 ?? "" }
        readCost()
        readReadOnlyColumns()
        readReasonAndNote()
        guard problems.isEmpty, !update.isEmpty else { return nil }
        return SheetChange(id: action.id, row: record.row, update: update, lines: lines)
    }

    // MARK: - Editable columns

    private mutating func readStatus() {
        guard let cell = present(.status) else { return }
        guard let status = SheetCell.status(cell) else {
            let known = ActionStatus.allCases.map(\.rawValue).joined(separator: ", ")
            let shown = SheetCell.text(cell).map { "'\($0)' is not a status" } ?? "empty"
            refuse(.status, "\(shown); expected one of \(known)")
            return
        }
        guard status != action.status, !isStale(.status, column: .status, sheetValue: status.rawValue) else {
            return
        }
        // The plan's own lifecycle rules decide, so the sheet can never allow what `update` refuses.
        do {
            try ActionLifecycle.check(from: action.status, to: status, action: action.id, reason: reason)
        } catch .invalidTransition(_, _, _, let why) {
            refuse(
                .status,
                "'\(status.rawValue)' is not allowed while the action is \(action.status.rawValue): \(why)")
            return
        } catch {
            refuse(
                .status, "'\(status.rawValue)' needs a reason in the \"\(layout.header(of: .reason))\" column"
            )
            return
        }
        update.status = status
        say("status: \(action.status.rawValue) → \(status.rawValue)")
    }

    private mutating func readDue() {
        guard let cell = present(.due) else { return }
        var due: CalendarDay?
        // "date to be set by …", as the sheet was exported for an undated action, is no date.
        if let text = SheetCell.text(cell), !text.lowercased().hasPrefix(RAGPolicy.dateToBeSetBy) {
            guard let day = SheetCell.date(text) else {
                refuse(.due, "'\(text)' is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                return
            }
            guard CalendarDay.typedYears.contains(day.year) else {
                refuse(
                    .due,
                    "'\(text)' is outside the years \(CalendarDay.typedYears.lowerBound) to "
                        + "\(CalendarDay.typedYears.upperBound); check the year")
                return
            }
            due = day
        }
        guard due != action.due, !isStale(.due, column: .due, sheetValue: due?.description) else { return }
        guard let due else {
            refuse(
                .due, "a due date cannot be removed, only moved; put back \(action.due!) or give a new date")
            return
        }
        if let old = action.due {
            do {
                try ActionLifecycle.checkReschedule(from: old, to: due, action: action.id, reason: reason)
            } catch {
                refuse(
                    .due,
                    "moving the due date from \(old) to \(due) needs a reason in the "
                        + "\"\(layout.header(of: .reason))\" column")
                return
            }
        }
        update.due = due
        say("due: \(action.due?.description ?? "(none)") → \(due)")
    }

    private mutating func readAction() {
        guard let cell = present(.action) else { return }
        guard let text = SheetCell.text(cell) else {
            refuse(.action, "the action's wording cannot be empty")
            return
        }
        guard text != SheetCell.text(action.action), !isStale(.action, column: .action, sheetValue: text)
        else {
            return
        }
        update.action = text
        say("action: \(SheetCell.quoted(action.action)) → \(SheetCell.quoted(text))")
    }

    private mutating func readCost() {
        guard let cell = present(.cost) else { return }
        var cost: Money?
        if let text = SheetCell.text(cell) {
            guard let amount = Money(text) else {
                refuse(.cost, "'\(text)' is not an amount of money (e.g. 12500, 12,500.50 or £12,500)")
                return
            }
            cost = amount
        }
        guard cost != action.cost, !isStale(.cost, column: .cost, sheetValue: cost?.description) else {
            return
        }
        guard let cost else {
            refuse(
                .cost, "a cost cannot be removed, only changed; put back \(action.cost!) or give a new amount"
            )
            return
        }
        update.cost = cost
        say("cost: \(action.cost?.formatted ?? "(none)") → \(cost.formatted)")
    }

    /// Reads a free-text column; an emptied cell clears the field.
    private mutating func readText(
        _ column: SheetColumn, _ field: ActionField, current: String?,
        _ set: (inout ActionUpdate, String?) -> Void
    ) {
        guard let cell = present(column) else { return }
        let text = SheetCell.text(cell)
        guard text != current.flatMap(SheetCell.text), !isStale(field, column: column, sheetValue: text)
        else {
            return
        }
        set(&update, text)
        say("\(field.rawValue): \(SheetCell.quoted(current)) → \(SheetCell.quoted(text))")
    }

    private mutating func readReasonAndNote() {
        if let note = present(.note).flatMap(SheetCell.text) {
            if note == PlanSheet.latestNote(of: action).flatMap(SheetCell.text) {
                warn(.note, "already recorded as the latest note; not added again")
            } else {
                update.note = note
                say("note: \(SheetCell.quoted(note))")
            }
        }
        guard let reason else { return }
        if update.isEmpty {
            warn(.reason, "ignored, as nothing else on the row changes")
        } else {
            update.reason = reason
            say("reason: \(SheetCell.quoted(reason))")
        }
    }

    // MARK: - Read-only columns

    private mutating func readReadOnlyColumns() {
        if let cell = present(.number), SheetCell.text(cell) != String(recommendation.reportNumber) {
            warn(.number, "edits are ignored: the recommendation's number comes from the report")
        }
        if let cell = present(.section),
            SheetCell.text(cell) != recommendation.section.flatMap(SheetCell.text)
        {
            warn(.section, "edits are ignored: the section comes from the report")
        }
        if let cell = present(.recommendation), SheetCell.text(cell) != SheetCell.text(recommendation.text) {
            warn(
                .recommendation,
                "edits are ignored: the recommendation stays as the report words it; reword the "
                    + "\"\(layout.header(of: .action))\" column instead")
        }
        if let cell = present(.originalDue), !changedSinceExport(.due) {
            let text = SheetCell.text(cell)
            let unchanged =
                text.map { SheetCell.date($0) == action.originalDue } ?? (action.originalDue == nil)
            if !unchanged {
                warn(
                    .originalDue,
                    "edits are ignored: the original due date stays as first set; change "
                        + "\"\(layout.header(of: .due))\" instead")
            }
        }
        // A sheet exported weeks ago shows the colours of that day; only a colour the action could never
        // have had is an edit worth a warning.
        if let cell = present(.rag), let shown = SheetCell.text(cell), !changedSinceExport(.status, .due),
            !(SheetCell.rag(shown).map { plausibleColours.contains($0) } ?? false)
        {
            warn(
                .rag,
                "'\(shown)' is ignored: RAG is worked out from status and dates "
                    + "(now \(rating.colour.rawValue): \(rating.reason))")
        }
        if let cell = present(.progress), !notedSinceExport,
            SheetCell.text(cell) != PlanSheet.latestNote(of: action).flatMap(SheetCell.text)
        {
            warn(
                .progress,
                "edits are ignored: this column shows the latest note; write new progress in the "
                    + "\"\(layout.header(of: .note))\" column")
        }
    }

    // MARK: - Changes made since the export

    /// Reads the plan revision the sheet was exported at; an empty cell means the sheet does not say.
    private mutating func readRevision() {
        guard let cell = present(.revision), let text = SheetCell.text(cell) else { return }
        guard let number = Int(text), number >= 0 else {
            refuse(.revision, "'\(text)' is not a revision number; put back the number the export wrote")
            return
        }
        guard number <= plan.revision else {
            refuse(
                .revision,
                "the sheet was exported at revision \(number), but plan '\(plan.name)' is only at revision "
                    + "\(plan.revision); it seems to come from another copy of the plan")
            return
        }
        sheetRevision = number
    }

    /// Whether `field` was changed in the plan after the sheet was exported, so the cell must not apply.
    ///
    /// A cell still holding the value it was exported with was not edited, and the later change stands.
    /// A cell edited to something else as well is a conflict, refused so that neither change is lost unseen.
    private mutating func isStale(_ field: ActionField, column: SheetColumn, sheetValue: String?) -> Bool {
        guard let since = sheetRevision,
            let first = action.history.first(where: {
                $0.revision > since && $0.changes.contains { $0.field == field }
            }),
            let change = first.changes.first(where: { $0.field == field })
        else { return false }
        if change.from.flatMap(SheetCell.text) == sheetValue.flatMap(SheetCell.text) { return true }
        let latest = action.history.last { $0.changes.contains { $0.field == field } } ?? first
        refuse(
            column,
            "changed in the plan by \(latest.by) on \(latest.on) (revision \(latest.revision)) after "
                + "this sheet was exported at revision \(since); export a fresh sheet and make the change "
                + "there")
        return true
    }

    /// Whether any of `fields` changed in the plan after the sheet was exported.
    private func changedSinceExport(_ fields: ActionField...) -> Bool {
        guard let since = sheetRevision else { return false }
        return action.history.contains { entry in
            entry.revision > since && entry.changes.contains { fields.contains($0.field) }
        }
    }

    /// Whether a progress note was recorded after the sheet was exported.
    private var notedSinceExport: Bool {
        guard let since = sheetRevision else { return false }
        return action.history.contains { $0.revision > since && $0.note != nil }
    }

    // MARK: - Helpers

    /// The reason the row gives, if it has a Reason column and the cell is filled.
    private var reason: String? { present(.reason).flatMap(SheetCell.text) }

    /// The raw cell of `column`, or `nil` when the sheet has no such column (so the field is left alone).
    private func present(_ column: SheetColumn) -> String? {
        layout.index(of: column) == nil ? nil : layout.cell(column, in: record)
    }

    private mutating func refuse(_ column: SheetColumn, _ message: String) {
        problems.append(SheetProblem(row: record.row, column: layout.header(of: column), message: message))
    }

    private mutating func warn(_ column: SheetColumn, _ message: String) {
        warnings.append(SheetProblem(row: record.row, column: layout.header(of: column), message: message))
    }

    private mutating func say(_ change: String) {
        lines.append("action \(action.id): \(change)")
    }
}

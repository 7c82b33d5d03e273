import Foundation

/// The monthly returns round: one workbook per owner of that owner's open actions across plans, and
/// the returned workbooks read back plan by plan.
///
/// An owner's sheet has the columns of a plan's sheet, but its ID column names the plan and the
/// action (`dudley-2012/3`), so one returned workbook can update several plans.
public enum OwnerSheets {
    /// One owner's workbook.
    public struct Sheet: Sendable {
        /// The owner, as the plans name them.
        public var owner: String
        /// A file name for the workbook, made from the owner's name: `Head-of-Safeguarding.xlsx`.
        public var fileName: String
        /// The workbook.
        public var workbook: Workbook
        /// The actions it holds, each as its plan and ID (`dudley-2012/3`), in sheet order.
        public var actions: [String]
    }

    /// The ID an owner's sheet gives an action: its plan's name, a slash and its own ID.
    public static func qualifiedID(_ plan: PlanName, _ id: ActionID) -> String { "\(plan)/\(id)" }

    /// A workbook per owner holding every open action they own in `plans`, RAG rated on `day`.
    ///
    /// Owners are in alphabetical order; actions by plan, in plan order. Actions with no owner have
    /// nobody to send them to and are left out.
    public static func sheets(of plans: [ActionPlan], asOf day: CalendarDay, policy: RAGPolicy = RAGPolicy())
        -> [Sheet]
    {
        var rows: [String: [[WorkbookCell]]] = [:]
        var actions: [String: [String]] = [:]
        let columns = PlanSheet.columns
        for plan in plans.sorted(by: { $0.name < $1.name }) {
            for action in plan.actions where action.status.isOpen {
                guard let owner = action.owner?.trimmingCharacters(in: .whitespaces), !owner.isEmpty else {
                    continue
                }
                var row = columns.map {
                    PlanSheet.typedCell($0, of: action, in: plan, on: day, policy: policy.applying(to: plan))
                }
                row[columns.firstIndex(of: .id)!] = .text(qualifiedID(plan.name, action.id))
                rows[owner, default: []].append(row)
                actions[owner, default: []].append(qualifiedID(plan.name, action.id))
            }
        }
        var usedNames = Set<String>()
        return rows.keys.sorted().map { owner in
            var stem = fileStem(owner)
            var number = 2
            while usedNames.contains(stem.lowercased()) {
                stem = fileStem(owner) + "-\(number)"
                number += 1
            }
            usedNames.insert(stem.lowercased())
            let sheet = Worksheet(
                name: owner, headers: columns.map(\.header), rows: rows[owner]!,
                dropDown: columns.firstIndex(of: .status).map {
                    Worksheet.DropDown(column: $0, values: PlanSheet.statusChoices)
                })
            return Sheet(
                owner: owner, fileName: stem + ".xlsx",
                workbook: Workbook(title: "Actions for \(owner) as at \(day.written)", sheets: [sheet]),
                actions: actions[owner]!)
        }
    }

    /// A file name stem from an owner's name: letters and digits kept, anything else a hyphen.
    static func fileStem(_ owner: String) -> String {
        var stem = ""
        for character in owner {
            if character.isASCII && (character.isLetter || character.isNumber) {
                stem.append(character)
            } else if !stem.isEmpty && stem.last != "-" {
                stem.append("-")
            }
        }
        while stem.last == "-" { stem.removeLast() }
        return stem.isEmpty ? "owner" : String(stem.prefix(80))
    }

    /// The actions a returned owner's sheet names, each as its plan and ID (`dudley-2012/3`), as the
    /// rows that ``split(_:)`` accepts give them.
    public static func actions(in parts: [(plan: PlanName, records: [CSVRecord])]) -> [String] {
        parts.flatMap { part -> [String] in
            guard let header = part.records.first,
                let column = header.fields.firstIndex(where: {
                    SheetColumn(header: $0.trimmingCharacters(in: .whitespaces)) == .id
                })
            else { return [] }
            return part.records.dropFirst().compactMap { record in
                guard column < record.fields.count else { return nil }
                return "\(part.plan)/" + record.fields[column].trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// The rows of a returned owner's sheet, split by plan: each plan's rows under the header, their IDs
    /// made plain again, ready for ``PlanSheet/importing(records:into:asOf:policy:)``.
    ///
    /// - Throws: ``ExchangeError/invalidSheet(_:)`` when an ID does not name a plan (`plan/ID`).
    public static func split(_ records: [CSVRecord]) throws(ExchangeError) -> [(
        plan: PlanName, records: [CSVRecord]
    )] {
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else { throw .emptySheet }
        let header = records[headerIndex]
        guard
            let idColumn = header.fields.firstIndex(where: {
                SheetColumn(header: $0.trimmingCharacters(in: .whitespaces)) == .id
            })
        else {
            throw .invalidSheet([
                SheetProblem(row: header.row, column: nil, message: "no \"ID\" column naming plan and action")
            ])
        }
        var order: [PlanName] = []
        var byPlan: [PlanName: [CSVRecord]] = [:]
        var problems: [SheetProblem] = []
        for record in records[(headerIndex + 1)...] where !record.isBlank {
            let cell =
                idColumn < record.fields.count
                ? record.fields[idColumn].trimmingCharacters(in: .whitespaces) : ""
            guard let slash = cell.lastIndex(of: "/"), let plan = PlanName(String(cell[..<slash])) else {
                problems.append(
                    SheetProblem(
                        row: record.row, column: header.fields[idColumn],
                        message: "'\(cell)' does not name a plan and an action, such as dudley-2012/3"))
                continue
            }
            var plain = record
            plain.fields[idColumn] = String(cell[cell.index(after: slash)...])
            if byPlan[plan] == nil { order.append(plan) }
            byPlan[plan, default: []].append(plain)
        }
        if !problems.isEmpty { throw .invalidSheet(problems) }
        return order.map { ($0, [header] + byPlan[$0]!) }
    }
}

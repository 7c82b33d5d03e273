/// One monthly returns round: the day owners' sheets were sent, who got which actions, and the sheets
/// that came back.
///
/// Kept as `rounds/YYYY-MM-DD.json` in the plans folder, one file per round, so rounds diff and merge
/// in git like the plans, and two rounds never touch the same file.
public struct ReturnsRound: Hashable, Sendable, Codable {
    /// One owner's sheet in the round.
    public struct Sheet: Hashable, Sendable, Codable {
        /// The owner, as the plans name them.
        public var owner: String
        /// The workbook's file name, e.g. `Head-of-Safeguarding.xlsx`.
        public var file: String
        /// The actions sent, each as its plan and ID (`dudley-2012/3`), in sheet order.
        public var actions: [String]
        /// When the sheet was written, as an ISO 8601 UTC timestamp.
        public var recorded: String
        /// Who sent it.
        public var by: String

        /// The sheet's fields in the file; any other is refused on reading, not dropped on the next write.
        enum CodingKeys: String, CodingKey, CaseIterable { case owner, file, actions, recorded, by }

        /// Creates a sheet record.
        public init(owner: String, file: String, actions: [String], recorded: String, by: String) {
            self.owner = owner
            self.file = file
            self.actions = actions
            self.recorded = recorded
            self.by = by
        }
    }

    /// A returned sheet, applied with `import FILE.xlsx`.
    public struct Return: Hashable, Sendable, Codable {
        /// The owner whose sheet came back.
        public var owner: String
        /// The day the return was applied (`import --on`, default today).
        public var on: CalendarDay
        /// When it was recorded, as an ISO 8601 UTC timestamp.
        public var recorded: String
        /// Who applied it.
        public var by: String
        /// The file imported, as named on the command line.
        public var file: String

        /// The return's fields in the file; any other is refused on reading, not dropped on the next write.
        enum CodingKeys: String, CodingKey, CaseIterable { case owner, on, recorded, by, file }

        /// Creates a return record.
        public init(owner: String, on: CalendarDay, recorded: String, by: String, file: String) {
            self.owner = owner
            self.on = on
            self.recorded = recorded
            self.by = by
            self.file = file
        }
    }

    /// The version of this file's layout; a newer one is refused, not rewritten.
    public static let currentSchemaVersion = 1

    /// The layout version the file was written with.
    public var schemaVersion: Int
    /// The day the round was sent: the `--as-of` day of `export --owner-sheets`.
    public var sent: CalendarDay
    /// The sheets sent, one per owner, in owner order.
    public var sheets: [Sheet]
    /// The sheets returned, in the order they were imported.
    public var returns: [Return]

    /// The round's fields in the file; any other is refused on reading, not dropped on the next write.
    enum CodingKeys: String, CodingKey, CaseIterable { case schemaVersion, sent, sheets, returns }

    /// A round sent on `sent` with no returns yet.
    public init(sent: CalendarDay, sheets: [Sheet] = [], returns: [Return] = []) {
        schemaVersion = Self.currentSchemaVersion
        self.sent = sent
        self.sheets = sheets
        self.returns = returns
    }

    /// Puts `sheets` into the round: an owner sent a sheet again the same day gets the new one in place
    /// of the old; their returns are kept.
    mutating func send(_ newSheets: [Sheet]) {
        var byOwner = [String: Sheet]()
        for sheet in sheets { byOwner[sheet.owner] = sheet }
        for sheet in newSheets { byOwner[sheet.owner] = sheet }
        sheets = byOwner.keys.sorted().map { byOwner[$0]! }
    }

    /// The plans whose actions the round sent.
    public var planNames: Set<PlanName> {
        var names = Set<PlanName>()
        for sheet in sheets {
            for action in sheet.actions {
                if let slash = action.lastIndex(of: "/"), let name = PlanName(String(action[..<slash])) {
                    names.insert(name)
                }
            }
        }
        return names
    }

    /// The owners whose sheets held any of `actions` (plan and ID, `dudley-2012/3`), in round order.
    public func owners(sentAnyOf actions: some Sequence<String>) -> [String] {
        let wanted = Set(actions)
        return sheets.filter { !wanted.isDisjoint(with: $0.actions) }.map(\.owner)
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PlanStore {
    /// The folder the returns rounds are kept in: `rounds/` inside the plans folder.
    public var roundsDirectory: String { directory + "/rounds" }

    /// The path of the round sent on `day`.
    public func path(ofRoundSentOn day: CalendarDay) -> String { roundsDirectory + "/\(day).json" }

    /// Every recorded round, oldest first; none when the folder has no `rounds/`.
    public func rounds() throws(StoreError) -> [ReturnsRound] {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: roundsDirectory)
        } catch {
            var info = stat()
            if stat(roundsDirectory, &info) != 0 && errno == ENOENT { return [] }
            // Foundation's words here are an error domain and number; say what is wrong with the path.
            let reason =
                stat(roundsDirectory, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR
                ? "it is a file, not a folder; move it aside so the rounds can be kept there"
                : opendir(roundsDirectory).map {
                    closedir($0)
                    return "it cannot be listed"
                } ?? SystemError.text()
            throw .io(path: roundsDirectory, operation: "list the returns rounds", reason: reason)
        }
        // Only files named by their day are rounds; anything else in the folder is someone else's.
        let days = files.compactMap { file -> CalendarDay? in
            guard file.hasSuffix(".json"), !file.hasPrefix(".") else { return nil }
            return CalendarDay(iso: String(file.dropLast(5)))
        }
        var rounds: [ReturnsRound] = []
        for day in days.sorted() {
            if let round = try round(sentOn: day) { rounds.append(round) }
        }
        return rounds
    }

    /// The latest round sent on or before `day`, if any.
    public func latestRound(onOrBefore day: CalendarDay) throws(StoreError) -> ReturnsRound? {
        try rounds().last { $0.sent <= day }
    }

    /// The round sent on `day`, or `nil` when none was.
    public func round(sentOn day: CalendarDay) throws(StoreError) -> ReturnsRound? {
        let path = path(ofRoundSentOn: day)
        let data: Data
        do {
            data = try RegularFile.read(path, limit: RegularFile.planLimit)
        } catch {
            if error == .missing { return nil }
            throw .io(path: path, operation: "read", reason: error.reason)
        }
        // JSONDecoder calls a file cut short only "not valid JSON"; the outline says where it breaks.
        let bytes = [UInt8](data)
        let outline: JSONOutline
        do { outline = try JSONOutline(bytes) } catch {
            let (line, column) = JSONOutline.position(of: error.offset, in: bytes)
            let ending = error.offset >= bytes.count ? " (the file may have been cut short)" : ""
            throw .corruptRound(
                path: path, detail: "line \(line), column \(column): \(error.problem)\(ending)")
        }
        // JSONDecoder skips fields it does not know, and the next write would drop them in silence.
        if let field = Self.unknownField(in: outline.root) {
            let (line, column) = outline.position(of: field.offset)
            throw .corruptRound(
                path: path,
                detail: "line \(line), column \(column): unknown field '\(field.path)'; a round file has "
                    + "only the fields actionplan writes")
        }
        let round: ReturnsRound
        do {
            round = try JSONDecoder().decode(ReturnsRound.self, from: data)
        } catch {
            throw .corruptRound(path: path, detail: Self.describe(error))
        }
        guard round.schemaVersion <= ReturnsRound.currentSchemaVersion else {
            throw .newerSchema(
                path: path, version: round.schemaVersion, supported: ReturnsRound.currentSchemaVersion)
        }
        guard round.sent == day else {
            throw .corruptRound(
                path: path, detail: "sent: the file says \(round.sent) but is named \(day).json")
        }
        return round
    }

    /// Records `sheets` as sent on `day`, adding them to that day's round if one was already sent.
    ///
    /// - Returns: The path of the round's file.
    @discardableResult
    public func recordRound(_ sheets: [ReturnsRound.Sheet], sentOn day: CalendarDay) throws(StoreError)
        -> String
    {
        try modifyRound(sentOn: day) { round in
            var changed = round ?? ReturnsRound(sent: day)
            changed.send(sheets)
            round = changed
        }
        return path(ofRoundSentOn: day)
    }

    /// Records that the sheet holding `actions` (plan and ID, `dudley-2012/3`) came back: a return, on
    /// `on`, for each owner the latest round on or before that day sent any of them.
    ///
    /// - Returns: The round and the owners credited; `nil` when no round sent any of the actions.
    public func recordReturn(
        of actions: [String], on: CalendarDay, recorded: String, by: String, file: String
    ) throws(StoreError) -> (round: ReturnsRound, owners: [String])? {
        // The newest round that sent these actions: an older sheet returned late still counts for its round.
        guard let sent = try rounds().last(where: { $0.sent <= on && !$0.owners(sentAnyOf: actions).isEmpty })
        else { return nil }
        var result: (ReturnsRound, [String])?
        try modifyRound(sentOn: sent.sent) { round in
            guard var changed = round else { return }
            let owners = changed.owners(sentAnyOf: actions)
            for owner in owners {
                changed.returns.append(
                    ReturnsRound.Return(owner: owner, on: on, recorded: recorded, by: by, file: file))
            }
            round = changed
            result = (changed, owners)
        }
        return result
    }

    /// Reads the round sent on `day` (`nil` when there is none), lets `body` change it, and writes it
    /// back, all under the rounds' lock, so concurrent commands lose nothing.
    private func modifyRound(sentOn day: CalendarDay, _ body: (inout ReturnsRound?) -> Void)
        throws(StoreError)
    {
        if mkdir(roundsDirectory, 0o777) != 0 && errno != EEXIST {
            throw .io(
                path: roundsDirectory, operation: "create the returns rounds folder",
                reason: SystemError.text())
        }
        let lock = try FileLock(path: roundsDirectory + "/.rounds.lock")
        defer { withExtendedLifetime(lock) {} }
        var round = try round(sentOn: day)
        let original = round
        body(&round)
        guard let round, round != original else { return }
        let data: Data
        do { data = try PlanCoding.encodeJSON(round) } catch {
            throw .io(path: path(ofRoundSentOn: day), operation: "encode the round", reason: "\(error)")
        }
        try AtomicFile.write(data, to: path(ofRoundSentOn: day))
    }

    /// The first key in the round, its sheets or its returns that the file layout does not have.
    private static func unknownField(in root: JSONOutline.Node) -> (path: String, offset: Int)? {
        guard case .object(_, let members) = root else { return nil }
        let known = Set(ReturnsRound.CodingKeys.allCases.map(\.rawValue))
        for member in members where !known.contains(member.key) { return (member.key, member.keyOffset) }
        let lists: [(String, Set<String>)] = [
            ("sheets", Set(ReturnsRound.Sheet.CodingKeys.allCases.map(\.rawValue))),
            ("returns", Set(ReturnsRound.Return.CodingKeys.allCases.map(\.rawValue))),
        ]
        for (list, fields) in lists {
            guard case .array(_, let elements) = members.first(where: { $0.key == list })?.value else {
                continue
            }
            for (index, element) in elements.enumerated() {
                guard case .object(_, let entries) = element else { continue }
                for entry in entries where !fields.contains(entry.key) {
                    return ("\(list)[\(index)].\(entry.key)", entry.keyOffset)
                }
            }
        }
        return nil
    }

    /// A decoding error in a few words: the field at fault and what is wrong with it.
    private static func describe(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : keys.joined(separator: ".") + ": "
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "\(path(context))\(key.stringValue) is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            return path(context) + context.debugDescription
        default: return "\(error)"
        }
    }
}

/// One action as a report shows it: as it stood on the report's day, with its rating and latest update.
public struct ActionLine: Hashable, Sendable {
    /// The plan the action belongs to.
    public var plan: PlanName
    /// The action as it stood on the report's day.
    public var action: Action
    /// Its rating on that day, with the reason in words.
    public var rating: RAGRating
    /// How many days past due it is, or `nil` when it is not overdue.
    public var daysOverdue: Int?
    /// The latest progress note recorded on or before the day, if any.
    public var latestNote: String?
    /// The day the latest note took effect.
    public var latestNoteOn: CalendarDay?

    /// Reads `action` of `plan` on `day` under `policy`.
    public init(plan: PlanName, action: Action, on day: CalendarDay, policy: RAGPolicy) {
        self.plan = plan
        self.action = action
        rating = policy.rating(of: action, on: day)
        daysOverdue = policy.daysOverdue(action, on: day)
        if let entry = action.history.last(where: { $0.note != nil }) {
            latestNote = entry.note
            latestNoteOn = entry.on
        }
    }

    /// The action's wording cut to a readable length at a word boundary, for tables.
    public var shortAction: String { action.action.shortened(to: ActionLine.shortLength) }

    /// The number of characters a table shows of an action's wording.
    static let shortLength = 90
}

extension String {
    /// The text cut at a word boundary to at most `limit` characters, ending in "…" when cut.
    ///
    /// Whitespace runs (line breaks from the report included) collapse to single spaces first.
    func shortened(to limit: Int) -> String {
        if let words = simpleWords { return Self.shortened(words, to: limit) }
        let words = split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            let needed = result.isEmpty ? word.count : result.count + 1 + word.count
            if needed > limit - 1 {
                if result.count < limit / 2 {
                    // One very long word: cutting inside it reads better than dropping most of the text.
                    let room = limit - 1 - (result.isEmpty ? 0 : result.count + 1)
                    result += (result.isEmpty ? "" : " ") + word.prefix(max(room, 0))
                }
                while let last = result.last, ",;:.-–(".contains(last) { result.removeLast() }
                return result + "…"
            }
            result += (result.isEmpty ? "" : " ") + word
        }
        return result
    }
}

extension String {
    /// ``shortened(to:)`` for text whose every scalar is a character of its own: the same text, faster.
    fileprivate static func shortened(_ words: [SimpleWord], to limit: Int) -> String {
        var result = SimpleLine()
        for word in words {
            let needed = result.isEmpty ? word.count : result.count + 1 + word.count
            if needed > limit - 1 {
                if result.count < limit / 2 {
                    // One very long word: cutting inside it reads better than dropping most of the text.
                    let room = limit - 1 - (result.isEmpty ? 0 : result.count + 1)
                    result.append(word.prefix(Swift.max(room, 0)))
                }
                let trimmed = [UInt8](",;:.-(".utf8)
                let enDash = [UInt8]("–".utf8)
                while let last = result.utf8.last, trimmed.contains(last) || result.utf8.ends(with: enDash) {
                    result.utf8.removeLast(last < 0x80 ? 1 : 3)
                    result.count -= 1
                }
                return result.text + "…"
            }
            result.append(word)
        }
        return result.text
    }
}

extension [UInt8] {
    /// Whether the bytes end with `suffix`.
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}

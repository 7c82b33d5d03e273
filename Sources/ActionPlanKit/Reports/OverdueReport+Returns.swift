extension OverdueReport {
    /// An owner group's heading: "Head of Safeguarding (3)", and, where the returns round sent them a
    /// sheet, whether they have answered it: "sent nothing since the round of 30 June 2012".
    func ownerHeading(_ group: OwnerGroup) -> String {
        let heading = "\(group.owner ?? "No owner") (\(group.actions.count))"
        return group.sinceRound.map { heading + ": " + $0 } ?? heading
    }

    /// The returns section of the text report: who was sent a sheet in the latest round and who has
    /// answered it.
    func writeReturns(to out: inout TextOutput, width: Int, colour: Bool) {
        guard let returns else { return }
        out.blank()
        guard returns.round != nil else {
            out.wrapped(returns.summary, width: width)
            return
        }
        out.wrapped(returns.summary, width: width)
        guard !returns.owners.isEmpty else {
            out.line("  None of the actions reported on was in the round.")
            return
        }
        var table = TextTable([
            TextTable.Column(heading: "Owner", wraps: true, minimumWidth: 12, weight: 3),
            TextTable.Column(heading: "Actions sent", alignRight: true),
            TextTable.Column(heading: "Since the round", wraps: true, minimumWidth: 14, weight: 2),
        ])
        table.colouredColumn = 2
        // Those who have sent nothing first: they are who the officer chases.
        for owner in returns.owners.filter(\.sentNothing) + returns.owners.filter({ !$0.sentNothing }) {
            table.append(
                [
                    owner.owner, String(owner.actionsSent), owner.sinceRound,
                ],
                rag: owner.sentNothing ? .red : nil)
        }
        table.write(to: &out, width: width, colour: colour, indent: "  ")
    }

    /// The returns as JSON members of the report: `returns` with the round's day and each owner.
    func writeReturnsJSON(to document: inout JSONWriter) {
        guard let returns else { return }
        document.member("returns")
        document.object { object in
            object.member("asOf", .string(returns.asOf.isoText))
            object.member("owners")
            object.array { list in
                for owner in returns.owners {
                    list.element()
                    list.object { item in
                        item.member("actionsSent", .number(owner.actionsSent))
                        item.member("lastReturn", .optional(owner.lastReturn?.isoText))
                        item.member("owner", .string(owner.owner))
                        item.member("sentNothing", .bool(owner.sentNothing))
                    }
                }
            }
            object.member("round", .optional(returns.round?.isoText))
            object.member("sentNothing")
            object.array { list in
                for owner in returns.silent {
                    list.element()
                    list.scalar(.string(owner.owner))
                }
            }
        }
    }
}

extension RoundReturns {
    /// The returns in a sentence: "Returns to the round of 1 April 2012: sent to 2 owners; 1 has sent
    /// nothing since", or that no round was sent.
    public var summary: String {
        guard let round else {
            return "Returns: no round of owners' sheets was sent on or before \(asOf.written) "
                + "('actionplan export --owner-sheets DIR' sends one)"
        }
        let answer =
            switch silent.count {
            case 0: "every one has answered"
            case 1: "1 has sent nothing since"
            default: "\(silent.count) have sent nothing since"
            }
        return "Returns to the round of \(round.written): sent to "
            + "\(ReportWords.count(owners.count, "owner")); \(answer)"
    }

    /// Whether `owner` has answered the round, in words, when it sent them a sheet: "sent nothing since
    /// the round of 30 June 2012" or "last return 10 July 2012".
    func words(for owner: String) -> String? {
        guard let round, let standing = self.owner(owner) else { return nil }
        guard let last = standing.lastReturn else {
            return "sent nothing since the round of \(round.written)"
        }
        return "last return \(last.written)"
    }

    /// The returns as templates see them: `round`, `summary`, `anyOwners` and `owners`.
    static let templateFields = TemplateFields<RoundReturns>([
        .text("round") { $0.round?.written },
        .text("summary") { $0.summary },
        .flag("anyOwners") { !$0.owners.isEmpty },
        .list("owners", Owner.templateFields) { $0.silent + $0.owners.filter { !$0.sentNothing } },
    ])
}

extension RoundReturns.Owner {
    /// "sent nothing", or "returned 10 July 2012".
    public var sinceRound: String { lastReturn.map { "returned \($0.written)" } ?? "sent nothing" }

    static let templateFields = TemplateFields<Self>([
        .text("owner") { $0.owner },
        .text("actionsSent") { String($0.actionsSent) },
        .text("sinceRound") { $0.sinceRound },
        .flag("sentNothing") { $0.sentNothing },
    ])
}

/// Names the lists of a report that has several, so each action knows which list it came from.
///
/// A 2009–2013 report or cabinet paper names each list by the heading above its "Overall effectiveness"
/// line ("Safeguarding Services", "Services for looked after children"). A SIF report's second list is the
/// safeguarding board's ("LSCB"); its first is the local authority's.
public enum SectionNamer {
    /// One name per list, or all `nil` when there is only one list.
    public static func names(of lists: [RecommendationList], in lines: [ClassifiedLine]) -> [String?] {
        guard lists.count > 1 else { return lists.map { _ in nil } }
        var names: [String?] = []
        var previousEnd = 0
        for (position, list) in lists.enumerated() {
            let gap = previousEnd..<list.headingIndex
            if hasTimescales(list) {
                names.append(
                    overallEffectivenessHeading(in: gap, of: lines) ?? markedHeading(in: gap, of: lines)
                        ?? "list \(position + 1)")
            } else if list.isBoardList || (position > 0 && mentionsBoard(in: gap, of: lines)) {
                names.append("LSCB")
            } else {
                names.append("local authority")
            }
            previousEnd = list.endIndex
        }
        return names
    }

    /// Whether the list has dated timescales (a 2009–2013 list, rather than a SIF one).
    static func hasTimescales(_ list: RecommendationList) -> Bool {
        list.items.contains { item in
            switch item.timescale {
            case .withinMonths, .withinWeeks, .withinWorkingDays, .by: true
            case .immediately, .unspecified: false
            }
        }
    }

    /// The heading above the last "Overall effectiveness" line in `range`.
    static func overallEffectivenessHeading(in range: Range<Int>, of lines: [ClassifiedLine]) -> String? {
        guard
            let overall = range.last(where: {
                ASCIIText.hasPrefix(lines[$0].text, lowercased: "overall effectiveness")
            })
        else { return nil }
        var index = overall - 1
        while index >= range.lowerBound && lines[index].isBlank { index -= 1 }
        guard index >= range.lowerBound else { return nil }
        let name = ItemAssembler.collapsingWhitespace(lines[index].text)
        return name.isEmpty || name.count > 80 ? nil : name
    }

    /// The last heading made by mark-up (`#`, bold) in `range` that is not a recommendations heading.
    static func markedHeading(in range: Range<Int>, of lines: [ClassifiedLine]) -> String? {
        range.reversed().first { lines[$0].isMarkedHeading && lines[$0].heading == nil && !lines[$0].isBlank }
            .map { ItemAssembler.collapsingWhitespace(lines[$0].text) }
            .flatMap { $0.count <= 80 ? $0 : nil }
    }

    /// Whether a line in `range` names the Local Safeguarding Children Board.
    static func mentionsBoard(in range: Range<Int>, of lines: [ClassifiedLine]) -> Bool {
        range.contains { index in
            let text = lines[index].text
            return ASCIIText.contains(text, lowercased: "lscb")
                || ASCIIText.contains(text, lowercased: "safeguarding children board")
        }
    }
}

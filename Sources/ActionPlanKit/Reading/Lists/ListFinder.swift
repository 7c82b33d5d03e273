/// The list stage of the reader: finds each recommendations list and the lines of each of its items.
///
/// A list opens at a recommendations heading and ends at the first line that is none of: an item, a
/// continuation of one, a timescale heading, a sub-heading over more items, or page furniture (already
/// blanked). Bulleted and numbered lists are told apart, so the numbered findings that follow a bulleted
/// list never join it.
public enum ListFinder {
    /// How many unmarked lines (an introduction) may sit between a heading and its first item.
    static let introductionLimit = 20

    /// Every recommendations list in `lines`, in order; lists that turn out to hold no items are left out.
    public static func lists(in lines: [ClassifiedLine]) -> [RecommendationList] {
        var lists: [RecommendationList] = []
        var index = 0
        while index < lines.count {
            guard let heading = lines[index].heading, opensList(heading, lines[index]) else {
                index += 1
                continue
            }
            var walker = ListWalker(lines: lines, headingIndex: index, heading: heading)
            var list = walker.walk()
            if list.items.isEmpty, heading == .whatNeedsToImprove,
                let paragraph = paragraph(after: index, in: lines)
            {
                // An ILACS report with almost nothing to improve may say so in prose instead of bullets.
                list.items = [
                    RecommendationList.Item(lines: paragraph, printedNumber: nil, timescale: .unspecified)
                ]
                list.endIndex = (paragraph.last ?? index) + 1
            }
            if !list.items.isEmpty { lists.append(list) }
            index = max(list.endIndex, index + 1)
        }
        return lists
    }

    /// The lines of the paragraph straight after a heading, if it is prose rather than another heading.
    static func paragraph(after index: Int, in lines: [ClassifiedLine]) -> [Int]? {
        var first = index + 1
        while first < lines.count && lines[first].isBlank { first += 1 }
        var end = first
        while end < lines.count && !lines[end].isBlank && lines[end].heading == nil
            && lines[end].marker == nil
            && !lines[end].isMarkedHeading && !(end > first && ListBoundaries.isStop(lines[end]))
        {
            end += 1
        }
        guard end > first, !ListBoundaries.isStop(lines[first]),
            ListBoundaries.endsSentence(lines[end - 1].text),
            !ListBoundaries.isPlaceholder(ItemAssembler.text(of: (first..<end).map { lines[$0].text }))
        else { return nil }
        return Array(first..<end)
    }

    /// Whether a heading opens a list: all but bare timescale headings, which only matter inside one.
    static func opensList(_ heading: ListHeading, _ line: ClassifiedLine) -> Bool {
        guard case .timescale = heading else { return true }
        return ASCIIText.contains(line.text, lowercased: "priority")
    }
}

/// Walks one list from its heading, line by line.
struct ListWalker {
    let lines: [ClassifiedLine]
    let headingIndex: Int
    let heading: ListHeading

    private var items: [RecommendationList.Item] = []
    private var current: RecommendationList.Item?
    private var timescale: Timescale = .unspecified
    private var timescaleLine: ClassifiedLine?
    private var sawPriority = false
    private var isNumbered: Bool?
    private var introductionLines = 0
    private var hasSubBullets = false

    init(lines: [ClassifiedLine], headingIndex: Int, heading: ListHeading) {
        self.lines = lines
        self.headingIndex = headingIndex
        self.heading = heading
        if case .timescale(let opening) = heading {
            timescale = opening
            timescaleLine = lines[headingIndex]
            sawPriority = true
        }
    }

    /// Reads the list and returns it with the index of the first line after it.
    mutating func walk() -> RecommendationList {
        if lines[headingIndex].carriesItem { open(lines[headingIndex], at: headingIndex, marker: nil) }
        var index = headingIndex + 1
        var blankRun = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                blankRun += 1
                index += 1
                continue
            }
            let afterBlank = blankRun > 0
            blankRun = 0
            guard step(line, at: index, afterBlank: afterBlank) else { break }
            index += 1
        }
        close()
        if index >= lines.count { index = lines.count }
        let board: Bool
        if case .whatDoesItNeedToImprove(let isBoard) = heading { board = isBoard } else { board = false }
        return RecommendationList(
            heading: heading, headingIndex: headingIndex, endIndex: index, isBoardList: board, items: items)
    }

    /// Takes one non-blank line; returns false when the line ends the list.
    private mutating func step(_ line: ClassifiedLine, at index: Int, afterBlank: Bool) -> Bool {
        if let lineHeading = line.heading {
            switch lineHeading {
            case .timescale(let value):
                close()
                timescale = value
                timescaleLine = line
                if ASCIIText.contains(line.text, lowercased: "priority") { sawPriority = true }
                if line.carriesItem { open(line, at: index, marker: nil) }
                return true
            case .areasForImprovement where sawPriority || isUmbrella:
                // SIF: "Priority and immediate action" then "Areas for improvement" make one list.
                close()
                timescale = .unspecified
                timescaleLine = nil
                return true
            default:
                return false
            }
        }
        if let marker = line.marker { return take(marker, line, at: index) }
        if var item = current {
            if isBare(item) || continues(item, with: line, afterBlank: afterBlank, at: index) {
                item.lines.append(index)
                current = item
                return true
            }
            if isSubheading(at: index, after: item) {
                close()
                return true
            }
            return false
        }
        if let under = timescaleLine, isFirstAfterTimescale(index), line.indent > under.indent,
            !ListBoundaries.saysNothing(line.text), isNumbered != true
        {
            // A bullet lost in conversion leaves an indented line under a timescale heading.
            open(line, at: index, marker: nil)
            return true
        }
        if items.isEmpty && current == nil {
            if ListBoundaries.isStop(line) { return false }
            introductionLines += 1
            return introductionLines <= ListFinder.introductionLimit
        }
        return isSubheading(at: index, after: nil)
    }

    private var isUmbrella: Bool {
        if case .whatDoesItNeedToImprove = heading { return true }
        return false
    }

    /// Takes a line that starts with a marker.
    private mutating func take(_ marker: ListMarker, _ line: ClassifiedLine, at index: Int) -> Bool {
        if var item = current, isNumbered == true, !marker.isNumbered,
            hasSubBullets || lines[item.lines.last ?? index].text.last.map({ $0 == ":" || $0 == ";" }) == true
                || nextNumber(after: index) == item.printedNumber.map({ $0 + 1 }) || isTopicTitle(item)
        {
            // Bullets under a numbered item (after its colon, before the next number, or under a numbered
            // topic title such as "4. Provision and sufficiency of key services") are part of it.
            item.lines.append(index)
            item.subItemStarts.insert(index)
            current = item
            hasSubBullets = true
            return true
        }
        if var item = current, marker.isNumbered, marker.number != item.printedNumber.map({ $0 + 1 }),
            index > 0, !lines[index - 1].isBlank, item.lines.last == index - 1,
            !ListBoundaries.endsSentence(lines[index - 1].text), !lines[index - 1].text.hasSuffix(":"),
            finishesSentence(line, at: index)
        {
            // A number that continues an unfinished sentence ("…when they reach the age of" then "17.")
            // is a word of the item, not the next item.
            item.lines.append(index)
            item.numberedWords.insert(index)
            current = item
            return true
        }
        if let numbered = isNumbered, numbered != marker.isNumbered { return false }
        open(line, at: index, marker: marker)
        return true
    }

    private mutating func open(_ line: ClassifiedLine, at index: Int, marker: ListMarker?) {
        close()
        hasSubBullets = false
        current = RecommendationList.Item(lines: [index], printedNumber: marker?.number, timescale: timescale)
        if let marker, !ListBoundaries.isIntroduction(line.text) { isNumbered = marker.isNumbered }
    }

    private mutating func close() {
        guard let item = current else { return }
        current = nil
        let text = item.lines.map { lines[$0].text }.joined(separator: " ")
        guard !ListBoundaries.isIntroduction(text), !ListBoundaries.isPlaceholder(text), !text.isEmpty else {
            return
        }
        items.append(item)
    }

    /// Whether a numbered line reads as the end of a sentence rather than a numbered paragraph: its words go
    /// on in lower case, or it stands alone with the next item's marker (or the list's end) after it.
    private func finishesSentence(_ line: ClassifiedLine, at index: Int) -> Bool {
        if let first = line.text.first { return first.isLowercase }
        var next = index + 1
        while next < lines.count && lines[next].isBlank { next += 1 }
        return next == lines.count || lines[next].marker != nil || lines[next].heading != nil
            || ListBoundaries.isStop(lines[next])
    }

    /// Whether an item so far is only a numbered topic title, whose recommendations follow as bullets.
    private func isTopicTitle(_ item: RecommendationList.Item) -> Bool {
        let worded = item.lines.filter { !lines[$0].text.isEmpty }
        return item.printedNumber != nil && worded.count == 1
            && ThemedItemSplitter.isTitle(lines[worded[0]].text)
    }

    /// An item whose marker stood alone on its line still needs its words.
    private func isBare(_ item: RecommendationList.Item) -> Bool {
        item.lines.allSatisfy { lines[$0].text.isEmpty }
    }

    /// Whether `line` continues `item`: a wrapped line, or the rest of the item after a page break.
    private func continues(
        _ item: RecommendationList.Item, with line: ClassifiedLine, afterBlank: Bool, at index: Int
    ) -> Bool {
        let last = lines[item.lines.last ?? index]
        if line.isMarkedHeading { return false }
        let ended = ListBoundaries.endsSentence(last.text)
        if !afterBlank {
            if ended && (ListBoundaries.isStop(line) || isSubheading(at: index, after: item)) { return false }
            return true
        }
        if let first = line.text.first, first.isLowercase { return true }
        return line.page != last.page && !ended && !ListBoundaries.isStop(line)
    }

    /// Whether the line is a short topic heading with more items of this list under it.
    private func isSubheading(at index: Int, after item: RecommendationList.Item?) -> Bool {
        let line = lines[index]
        guard line.marker == nil, line.heading == nil, !ListBoundaries.isStop(line),
            let first = line.text.first, first.isUppercase, ASCIIText.characterCount(line.text) <= 100,
            let last = line.text.last, !".:;,".contains(last)
        else { return false }
        if let item, let lastText = lines[item.lines.last ?? index].text.last, !".;:?!".contains(lastText),
            lines[index - 1].isBlank == false
        {
            return false
        }
        var next = index + 1
        while next < lines.count && lines[next].isBlank { next += 1 }
        guard next < lines.count, let marker = lines[next].marker else { return false }
        return isNumbered.map { $0 == marker.isNumbered } ?? true
    }

    /// The number of the next numbered item after `index`, looking no further than the next heading.
    private func nextNumber(after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count && next <= index + 60 {
            if lines[next].heading != nil { return nil }
            if let number = lines[next].marker?.number { return number }
            next += 1
        }
        return nil
    }

    /// Whether nothing but blank lines separates `index` from the latest timescale heading.
    private func isFirstAfterTimescale(_ index: Int) -> Bool {
        guard let under = timescaleLine else { return false }
        var previous = index - 1
        while previous > headingIndex && lines[previous].isBlank { previous -= 1 }
        return lines[previous].number == under.number
    }
}

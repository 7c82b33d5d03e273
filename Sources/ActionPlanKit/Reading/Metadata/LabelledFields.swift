import Foundation

/// Finds the fields a report states after a label: "Inspection dates:", "Report published:",
/// "Lead inspector:", and the prose a cabinet paper uses instead ("took place between …").
enum LabelledFields {
    /// How far into a report its opening labels (inspection dates, publication) are looked for.
    static let headerLines = 200

    /// The labels that introduce the inspection dates.
    static let inspectionDateLabels = ["Inspection dates", "Inspection date"]
    /// The labels that introduce a publication date.
    static let publishedLabels = ["Report published", "Published", "Publication date", "Date of publication"]
    /// The labels that introduce the lead inspector, in the case reports write them.
    static let inspectorLabels = [
        "Lead inspector", "Lead Inspector", "Reporting inspector", "Reporting Inspector",
    ]

    /// Removes the Markdown and HTML marks conversions leave around labels ("**Published:**", "<b>").
    static func plain(_ line: Substring) -> String {
        // Most lines carry no marks and no surrounding blanks: copy them as they are.
        if ASCIIText.withBytes(line, isClean) { return String(line) }
        return plainByRemovingMarks(line)
    }

    /// ``plain(_:)`` with every mark looked for and removed: the plain version, for lines its byte-level
    /// test in `LabelledFields+Bytes.swift` does not call clean, and the answer that test's shortcut must give.
    static func plainByRemovingMarks(_ line: Substring) -> String {
        var text = String(line)
        for mark in ["**", "<b>", "</b>", "__"] where ASCIIText.contains(text, byte: mark.utf8.first!) {
            text = text.replacingOccurrences(of: mark, with: "")
        }
        return text.trimmingMarks()
    }

    /// What may follow a label for it to count as one.
    enum Follower {
        /// A colon ("Published: 17 October 2011").
        case colon
        /// A colon or a digit ("Inspection dates 13-22 May 2013").
        case colonOrDigit
        /// A colon or a space ("Lead inspector Mary Candlin HMI").
        case colonOrSpace
    }

    /// The text after the first of `labels` in `lines`, and the line's index.
    ///
    /// A label counts only at the start of a line or straight after a date on it (conversions run
    /// "Inspection dates:13-22 May 2013Lead inspector:…" together), so prose that merely mentions
    /// an inspector or a publication is not taken for a label. A colon after the label is skipped.
    static func value(
        after labels: [String], followedBy follower: Follower, in lines: some MetadataLines,
        caseSensitive: Bool = false,
        sharing shared: String? = nil
    ) -> (text: Substring, line: Int)? {
        for index in lines.indices {
            // Raw bytes rule most lines out before their plain text is made.
            if follower == .colon, !lines.mayHold(":", at: index, caseSensitive: true) { continue }
            if let shared, !lines.mayHold(shared, at: index, caseSensitive: caseSensitive) { continue }
            let line = lines[index]
            // Labels that need a colon cannot be on a line without one.
            if follower == .colon, !ASCIIText.contains(line, byte: UInt8(ascii: ":")) { continue }
            // One search for the words every label holds rules out most lines instead of one per label.
            if let shared, TextSearch.range(of: shared, in: line, caseSensitive: caseSensitive) == nil {
                continue
            }
            for label in labels {
                guard let range = TextSearch.range(of: label, in: line, caseSensitive: caseSensitive) else {
                    continue
                }
                let before = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                guard before.allSatisfy({ !$0.isLetter }) || before.last?.isNumber == true else { continue }
                let rest = line[range.upperBound...]
                let afterSpaces = rest.drop { $0 == " " || $0 == "\t" }
                switch (follower, rest.first, afterSpaces.first) {
                case (_, ":", _): return (rest.dropFirst(), index)
                case (.colonOrDigit, _, let next?) where next.isNumber: return (rest, index)
                case (.colonOrSpace, " ", _), (.colonOrSpace, "\t", _), (.colonOrSpace, nil, _):
                    return (rest, index)
                default: continue
                }
            }
        }
        return nil
    }

    /// The inspection's first and last day, from the labelled line (and the next line when the
    /// dates wrap), else from prose such as "took place between 28 November 2011 to 9 December 2011".
    static func inspectionDates(in lines: some MetadataLines) -> (start: CalendarDay, end: CalendarDay)? {
        if let found = value(
            after: inspectionDateLabels, followedBy: .colonOrDigit, in: lines.firstLines(headerLines))
        {
            var text = String(found.text)
            if DateText.isIncomplete(text),
                let next = lines[(found.line + 1)...].first(where: { !$0.isEmpty })
            {
                text += " " + next
            }
            if let range = DateText.range(in: text) { return range }
        }
        if let text = valueInColumns(for: inspectionDateLabels, in: lines.firstLines(headerLines)),
            let range = DateText.range(in: text)
        {
            return range
        }
        for index in lines.indices {
            for phrase in ["took place between", "took place from", "took place on", "carried out between"] {
                guard lines.mayHold(phrase, at: index, caseSensitive: false) else { continue }
                let line = lines[index]
                guard let range = TextSearch.range(of: phrase, in: line) else { continue }
                if let dates = DateText.range(in: line[range.upperBound...]) { return dates }
            }
        }
        return nil
    }

    /// The publication date, only where a label states it: beside the label, or in a column of values
    /// under a column of labels, as `pdftotext` without `-layout` prints a cover's two-column table.
    static func published(in lines: some MetadataLines) -> CalendarDay? {
        let header = lines.firstLines(headerLines)
        if let found = value(after: publishedLabels, followedBy: .colon, in: header),
            let day = DateText.day(in: found.text)
        {
            return day
        }
        return publishedInColumns(header)
    }

    /// Every label a cover's table may hold, for telling a column of labels from its values.
    static let coverLabels: Set<String> =
        Set((inspectionDateLabels + publishedLabels + inspectorLabels).map { $0.lowercased() }).union([
            "age group", "reference no", "reference number", "type of inspection", "inspection number",
            "unique reference number", "date of inspection", "dates of inspection", "local authority",
        ])

    /// Whether a line is a label alone ("Published:", "Lead inspector"), with no value beside it.
    static func isLabelAlone(_ line: String) -> Bool {
        var key = line.trimmingCharacters(in: .whitespaces).lowercased()
        if key.hasSuffix(":") { key.removeLast() }
        return coverLabels.contains(key)
    }

    /// The publication date from a column of values under a column of labels.
    static func publishedInColumns(_ lines: some MetadataLines) -> CalendarDay? {
        guard let value = valueInColumns(for: publishedLabels, in: lines),
            let range = DateText.range(in: value), range.start == range.end
        else { return nil }
        return range.start
    }

    /// "Inspection dates" / "Published" / then "19 – 23 September 2011" / "17 October 2011": the value in
    /// the same place in the run of values as the label in the run of labels above them.
    static func valueInColumns(for labels: [String], in lines: some MetadataLines) -> String? {
        let keys = Set(labels.map { $0.lowercased() })
        let worded = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }
        for (position, index) in worded.enumerated() where isLabelAlone(lines[index]) {
            var key = lines[index].trimmingCharacters(in: .whitespaces).lowercased()
            if key.hasSuffix(":") { key.removeLast() }
            guard keys.contains(key) else { continue }
            var first = position
            while first > 0 && isLabelAlone(lines[worded[first - 1]]) { first -= 1 }
            var end = position + 1
            while end < worded.count && isLabelAlone(lines[worded[end]]) { end += 1 }
            // A label alone with its value on the next line is the layout's ordinary form, not columns.
            guard end - first > 1 else { continue }
            let slot = end + (position - first)
            if slot < worded.count { return lines[worded[slot]] }
        }
        return nil
    }

    /// The lead inspector's name without "HMI" or "His Majesty's Inspector".
    static func leadInspector(in lines: some MetadataLines) -> String? {
        if let found = value(
            after: inspectorLabels, followedBy: .colonOrSpace, in: lines, caseSensitive: true,
            sharing: "nspector")
        {
            var text = found.text
            if let onSite = text.range(of: "on site:") { text = text[onSite.upperBound...] }
            if text.allSatisfy(\.isWhitespace),
                let next = lines[(found.line + 1)...].first(where: { !$0.isEmpty })
            {
                text = Substring(next)
            }
            if let name = personName(at: text) { return name }
        }
        return valueInColumns(for: inspectorLabels, in: lines.firstLines(headerLines)).flatMap(personName)
    }

    /// The name at the start of `text`, ending before a comma, a bracket, "HMI", a title or a label.
    static func personName(at text: some StringProtocol) -> String? {
        let stops: Set<String> = ["HMI", "Her", "His", "Senior", "Age", "Inspection", "Published", "Report"]
        var words: [Substring] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()*"))
            if stops.contains(trimmed) || trimmed.isEmpty { break }
            words.append(Substring(trimmed))
            if word.last.map({ ",;(".contains($0) }) == true || word.first == "(" { break }
            if words.count == 5 { break }
        }
        if words.last.map({ $0.first == "(" }) == true { words.removeLast() }
        guard !words.isEmpty, words.allSatisfy({ $0.first?.isLetter == true }),
            words.first?.first?.isUppercase == true
        else { return nil }
        return words.joined(separator: " ")
    }
}

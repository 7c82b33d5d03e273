/// Finds a report's title: the heading that says what kind of inspection it was.
///
/// The title opens the document or sits under the council's name ("Inspection of Norfolk local
/// authority children's services"; "Sheffield City Council" over "Inspection of children's social care
/// services"); a cabinet paper carries it a few lines down, under the paper's own heading. A title that
/// wraps continues in lower case on the next line ("…in need of help and" / "protection, children looked
/// after and care leavers"). It ends at a blank line, a line that starts with a capital, or a lone
/// joining word: a 2014 report prints "and" between its inspection's title and the review of the
/// safeguarding board that shared the visit, and the plan answers the inspection.
enum ReportTitle {
    /// How many non-blank lines from the top the title may start within.
    static let headerLines = 12
    /// How many lines a title may wrap over.
    static let maximumLines = 4
    /// Longer than this is prose that happens to open like a title.
    static let maximumLength = 200

    /// The title of the report whose plain lines are `lines`, or `nil` when none opens it.
    ///
    /// `authority` is the council as printed: a title run into the council's name on one line
    /// ("…protection of children London Borough of Sutton") loses the name.
    static func find(in lines: some MetadataLines, authority: String?) -> String? {
        var seen = 0
        var index = lines.startIndex
        while index < lines.endIndex, seen < headerLines {
            let line = lines[index]
            if line.isEmpty {
                index += 1
                continue
            }
            if LabelledFields.inspectionDateLabels.contains(where: line.hasPrefix) { return nil }
            if opensTitle(line) { return title(startingAt: index, in: lines, authority: authority) }
            seen += 1
            index += 1
        }
        return nil
    }

    /// Whether `line` opens a title.
    static func opensTitle(_ line: String) -> Bool {
        AuthorityName.isTitle(line) || line.hasPrefix("Joint targeted area inspection")
    }

    private static func title(startingAt start: Int, in lines: some MetadataLines, authority: String?)
        -> String?
    {
        var parts = [lines[start]]
        var next = start + 1
        // A council's name wrapped in capitals runs on to the "…children's services" that ends the title.
        let servicesLine = (start..<min(lines.endIndex, start + maximumLines)).first { index in
            lines[index].hasSuffix(" services") || lines[index] == "services"
        }
        while next < lines.endIndex, parts.count < maximumLines,
            next <= servicesLine ?? start || continues(parts[parts.count - 1], with: lines[next])
        {
            parts.append(lines[next])
            next += 1
        }
        var title = parts.joined(separator: " ").split(separator: " ").joined(separator: " ")
        // Only a name run on after the title's own words goes: "Inspection of the Royal Borough of
        // Greenwich" names the council inside the title.
        if let authority, title.count > authority.count + 1, title.hasSuffix(" " + authority),
            !AuthorityName.endsUnfinished(String(title.dropLast(authority.count + 1)))
        {
            title.removeLast(authority.count + 1)
        }
        // A footnote's number set on the last word ("…care leavers1") is not part of the title.
        if title.last?.isNumber == true, let word = title.split(separator: " ").last,
            word.first?.isLetter == true
        {
            while title.last?.isNumber == true { title.removeLast() }
        }
        while let last = title.last, ",;:".contains(last) { title.removeLast() }
        guard title.count <= maximumLength else { return nil }
        return title
    }

    /// Whether `line` carries on a title whose last line so far is `previous`.
    ///
    /// It does when it starts in lower case and is more than a joining word, or when `previous` stops
    /// where a title cannot ("Inspection of the Royal Borough of"). It never does when it opens a
    /// second title, with or without a joining word before it.
    private static func continues(_ previous: String, with line: String) -> Bool {
        let words = line.split(separator: " ")
        guard let first = words.first else { return false }
        if ["and", "or", "&"].contains(first) {
            if words.count == 1 || opensTitle(words.dropFirst().joined(separator: " ")) { return false }
        }
        if first.first?.isLowercase == true { return true }
        guard !opensTitle(line), !LabelledFields.inspectionDateLabels.contains(where: line.hasPrefix) else {
            return false
        }
        return AuthorityName.endsUnfinished(previous)
    }
}

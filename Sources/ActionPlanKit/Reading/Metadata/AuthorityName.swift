import Foundation

/// Finds the local authority a report is about, as the report names it.
///
/// Reports name it in one of four places: inside an ILACS title ("Inspection of Norfolk local
/// authority children's services"), in the lines above a title ("Norfolk County Council" over
/// "Inspection of services for children in need…"), in the line under one ("# Inspection of
/// safeguarding" then "## Nottinghamshire"), or, in a cabinet paper, in the sentence that reports
/// the inspection ("…Looked after Children Services in Dudley which took place…").
enum AuthorityName {
    /// How far into the document the title block may start.
    static let headerLines = 12

    /// The authority named in `lines` (already stripped of Markdown marks), or `nil`.
    static func find(in lines: some MetadataLines) -> String? {
        let header = lines.lazy.filter { !$0.isEmpty && !isPageNumber($0) }.prefix(headerLines)
        let headerLines = Array(header)
        let found =
            insideTitle(headerLines) ?? aboveTitle(headerLines) ?? belowTitle(headerLines, all: lines)
            ?? inReportingSentence(lines)
        // A name the table knows is trusted; otherwise a cover line or two that names a council is better.
        if let found, Authorities.resolve(found) != nil { return found }
        return onCover(headerLines) ?? found ?? servicesIn(lines)
    }

    /// How far into a report the sentences naming its council's services are looked for.
    static let sentenceLines = 400

    /// "Children’s services in Norfolk require improvement": the council a sentence about its services or
    /// children names, where it is one the table knows; the longest run of capitalised words that resolves.
    static func servicesIn(_ lines: some MetadataLines) -> String? {
        for index in lines.indices.prefix(sentenceLines) {
            guard lines.mayHold(" in ", at: index, caseSensitive: true) else { continue }
            guard lines[index].contains("services in ") || lines[index].contains("children in ") else {
                continue
            }
            // The name may wrap onto the next line ("services in Bournemouth," / "Christchurch and Poole").
            let line = index + 1 < lines.endIndex ? lines[index] + " " + lines[index + 1] : lines[index]
            var searchStart = line.startIndex
            while let found = line.range(of: " in ", range: searchStart..<line.endIndex) {
                searchStart = found.upperBound
                let words = line[found.upperBound...].split(separator: " ").prefix(7).map { word in
                    var word = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()"))
                    for possessive in ["’s", "'s"] where word.hasSuffix(possessive) { word.removeLast(2) }
                    return word
                }
                guard words.first?.first?.isUppercase == true else { continue }
                for count in stride(from: words.count, through: 1, by: -1) {
                    let name = words.prefix(count).joined(separator: " ")
                    if isName(name), Authorities.resolve(name) != nil { return name }
                }
            }
        }
        return nil
    }

    /// The first line, or two lines joined, of the cover that name a council the table knows: the cover
    /// of a 2013 report prints its two-line title, then the council, perhaps wrapped over two lines.
    static func onCover(_ header: [String]) -> String? {
        for (index, line) in header.enumerated() where isName(line) {
            if index + 1 < header.count, isName(header[index + 1]) {
                let joined = line + " " + header[index + 1]
                if endsUnfinished(line), Authorities.resolve(joined) != nil { return joined }
            }
            if Authorities.resolve(line) != nil { return line }
        }
        return nil
    }

    /// Whether a name's line stops where a name cannot end ("London Borough of Hammersmith and").
    static func endsUnfinished(_ line: String) -> Bool {
        guard let last = line.split(separator: " ").last else { return false }
        return ["and", "of", "upon", "on", "with", "the", "le"].contains(last.lowercased())
    }

    /// "Inspection of Norfolk local authority children's services", "Inspection of Kent County
    /// Council children's services", perhaps wrapped over lines; a leading "the" is dropped.
    static func insideTitle(_ header: [String]) -> String? {
        var joined = header.prefix(4).joined(separator: " ")
        // Foundation's replacement costs far more than the byte search that shows most titles lack "’".
        if ASCIIText.contains(joined, bytesOf: "’") {
            joined = joined.replacingOccurrences(of: "’", with: "'")
        }
        guard let start = ASCIIText.foundationRange(of: "Inspection of ", in: joined[...]) else { return nil }
        let rest = joined[start.upperBound...]
        let ends = [" local authority children's services", " children's services"].compactMap {
            ASCIIText.foundationRange(of: $0, in: rest)?.lowerBound
        }
        guard let end = ends.min() else { return nil }
        var name = rest[..<end].trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("the ") { name.removeFirst(4) }
        return isName(name) ? name : nil
    }

    /// The line or two above a title that opens the document ("The Royal Borough of Windsor and" /
    /// "Maidenhead" over "Inspection of services for children…").
    static func aboveTitle(_ header: [String]) -> String? {
        guard let title = header.firstIndex(where: isTitle), (1...2).contains(title) else { return nil }
        let name = header[..<title].joined(separator: " ")
        return isName(name) ? name : nil
    }

    /// The line under an opening title ("## Nottinghamshire"); when the title runs into the name
    /// ("…protection of children London Borough of Sutton"), the page header that repeats the name.
    static func belowTitle(_ header: [String], all lines: some MetadataLines) -> String? {
        guard let title = header.firstIndex(where: isTitle), title == 0 else { return nil }
        // A title wrapped over lines continues in lower case ("protection of children").
        var next = 1
        while next < min(header.count, 4), header[next].first?.isLowercase == true { next += 1 }
        if header.count > next, isName(header[next]), !header[next].contains(":") {
            if header.count > next + 1, endsUnfinished(header[next]), isName(header[next + 1]),
                !header[next + 1].contains(":")
            {
                return header[next] + " " + header[next + 1]
            }
            return header[next]
        }
        let titleLine = header[title]
        let words = titleLine.split(separator: " ")
        let shortLines = Set(lines.filter { isName($0) && $0 != titleLine })
        for count in stride(from: min(6, words.count - 1), through: 1, by: -1) {
            let tail = words.suffix(count).joined(separator: " ")
            if shortLines.contains(tail) { return tail }
        }
        return nil
    }

    /// "…Services in Dudley which took place…": the capitalised words after " in " in the sentence
    /// that says when the inspection took place.
    static func inReportingSentence(_ lines: some MetadataLines) -> String? {
        // The byte search rules out almost every line before the slower character comparison confirms.
        guard
            let index = lines.indices.first(where: { index in
                guard lines.mayHold("took place", at: index, caseSensitive: true) else { return false }
                let line = lines[index]
                return TextSearch.range(of: "took place", in: line, caseSensitive: true) != nil
                    && line.contains("took place") && line.contains("nspection")
            })
        else {
            return nil
        }
        let line = lines[index]
        var searchStart = line.startIndex
        while let found = line.range(of: " in ", range: searchStart..<line.endIndex) {
            let words = line[found.upperBound...].split(separator: " ").prefix { word in
                word.first?.isUppercase == true || ["and", "of", "upon", "on"].contains(word)
            }
            let name = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".,;"))
            if isName(name), monthFree(name) { return name }
            searchStart = found.upperBound
        }
        return nil
    }

    /// Whether `line` is a report title ("Inspection of …", "Re-inspection of …", "Review of …").
    static func isTitle(_ line: String) -> Bool {
        ["Inspection of ", "Re-inspection of ", "Reinspection of ", "Review of "].contains {
            line.hasPrefix($0)
        }
    }

    /// Whether `text` could be an authority's name: a few capitalised words, no digits, no sentence.
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...8).contains(words.count), words.first?.first?.isUppercase == true,
            !text.contains(where: { $0.isNumber || ".:;!?".contains($0) })
        else { return false }
        let lowercase = words.filter { $0.first?.isLowercase == true }
        return lowercase.allSatisfy {
            [
                "and", "of", "upon", "on", "the", "with", "in", "le", "city", "council", "county", "borough",
                "metropolitan", "district", "royal",
            ].contains($0)
        }
    }

    private static func monthFree(_ name: String) -> Bool {
        !DateToken.scan(name).contains { if case .month = $0 { true } else { false } }
    }

    private static func isPageNumber(_ line: String) -> Bool {
        line.allSatisfy { $0.isNumber || $0 == " " }
    }
}

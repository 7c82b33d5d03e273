import Foundation
import Testing

@testable import ActionPlanKit

/// Each byte-level twin of the reader (`Type+Bytes.swift`) against the library's own `Character`
/// version beside it (`Type.swift`), on the lines of real reports: the sample reports, and an eighth
/// of the shared corpus in both its text forms when it is there.
///
/// A twin may decline a line (`nil`) and leave it to characters; where it answers, it must give what
/// characters give, and it must answer for most lines, or it would be no fast path.
@Suite("Byte-level twins give what their character versions give")
struct ByteTwinTests {
    /// The texts of the reports, line endings normalised as the reader does.
    static let reports: [String] = {
        var texts = FixtureReportTests.names.compactMap { name in
            try? TextDecoding.decode(FixtureReportTests.fixture(name, "txt"))
        }
        if let corpus = CorpusTests.corpus {
            for form in ["text", "plain"] {
                let folder = corpus.appendingPathComponent(form)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                for (position, name) in names.sorted().enumerated()
                where name.hasSuffix(".txt") && position % 8 == 0 {
                    guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else {
                        continue
                    }
                    texts.append(TextDecoding.decode(data))
                }
            }
        }
        return texts.map(TextDecoding.normalizingLineEndings)
    }()

    /// Every line of every report, as the page stage gives them, then lines of shapes the sample rarely
    /// holds: pages past 99, a no-break space after a list number, cells two spaces apart.
    static let lines: [SourceLine] =
        reports.flatMap(PageSplitter.lines(of:))
        + [
            "Page 123 of 140", "- 104 -", "  117  ", "12.\u{A0}Ensure that plans are reviewed",
            "7)\u{A0}\u{A0}",
            "Overall effectiveness  Good", "1.  Children’s services  Requires improvement to be good",
            "Leadership and management  |  Grade 3 (Adequate)", "Page 1234", "**Published:** 17 October 2011",
            "<b>Lead inspector</b>: Jane Smith", "__Inspection dates__: 1–12 May 2012",
            "> Report pub*lished: 2013",
        ].enumerated().map { SourceLine(number: $0.offset + 1, page: 0, text: $0.element[...]) }

    /// The cells of every line that has more than one, and every line's text without marks: the
    /// texts a judgements table's area and grade tests see.
    static let cellTexts: [String] = lines.flatMap { line in
        // Only a line with a tab, a pipe or two spaces in a row has more than one cell.
        let mayHaveCells = line.text.contains("\t") || line.text.contains("|") || line.text.contains("  ")
        let cells = mayHaveCells ? JudgementTable.cellTexts(line.text) : []
        return cells.count > 1 ? cells : [line.text.trimmingMarks()]
    }

    /// Counts where the byte-level twin answered and where it declined, and the first disagreements.
    struct Tally {
        var answered = 0
        var declined = 0
        var disagreements: [String] = []

        mutating func check<T: Equatable>(
            _ input: some StringProtocol, bytes: T?, characters: @autoclosure () -> T
        ) {
            guard let bytes else {
                declined += 1
                return
            }
            answered += 1
            let expected = characters()
            if bytes != expected, disagreements.count < 10 {
                disagreements.append(
                    "\(String(reflecting: String(input))): bytes \(bytes), characters \(expected)")
            }
        }

        /// Checks there were no disagreements and that the twin answered for most inputs.
        func expectAgreement(sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(
                disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
            #expect(
                answered > 10 * declined, "answered \(answered), declined \(declined)",
                sourceLocation: sourceLocation)
        }
    }

    @Test("the lines are real reports' lines, in their thousands")
    func enoughLines() {
        #expect(Self.reports.count >= 5)
        #expect(Self.lines.count > 2_000)
    }

    @Test("PageFurniture.pageNumberOnBytes gives isPageNumberByCharacters")
    func pageNumbers() {
        var tally = Tally()
        var pageNumbers = 0
        for line in Self.lines {
            let bytes = ASCIIText.withBytes(line.text, PageFurniture.pageNumberOnBytes)
            tally.check(
                line.text, bytes: bytes, characters: PageFurniture.isPageNumberByCharacters(line.text))
            if bytes == true { pageNumbers += 1 }
        }
        tally.expectAgreement()
        #expect(pageNumbers > 20, "the reports' page numbers are among the lines")
    }

    /// Lines whose shape equals an ASCII line's shape as text, though their bytes differ: the Kelvin sign
    /// is canonically "K", the Greek question mark ";" and the Greek varia "`".
    static let canonicalTwins = [
        "Ofsted \u{212A}eeping children safe 12", "Ofsted Keeping children safe 12",
        "Children\u{037E} page 4", "Children; page 4", "Report \u{1FEF} page 9", "Report ` page 9",
    ]

    @Test("PageFurniture.ShapePrint fingerprints shape(of:): equal shapes, equal fingerprints")
    func shapePrints() {
        var printsByShape: [String: Set<UInt64>] = [:]
        var asciiShapes: Set<String> = []
        var nonASCII: [(shape: String, mayEqualASCII: Bool)] = []
        for text in Self.lines.map(\.text) + Self.canonicalTwins.map({ $0[...] }) {
            guard let found = ASCIIText.withBytes(text, PageFurniture.ShapePrint.init) else { continue }
            let shape = PageFurniture.shape(of: text)
            if text.utf8.allSatisfy({ $0 < 128 }) {
                printsByShape[shape, default: []].insert(found.value)
                asciiShapes.insert(shape)
            } else {
                #expect(found.value == 0, "a non-ASCII line has the fingerprint 0: \(text)")
                nonASCII.append((shape, found.mayEqualASCII))
            }
        }
        #expect(printsByShape.count > 1_000)
        let split = printsByShape.filter { $0.value.count > 1 }.keys.sorted()
        #expect(split.isEmpty, "shapes with more than one fingerprint: \(split.prefix(5))")
        // Shapes compare as text (canonically), so a non-ASCII line whose shape equals an ASCII one must
        // say so, or the fingerprints would keep it from its running line.
        let unmarked = nonASCII.filter { !$0.mayEqualASCII && asciiShapes.contains($0.shape) }.map(\.shape)
        #expect(unmarked.isEmpty, "\(unmarked.prefix(5))")
        #expect(nonASCII.filter(\.mayEqualASCII).count >= 3)
    }

    @Test("ListMarkerScanner's byte-level number scan gives scanNumberByCharacters")
    func listNumbers() {
        var tally = Tally()
        var turnedAway = 0
        var wronglyTurnedAway: [String] = []
        for line in Self.lines {
            let text = line.text.drop { $0 == " " || $0 == "\t" }
            let characters = ListMarkerScanner.scanNumberByCharacters(text)
            guard ASCIIText.withBytes(text, ListMarkerScanner.mayStartNumber) else {
                turnedAway += 1
                if characters != nil { wronglyTurnedAway.append(String(text)) }
                continue
            }
            // The outer optional is the twin's: `nil` leaves the line to characters.
            let bytes: Found?? = ASCIIText.withBytes(text, ListMarkerScanner.numberOnBytes).map {
                value, offset in
                Found(value: value, rest: String(text[text.utf8.index(text.startIndex, offsetBy: offset)...]))
            }
            tally.check(text, bytes: bytes, characters: characters.map { Found(value: $0, rest: String($1)) })
        }
        #expect(wronglyTurnedAway.isEmpty, "\(wronglyTurnedAway.prefix(5))")
        #expect(turnedAway > 1_000)
        tally.expectAgreement()
    }

    /// A list number and the words after it.
    struct Found: Equatable, CustomStringConvertible {
        var value: Int
        var rest: String
        var description: String { "\(value) then \(String(reflecting: rest))" }
    }

    @Test("JudgementTable.byteCellTexts gives cellTexts")
    func cells() {
        var tally = Tally()
        // Tabbed rows laid out as `pdftotext -layout` lays them, two spaces apart, as well.
        let laidOut = Self.lines.map(\.text).filter { $0.contains("\t") }.map {
            $0.replacingOccurrences(of: "\t", with: "  ")[...]
        }
        #expect(laidOut.count > 10)
        for text in Self.lines.map(\.text) + laidOut {
            tally.check(
                text, bytes: ASCIIText.withBytes(text, JudgementTable.byteCellTexts),
                characters: JudgementTable.cellTexts(text))
        }
        tally.expectAgreement()
    }

    @Test("JudgementTable.Scanner.mightStartTable turns away no line that would start a table")
    func tableStarts() {
        var startsTable = 0
        var missed: [String] = []
        for line in Self.lines {
            let cells = JudgementTable.cells(line.text)
            let starts =
                JudgementTable.isSummary(line.text.trimmingMarks()) || JudgementTable.Scanner.isHeader(cells)
                || JudgementTable.Scanner.isRow(cells)
            // The pretest does not let a row whose grade wraps ("Overall effectiveness   Requires
            // improvement to") start a table by itself, as on main: a header line above must start it.
            if case .grade(let grade) = cells.last, Grade.fragment(grade) == .start { continue }
            guard starts else { continue }
            startsTable += 1
            if !JudgementTable.Scanner.mightStartTable(line.text) { missed.append(String(line.text)) }
        }
        #expect(startsTable > 20, "the reports' judgement tables are among the lines")
        #expect(missed.isEmpty, "\(missed.prefix(5))")
    }

    @Test("JudgementTable.Scanner.byteAreaName gives areaNameByCharacters")
    func areaNames() {
        var tally = Tally()
        for text in Self.cellTexts {
            tally.check(
                text, bytes: ASCIIText.withBytes(text[...], JudgementTable.Scanner.byteAreaName),
                characters: JudgementTable.Scanner.areaNameByCharacters(text))
        }
        tally.expectAgreement()
    }

    @Test("Grade.asciiNormalised gives normalisedByCharacters")
    func gradeNormalising() {
        var tally = Tally()
        for text in Self.cellTexts + Self.lines.map({ String($0.text) }) {
            tally.check(
                text, bytes: ASCIIText.withBytes(text[...], Grade.asciiNormalised),
                characters: Grade.normalisedByCharacters(text))
        }
        tally.expectAgreement()
    }

    @Test("ItemAssembler.asciiCollapsed gives collapsingWhitespaceByCharacters")
    func whitespaceCollapsing() {
        var tally = Tally()
        // Whole pages too, so runs of blank lines and form feeds are collapsed as well as spaces.
        let pages = Self.reports.flatMap { $0.split(separator: "\u{0C}").prefix(3).map(String.init) }
        for text in Self.lines.map({ String($0.text) }) + pages {
            tally.check(
                text, bytes: ASCIIText.withBytes(text[...], ItemAssembler.asciiCollapsed),
                characters: ItemAssembler.collapsingWhitespaceByCharacters(text))
        }
        tally.expectAgreement()
    }

    @Test("LineClassifier's plain-words shortcut gives what the full classification gives")
    func lineShapes() {
        var plain = 0
        var disagreements: [String] = []
        for line in Self.lines {
            let shape = ASCIIText.withBytes(line.text, LineClassifier.LineShape.init)
            let utf8 = line.text.utf8
            let body = line.text[utf8.index(utf8.startIndex, offsetBy: shape.blanks)...]
            #expect(body.first.map { $0 != " " && $0 != "\t" } ?? true, "\(line.text)")
            guard shape.isPlainWords else { continue }
            plain += 1
            let full = LineClassifier.classify(line, body: body, indent: shape.indent)
            if LineClassifier.classify(line) != full, disagreements.count < 10 {
                disagreements.append(String(reflecting: String(line.text)))
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(plain > Self.lines.count / 4)
    }

    @Test("HeadingMatcher.startsWithFirstWordOnBytes gives startsWithFirstWordByLookup")
    func headingFirstWords() {
        var tally = Tally()
        var starts = 0
        for text in Self.lines.map({ String($0.text) }) + Self.cellTexts {
            let bytes = ASCIIText.withBytes(text[...], HeadingMatcher.startsWithFirstWordOnBytes)
            tally.check(
                text, bytes: Optional(bytes), characters: HeadingMatcher.startsWithFirstWordByLookup(text))
            if bytes { starts += 1 }
        }
        tally.expectAgreement()
        #expect(starts > 100)
    }

    @Test("LabelledFields.isClean passes only lines that plainByRemovingMarks leaves as they are")
    func cleanLines() {
        var clean = 0
        var changed: [String] = []
        for line in Self.lines where ASCIIText.withBytes(line.text, LabelledFields.isClean) {
            clean += 1
            if LabelledFields.plainByRemovingMarks(line.text) != String(line.text) {
                changed.append(String(line.text))
            }
        }
        #expect(changed.isEmpty, "\(changed.prefix(5))")
        #expect(clean > Self.lines.count / 2)
        #expect(LabelledFields.plain("**Published:** 17 October 2011") == "Published: 17 October 2011")
        // A list dash and no-break spaces at the ends are trimmed whichever way the line goes.
        #expect(LabelledFields.plain("- Published: 17 October 2011") == "Published: 17 October 2011")
        #expect(
            LabelledFields.plain("\u{A0}Published: 17 October 2011\u{A0}") == "Published: 17 October 2011")
    }

    @Test("PlainLines.mayHold rules out only lines whose plain text lacks the needle")
    func plainLineSearches() {
        let needles =
            [" in ", "took place", ":"] + LabelledFields.inspectionDateLabels + LabelledFields.publishedLabels
            + LabelledFields.inspectorLabels
        // The metadata stages search a report's opening lines, and the lines with marks anywhere.
        let lines = Self.lines.filter { $0.number <= 120 || $0.text.contains(where: { "*<_".contains($0) }) }
        var ruledOut = 0
        var missed: [String] = []
        for line in lines {
            let plain = LabelledFields.plain(line.text)
            for needle in needles {
                for caseSensitive in [true, false] {
                    let mayHold = ASCIIText.withBytes(line.text) {
                        PlainLines.mayHold(needle, raw: $0, caseSensitive: caseSensitive)
                    }
                    guard !mayHold else { continue }
                    ruledOut += 1
                    if TextSearch.range(of: needle, in: plain, caseSensitive: caseSensitive) != nil {
                        missed.append("\(needle) in \(String(reflecting: plain))")
                    }
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.prefix(5))")
        #expect(ruledOut > lines.count)
    }

    @Test("PageSplitter's byte-level line spans give the text's lines split at line feeds")
    func lineSpans() {
        for text in Self.reports {
            let lines = PageSplitter.lines(of: text)
            let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
            var expected = pieces.map { String($0.filter { $0 != "\u{0C}" }) }
            // A form feed starts a page, and the line it sits on is on the new page.
            var pages = pieces.map { $0.utf8.filter { $0 == 12 }.count }
            for index in pages.indices.dropFirst() { pages[index] += pages[index - 1] }
            if expected.count > 1, expected.last == "" {
                expected.removeLast()
                pages.removeLast()
            }
            #expect(lines.map { String($0.text) } == expected)
            #expect(lines.map(\.page) == pages)
            #expect(lines.map(\.number) == Array(1...lines.count))
        }
    }
}

import Foundation

/// A committee paper as a Word document: headings, paragraphs and tables, written as `.docx` by ``data()``.
///
/// Pages are A4 landscape, as councils print action plans. Every table's header row repeats at the
/// top of each page it runs onto, and a RAG cell is filled in its colour and carries the word, so
/// the paper reads the same printed in black and white.
public struct WordDocument: Hashable, Sendable {
    /// One block of the document, in reading order.
    public enum Block: Hashable, Sendable {
        /// A heading: level 0 is the paper's title, 1 a section, 2 a subsection.
        case heading(String, level: Int)
        /// A paragraph of runs.
        case paragraph([Run])
        /// A table.
        case table(Table)
    }

    /// A stretch of text with one look.
    public struct Run: Hashable, Sendable {
        /// The text; a line feed breaks the line.
        public var text: String
        /// Whether it is bold.
        public var bold: Bool

        /// Creates a run.
        public init(_ text: String, bold: Bool = false) {
            self.text = text
            self.bold = bold
        }
    }

    /// A table: a header row that repeats on every page, then rows.
    public struct Table: Hashable, Sendable {
        /// The column headers.
        public var headers: [String]
        /// Each column's share of the page's width, in any unit; the writer scales them.
        public var widths: [Int]
        /// The rows under the header.
        public var rows: [Row]

        /// Creates a table; without `widths`, columns share the width equally.
        public init(headers: [String], widths: [Int]? = nil, rows: [Row]) {
            self.headers = headers
            self.widths = widths ?? Array(repeating: 1, count: headers.count)
            self.rows = rows
        }
    }

    /// One row of a table.
    public enum Row: Hashable, Sendable {
        /// Cells, one per column.
        case cells([Cell])
        /// One cell across every column, shaded: a heading within the table, such as a recommendation.
        case banner([Run])
    }

    /// One cell of a table.
    public struct Cell: Hashable, Sendable {
        /// The cell's runs.
        public var runs: [Run]
        /// The RAG colour it is filled with, if any.
        public var rag: RAG?

        /// Plain text.
        public init(_ text: String) {
            runs = [Run(text)]
        }

        /// Runs of text, optionally filled in a RAG colour.
        public init(runs: [Run], rag: RAG? = nil) {
            self.runs = runs
            self.rag = rag
        }

        /// A RAG cell: its word in bold, then the reason.
        public static func rag(_ rag: RAG, word: String, reason: String?) -> Cell {
            var runs = [Run(word, bold: true)]
            if let reason, !reason.isEmpty { runs.append(Run("\n" + reason)) }
            return Cell(runs: runs, rag: rag)
        }
    }

    /// The document's title, shown in File > Properties.
    public var title: String
    /// The blocks, in reading order.
    public var blocks: [Block]

    /// Creates a document.
    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

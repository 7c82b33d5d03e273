/// The Office Open XML files `actionplan` writes: binary, so never shown on a terminal.
public enum OfficeFormat: String, CaseIterable, Hashable, Sendable {
    /// An Excel workbook.
    case xlsx
    /// A Word document.
    case docx

    /// The file extension, without the dot; the same as the format's name.
    public var fileExtension: String { rawValue }

    /// What the file is, for messages: "an Excel workbook".
    public var noun: String {
        switch self {
        case .xlsx: "an Excel workbook"
        case .docx: "a Word document"
        }
    }
}

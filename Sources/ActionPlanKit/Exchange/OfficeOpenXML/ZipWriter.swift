import Foundation

/// Writes a zip archive (APPNOTE 6.3) of stored entries, the container of `.xlsx` and `.docx` files.
///
/// Entries are stored, not compressed: Excel, Word and LibreOffice open stored packages, and a
/// committee's workbook is small. Every entry carries the same fixed time (1 January 1980), so the
/// same content always makes the same bytes and a test can compare two exports.
public struct ZipWriter: Sendable {
    /// One entry as the central directory lists it.
    private struct Entry: Sendable {
        var name: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []

    /// Creates an empty archive.
    public init() {}

    /// Adds a file named `path` (forward slashes, no leading slash) holding `data`.
    ///
    /// - Throws: ``ZipError/tooLarge`` past the 4 GiB and 65,535-entry limits of a zip without Zip64.
    public mutating func add(_ path: String, _ data: some Collection<UInt8>) throws(ZipError) {
        let name = Array(path.utf8)
        guard data.count < Int(UInt32.max), bytes.count < Int(UInt32.max) - data.count - 30 - name.count,
            entries.count < Int(UInt16.max) - 1, name.count < Int(UInt16.max)
        else { throw .tooLarge }
        let entry = Entry(
            name: name, crc: CRC32.checksum(data), size: UInt32(data.count), offset: UInt32(bytes.count))
        append32(0x0403_4B50)  // local file header
        appendCommonFields(of: entry)
        append16(0)  // extra field length
        bytes += name
        bytes += data
        entries.append(entry)
    }

    /// Adds a text file, as UTF-8.
    public mutating func add(_ path: String, text: String) throws(ZipError) {
        try add(path, Array(text.utf8))
    }

    /// The finished archive: the entries, then the central directory that indexes them.
    public func finish() throws(ZipError) -> Data {
        var archive = self
        let directoryStart = archive.bytes.count
        for entry in entries {
            archive.append32(0x0201_4B50)  // central directory header
            archive.append16(20)  // made by: MS-DOS attributes, version 2.0
            archive.appendCommonFields(of: entry)
            archive.append16(0)  // extra field length
            archive.append16(0)  // comment length
            archive.append16(0)  // disk number
            archive.append16(0)  // internal attributes
            archive.append32(0)  // external attributes
            archive.append32(entry.offset)
            archive.bytes += entry.name
        }
        let directorySize = archive.bytes.count - directoryStart
        guard archive.bytes.count < Int(UInt32.max) - 22 else { throw .tooLarge }
        archive.append32(0x0605_4B50)  // end of central directory
        archive.append16(0)  // this disk
        archive.append16(0)  // disk holding the directory
        archive.append16(UInt16(entries.count))
        archive.append16(UInt16(entries.count))
        archive.append32(UInt32(directorySize))
        archive.append32(UInt32(directoryStart))
        archive.append16(0)  // comment length
        return Data(archive.bytes)
    }

    /// The fields the local header and the central directory share, from "version needed" to the name length.
    private mutating func appendCommonFields(of entry: Entry) {
        append16(10)  // version needed: 1.0, stored
        append16(0x0800)  // flags: names are UTF-8
        append16(0)  // method: stored
        append16(0)  // time: 00:00:00
        append16(0x0021)  // date: 1980-01-01
        append32(entry.crc)
        append32(entry.size)  // compressed size
        append32(entry.size)  // uncompressed size
        append16(UInt16(entry.name.count))
    }

    private mutating func append16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        append16(UInt16(value & 0xFFFF))
        append16(UInt16(value >> 16))
    }
}

/// Why a zip archive could not be written or read.
public enum ZipError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The archive would pass the limits of a zip without Zip64 (4 GiB, 65,535 entries).
    case tooLarge
    /// The bytes are not a zip archive: no end-of-central-directory record was found.
    case notZip
    /// The archive is cut short or its directory points outside it; `detail` says where.
    case damaged(String)
    /// An entry is compressed with a method other than stored or deflate.
    case unsupportedMethod(entry: String, method: Int)
    /// An entry is encrypted.
    case encrypted(entry: String)
    /// An entry inflates past the size its header declares, or past the reader's limit: a zip bomb.
    case tooBig(entry: String, limit: Int)
    /// An entry's checksum does not match its contents.
    case checksumMismatch(entry: String)
    /// The deflate stream of an entry is malformed.
    case badDeflate(entry: String, detail: String)

    /// What is wrong, in words.
    public var description: String {
        switch self {
        case .tooLarge: "the archive would be larger than a zip file can hold (4 GiB or 65,535 files)"
        case .notZip: "not a zip archive (no end-of-central-directory record)"
        case .damaged(let detail): "the zip archive is damaged: \(detail)"
        case .unsupportedMethod(let entry, let method):
            "\(entry) is compressed with method \(method); only stored and deflate are read"
        case .encrypted(let entry): "\(entry) is encrypted; save the workbook without a password"
        case .tooBig(let entry, let limit):
            "\(entry) unpacks to more than \(limit) bytes; refused as a possible zip bomb"
        case .checksumMismatch(let entry): "\(entry) fails its CRC-32 check; the file is damaged"
        case .badDeflate(let entry, let detail): "\(entry) is not valid deflate data: \(detail)"
        }
    }
}

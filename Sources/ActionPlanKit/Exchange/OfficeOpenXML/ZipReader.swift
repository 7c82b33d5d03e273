import Foundation

/// Reads the entries of a zip archive through its central directory, as Office applications do.
///
/// Only what `.xlsx` and `.docx` files use is read: stored and deflated entries, no Zip64, no
/// encryption. Every size is checked against the archive and against ``limit`` before anything is
/// unpacked, so a crafted file (a zip bomb, or a directory pointing past the end) is refused
/// rather than filling memory.
public struct ZipReader: Sendable {
    /// One file in the archive, as its central directory describes it.
    public struct Entry: Hashable, Sendable {
        /// Its path inside the archive, e.g. `xl/worksheets/sheet1.xml`.
        public var path: String
        /// 0 for stored, 8 for deflate.
        public var method: Int
        /// The CRC-32 of its contents.
        public var crc: UInt32
        /// Its size in the archive.
        public var compressedSize: Int
        /// Its size unpacked, as declared.
        public var size: Int
        /// Where its local header starts.
        var headerOffset: Int
        /// Its general-purpose flags.
        var flags: UInt16
    }

    /// The most bytes any one entry may unpack to (64 MiB by default): far above any real worksheet.
    public var limit: Int
    /// The entries, in directory order.
    public let entries: [Entry]
    private let bytes: [UInt8]

    /// Reads the central directory of `data`.
    ///
    /// - Throws: ``ZipError/notZip`` when there is no end-of-central-directory record, or
    ///   ``ZipError/damaged(_:)`` when the directory does not fit the bytes.
    public init(_ data: Data, limit: Int = 64 << 20) throws(ZipError) {
        self.limit = limit
        let bytes = [UInt8](data)
        self.bytes = bytes
        // The end record is 22 bytes plus a comment of up to 65,535: search backwards for it.
        guard bytes.count >= 22 else { throw .notZip }
        var end = -1
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while position >= lowest {
            if ZipReader.read32(bytes, position) == 0x0605_4B50 {
                end = position
                break
            }
            position -= 1
        }
        guard end >= 0 else { throw .notZip }
        let count = Int(ZipReader.read16(bytes, end + 10))
        let directorySize = Int(ZipReader.read32(bytes, end + 12))
        let directoryStart = Int(ZipReader.read32(bytes, end + 16))
        guard directoryStart <= end, directorySize <= end - directoryStart else {
            throw .damaged("the central directory lies outside the file")
        }
        var entries: [Entry] = []
        var offset = directoryStart
        for _ in 0..<count {
            guard offset + 46 <= end, ZipReader.read32(bytes, offset) == 0x0201_4B50 else {
                throw .damaged("central directory entry \(entries.count + 1) is missing")
            }
            let nameLength = Int(ZipReader.read16(bytes, offset + 28))
            let extraLength = Int(ZipReader.read16(bytes, offset + 30))
            let commentLength = Int(ZipReader.read16(bytes, offset + 32))
            guard offset + 46 + nameLength <= end else {
                throw .damaged("a file name runs past the directory")
            }
            let entry = Entry(
                path: String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self),
                method: Int(ZipReader.read16(bytes, offset + 10)), crc: ZipReader.read32(bytes, offset + 16),
                compressedSize: Int(ZipReader.read32(bytes, offset + 20)),
                size: Int(ZipReader.read32(bytes, offset + 24)),
                headerOffset: Int(ZipReader.read32(bytes, offset + 42)),
                flags: ZipReader.read16(bytes, offset + 8))
            entries.append(entry)
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The entry at `path`, if the archive has one; Office part names are matched without regard to case.
    public func entry(_ path: String) -> Entry? {
        entries.first { $0.path == path } ?? entries.first { $0.path.lowercased() == path.lowercased() }
    }

    /// The contents of the entry at `path`, or `nil` when there is none.
    public func contents(of path: String) throws(ZipError) -> [UInt8]? {
        guard let entry = entry(path) else { return nil }
        return try contents(of: entry)
    }

    /// The unpacked, checked contents of `entry`.
    public func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .encrypted(entry: entry.path) }
        guard entry.size <= limit else { throw .tooBig(entry: entry.path, limit: limit) }
        let header = entry.headerOffset
        guard header >= 0, header + 30 <= bytes.count, ZipReader.read32(bytes, header) == 0x0403_4B50 else {
            throw .damaged("the local header of \(entry.path) is missing")
        }
        let start =
            header + 30 + Int(ZipReader.read16(bytes, header + 26))
            + Int(ZipReader.read16(bytes, header + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .damaged("\(entry.path) runs past the end of the file")
        }
        let packed = bytes[start..<(start + entry.compressedSize)]
        let unpacked: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else {
                throw .damaged("\(entry.path) is stored but its two sizes differ")
            }
            unpacked = Array(packed)
        case 8:
            do {
                // The declared size bounds the output: more is refused as a bomb, less as damage.
                unpacked = try Inflater.inflate(packed, limit: entry.size)
            } catch .outputLimit {
                throw .tooBig(entry: entry.path, limit: entry.size)
            } catch {
                throw .badDeflate(entry: entry.path, detail: error.description)
            }
            guard unpacked.count == entry.size else {
                throw .damaged(
                    "\(entry.path) unpacks to \(unpacked.count) bytes, not the \(entry.size) declared")
            }
        default:
            throw .unsupportedMethod(entry: entry.path, method: entry.method)
        }
        guard CRC32.checksum(unpacked) == entry.crc else { throw .checksumMismatch(entry: entry.path) }
        return unpacked
    }

    private static func read16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(read16(bytes, offset)) | UInt32(read16(bytes, offset + 2)) << 16
    }
}

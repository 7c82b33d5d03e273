/// The CRC-32 checksum that zip archives carry for every entry (ISO 3309, reflected polynomial 0xEDB88320).
public struct CRC32: Hashable, Sendable {
    /// The checksum of the bytes given so far.
    public private(set) var value: UInt32 = 0

    /// Creates a checksum of no bytes.
    public init() {}

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Adds `bytes` to the checksum, so a long entry can be checked as it is inflated.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        var crc = ~value
        for byte in bytes {
            crc = CRC32.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        value = ~crc
    }

    /// The remainder of each byte value, so the checksum takes one look-up per byte rather than eight shifts.
    private static let table: [UInt32] = (0..<256).map { index in
        var entry = UInt32(index)
        for _ in 0..<8 {
            entry = entry & 1 == 1 ? 0xEDB8_8320 ^ (entry >> 1) : entry >> 1
        }
        return entry
    }
}

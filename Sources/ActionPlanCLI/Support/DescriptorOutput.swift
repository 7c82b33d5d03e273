import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output or standard error as a file descriptor that remembers its first failed write.
///
/// A report cut short by a full disk (`> /dev/full`) must not end in success: the tool checks
/// ``failure`` after the command and exits 74 (see ``CommandLineTool/run(_:)``). After a failure
/// nothing more is written, so a long report does not retry write after write.
public final class DescriptorOutput: @unchecked Sendable {
    private let descriptor: Int32
    // `lock` guards `failureCode`: commands may write from several threads.
    private let lock = NSLock()
    private var failureCode: Int32?

    /// An output over `descriptor`, e.g. `STDOUT_FILENO`.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Why a write failed, e.g. "No space left on device"; `nil` while every write has succeeded.
    public var failure: String? {
        lock.withLock { failureCode.map { String(cString: strerror($0)) } }
    }

    /// Writes all of `text`.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes all of `bytes`.
    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Writes all of `buffer`, however many writes it takes, unless a write has already failed.
    public func write(_ buffer: UnsafeRawBufferPointer) {
        lock.withLock {
            guard failureCode == nil, var next = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(descriptor, next, left)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    failureCode = written < 0 ? errno : EIO
                    return
                }
                next += written
                left -= written
            }
        }
    }
}

// libFuzzer target for the inflater, compiled together with the ActionPlanKit sources by run.sh.
import Foundation

/// Inflates arbitrary bytes as a raw deflate stream; it must refuse or succeed, never trap or overrun.
///
/// Whatever inflates must stay within the limit, and inflating with a limit one byte short of the
/// output must be refused as over the limit, so no path can write past what the caller allows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInflater(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let limit = 1 << 20
    guard let output = try? Inflater.inflate(bytes, limit: limit) else { return 0 }
    guard output.count <= limit else { fatalError("inflated past the limit") }
    if !output.isEmpty {
        do {
            _ = try Inflater.inflate(bytes, limit: output.count - 1)
            fatalError("a limit one byte short of the output was not enforced")
        } catch .outputLimit {
        } catch {
            fatalError("a smaller limit changed the outcome: \(error)")
        }
    }
    return 0
}

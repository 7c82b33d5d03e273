// libFuzzer target for the xlsx reader (zip directory, inflater, XML scanner, cells), compiled with
// the ActionPlanKit sources by run.sh.
import Foundation

/// Reads arbitrary bytes as an `.xlsx` workbook and as one XML part; both must refuse or succeed.
///
/// Whatever reads must give rows numbered in increasing order, as the sheet numbers them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let records = try? WorkbookReader.rows(data) {
        for (earlier, later) in zip(records, records.dropFirst()) where earlier.row >= later.row {
            fatalError("rows out of order: \(earlier.row) then \(later.row)")
        }
    }
    var scanner = XMLScanner([UInt8](data))
    while (try? scanner.next()) ?? nil != nil {}
    return 0
}

import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Holidays file")
struct BankHolidayFileTests {
    @Test("reads dates and descriptions, skipping comments and blank lines")
    func reading() throws {
        let text =
            "# proclaimed later\n\n2036-06-02  Extra bank holiday\r\n2036-09-14\tState occasion  # note\n"
        let days = try BankHolidayFile.parse(text, path: "Plans/bank-holidays.txt")
        #expect(days.map(\.day.description) == ["2036-06-02", "2036-09-14"])
        #expect(days.map(\.name) == ["Extra bank holiday", "State occasion"])
    }

    @Test(
        "names the line that is wrong",
        arguments: [
            ("2036-02-30  Impossible", CalendarError.badLine(path: "h.txt", line: 1, text: "2036-02-30")),
            ("\n\n02/06/2036 Extra", .badLine(path: "h.txt", line: 3, text: "02/06/2036")),
            ("2036-06-02  ok\n2036-06-03", .missingName(path: "h.txt", line: 2)),
        ])
    func errors(text: String, expected: CalendarError) {
        #expect(throws: expected) { try BankHolidayFile.parse(text, path: "h.txt") }
        #expect(expected.description.hasPrefix("h.txt:\(expected.line!): "))
    }

    @Test("the plans folder's file adds its days; a folder without one gives the standard calendar")
    func plansFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("holidays-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try BankHolidayFile.calendar(inPlansFolder: folder) == .standard)
        try "2036-06-02  Extra bank holiday\n".write(
            toFile: folder + "/bank-holidays.txt", atomically: true, encoding: .utf8)
        let calendar = try BankHolidayFile.calendar(inPlansFolder: folder)
        #expect(!calendar.isWorkingDay(CalendarDay(iso: "2036-06-02")!))
        #expect(WorkingCalendar.standard.isWorkingDay(CalendarDay(iso: "2036-06-02")!))
        try "2036-06-02\n".write(toFile: folder + "/bank-holidays.txt", atomically: true, encoding: .utf8)
        #expect(throws: CalendarError.missingName(path: folder + "/bank-holidays.txt", line: 1)) {
            try BankHolidayFile.calendar(inPlansFolder: folder)
        }
    }
}

extension CalendarError {
    /// The line the error names, if any.
    fileprivate var line: Int? {
        switch self {
        case .badLine(_, let line, _), .missingName(_, let line): line
        case .unreadable: nil
        }
    }
}

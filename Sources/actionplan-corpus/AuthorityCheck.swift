import ActionPlanKit
import Foundation

/// Whether each report's council is the one its file name says: corpus file names start with the
/// council's Ofsted URN, and the public lookup gives that URN's ONS code (`la_code_new`).
struct AuthorityCheck {
    /// The share of reports that must give their URN's code for the check to pass.
    static let required = 0.99

    /// The ONS code for each URN, from the lookup; empty when the file is missing.
    var codes: [String: String] = [:]
    /// Reports compared and reports agreeing, per text form.
    var compared: [String: Int] = [:]
    var agreed: [String: Int] = [:]
    /// "name (form): printed "…" gave CODE, the URN's council is CODE" for each miss.
    var misses: [String] = []

    /// Reads `la-lookup.csv` (one row per URN).
    init(lookup path: String) {
        guard let data = FileManager.default.contents(atPath: path),
            let records = try? CSV.records(in: data), let header = records.first?.fields,
            let urn = header.firstIndex(of: "urn"), let code = header.firstIndex(of: "la_code_new")
        else { return }
        for record in records.dropFirst() where record.fields.count == header.count {
            codes[record.fields[urn]] = record.fields[code]
        }
    }

    /// Compares one report's `authorityCode` with its file's URN; reports whose URN is not in the lookup
    /// are not counted.
    mutating func compare(_ report: Report, name: String, form: String) {
        guard let urn = name.split(separator: "_").first, let expected = codes[String(urn)] else { return }
        compared[form, default: 0] += 1
        if report.authorityCode == expected {
            agreed[form, default: 0] += 1
        } else {
            let printed = report.authorityAsPrinted.map { "\"\($0)\"" } ?? "no name"
            misses.append(
                "\(name) (\(form)): printed \(printed) gave \(report.authorityCode ?? "no code"), "
                    + "the URN's council is \(expected)")
        }
    }

    /// "text: 392/392 (100.0 %)" for each form.
    func summary(forms: [String]) -> [String] {
        forms.compactMap { form in
            guard let total = compared[form], total > 0 else { return nil }
            let agreeing = agreed[form] ?? 0
            return
                "\(form): \(agreeing)/\(total) (\(String(format: "%.1f", 100 * Double(agreeing) / Double(total))) %)"
        }
    }

    /// Whether every form reaches the required share.
    var passes: Bool {
        compared.allSatisfy { form, total in Double(agreed[form] ?? 0) >= Self.required * Double(total) }
    }
}

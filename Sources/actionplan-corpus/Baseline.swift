import Foundation

/// The committed count of recommendations per report and text form: `name<TAB>form<TAB>count`.
struct Baseline {
    /// The count for each "name\tform" key.
    var counts: [String: Int] = [:]

    static func key(_ name: String, _ form: String) -> String { "\(name)\t\(form)" }

    /// Reads the file; a missing file is an empty baseline.
    static func load(_ path: String) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { return Baseline() }
        var baseline = Baseline()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let count = Int(fields[2]) else { continue }
            baseline.counts[key(String(fields[0]), String(fields[1]))] = count
        }
        return baseline
    }

    /// "name (form): N in the baseline" for every report form that had recommendations here and has
    /// none in `current`; forms that could not be read this run are skipped.
    func lost(in current: Baseline, skippingForms skipped: Set<String>) -> [String] {
        counts.filter { key, count in
            count > 0 && (current.counts[key] ?? 0) == 0
                && !skipped.contains(String(key.split(separator: "\t").last ?? ""))
        }
        .keys.sorted().map { key in
            let parts = key.split(separator: "\t")
            return "\(parts[0]) (\(parts[1])): \(counts[key]!) in the baseline, none now"
        }
    }

    /// Writes the file sorted by name and form, so it diffs well.
    func write(_ path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lines = counts.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)\n" }
        try Data(lines.joined().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

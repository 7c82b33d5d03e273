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

    /// Writes the file sorted by name and form, so it diffs well.
    func write(_ path: String) throws {
        let lines = counts.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)\n" }
        try Data(lines.joined().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

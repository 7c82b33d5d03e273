/// The spread of several timed runs of one command: the figures the results table shows.
struct Timing: Sendable {
    /// The wall-clock times, in seconds, in the order they were taken.
    var seconds: [Double] = []
    /// The peak resident set sizes, in kilobytes.
    var peakKilobytes: [Int] = []
    /// Exit statuses other than 0 seen in any run.
    var failures: [Int32] = []

    /// Adds one run.
    mutating func record(_ sample: ProcessSample) {
        seconds.append(sample.seconds)
        peakKilobytes.append(sample.peakKilobytes)
        if sample.status != 0 { failures.append(sample.status) }
    }

    /// The median time (the mean of the middle two for an even count).
    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The fastest run.
    var min: Double { seconds.min() ?? .nan }
    /// The slowest run.
    var max: Double { seconds.max() ?? .nan }
    /// The highest peak memory of any run, in megabytes.
    var peakMegabytes: Double { Double(peakKilobytes.max() ?? 0) / 1024 }
}

/// Number formatting for the Markdown results.
enum Format {
    /// Seconds as milliseconds with one decimal, e.g. "212.4 ms".
    static func milliseconds(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "n/a" }
        return fixed(seconds * 1000, places: 1) + " ms"
    }

    /// `value` with `places` decimals.
    static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if places == 0 {
                text = String(text[..<dot])
            } else if decimals < places {
                text += String(repeating: "0", count: places - decimals)
            }
        }
        return text
    }

    /// A row of the timing table: median, min, max and peak memory.
    static func row(_ label: String, _ timing: Timing, extra: String = "") -> String {
        let status =
            timing.failures.isEmpty ? "" : " (exit \(timing.failures[0]) in \(timing.failures.count) runs)"
        return "| \(label)\(status) | \(milliseconds(timing.median)) | \(milliseconds(timing.min)) | "
            + "\(milliseconds(timing.max)) | \(fixed(timing.peakMegabytes, places: 1)) MB | \(extra) |"
    }

    /// The header of the timing table.
    static let header = "| command | median | min | max | peak RSS | notes |\n|---|---:|---:|---:|---:|---|"
}

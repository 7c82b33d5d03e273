import Foundation

extension ReportReader {
    /// Reads many report texts at once, one per processor core at a time; the reports come back in the
    /// order of `texts`, each exactly as ``parse(_:)-swift.type.method`` would give it.
    public static func parse(_ texts: [String]) -> [Report] {
        ParallelMap.map(texts, ReportReader.parse)
    }
}

extension ReportFile {
    /// Reads and parses the reports at `paths` at once, one per processor core at a time.
    ///
    /// The results come back in the order of `paths`, each as ``read(_:pdfText:)`` would give it: one
    /// file's error leaves the others to be read.
    public static func read(paths: [String], pdfText: PDFText = PDFText()) -> [Result<ReportFile, ReadError>]
    {
        ParallelMap.map(paths) { path in
            do throws(ReadError) {
                return .success(try read(path, pdfText: pdfText))
            } catch {
                return .failure(error)
            }
        }
    }
}

/// Maps a function over an array on every core, keeping the input's order.
enum ParallelMap {
    /// `items.map(transform)`, with the items spread over the cores by `DispatchQueue.concurrentPerform`.
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) -> Output
    ) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Output>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(transform(items[index]), at: index)
        }
        return slots.values
    }

    /// One slot per item; each iteration writes only its own slot, so no two threads touch the same one.
    private final class Slots<Output>: @unchecked Sendable {
        private var slots: [Output?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ value: Output, at index: Int) {
            // The array's buffer is shared; the lock keeps its copy-on-write check from racing.
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [Output] { slots.map { $0! } }
    }
}

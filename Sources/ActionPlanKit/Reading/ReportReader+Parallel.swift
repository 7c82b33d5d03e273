extension ReportReader {
    /// Reads many report texts at once, one per processor core at a time; the reports come back in the
    /// order of `texts`, each exactly as ``parse(_:)-swift.type.method`` would give it.
    public static func parse(_ texts: [String]) -> [Report] {
        concurrentMap(texts.count) { index in parse(texts[index]) }
    }
}

extension ReportFile {
    /// Reads and parses the reports at `paths` at once, one per processor core at a time.
    ///
    /// The results come back in the order of `paths`, each as ``read(_:pdfText:)`` would give it: one
    /// file's error leaves the others to be read.
    public static func read(paths: [String], pdfText: PDFText = PDFText()) -> [Result<ReportFile, ReadError>]
    {
        concurrentMap(paths.count) { index in
            do throws(ReadError) {
                return .success(try read(paths[index], pdfText: pdfText))
            } catch {
                return .failure(error)
            }
        }
    }
}

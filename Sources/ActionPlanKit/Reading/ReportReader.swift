/// Reads an inspection report's text into a ``Report``.
///
/// A pipeline of small stages, each a pure function over text: normalise line endings, split pages and
/// drop page furniture, classify lines, find the recommendation lists, assemble items, attach timescale,
/// section, number and lead. Metadata is read by its own stage.
public enum ReportReader {
    /// Reads report text already decoded to a string. Never fails: a text with no recommendations
    /// gives a report with none.
    public static func parse(_ text: String) -> Report {
        let source = PageSplitter.lines(of: TextDecoding.normalizingLineEndings(text))
        let metadata = MetadataReader.read(source.map(\.text))
        let lines = LineClassifier.classify(PageFurniture.removing(from: source))
        let lists = ListFinder.lists(in: lines)
        let council = metadata.authority.flatMap(Authorities.resolve)
        return Report(
            authority: council?.name ?? metadata.authority, inspectionStart: metadata.inspectionStart,
            inspectionEnd: metadata.inspectionEnd, published: metadata.published,
            leadInspector: metadata.leadInspector, judgements: metadata.judgements,
            recommendations: RecommendationBuilder.recommendations(from: lists, in: lines),
            authorityCode: council?.code, authorityAsPrinted: metadata.authority, title: metadata.title
        )
    }
}

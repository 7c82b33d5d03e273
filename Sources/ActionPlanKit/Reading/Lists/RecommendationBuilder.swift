/// The attach stage of the reader: turns found lists into recommendations with text, number, section and lead.
public enum RecommendationBuilder {
    /// The recommendations of every list, in report order.
    public static func recommendations(
        from lists: [RecommendationList], in lines: [ClassifiedLine]
    ) -> [Recommendation] {
        let sections = SectionNamer.names(of: lists, in: lines)
        var result: [Recommendation] = []
        for (list, section) in zip(lists, sections) {
            let items = list.items.flatMap { item in
                ThemedItemSplitter.split(item, in: lines).map { group in
                    RecommendationList.Item(
                        lines: group, printedNumber: item.printedNumber, timescale: item.timescale,
                        subItemStarts: item.subItemStarts, numberedWords: item.numberedWords)
                }
            }
            let texts = items.map { item in
                ItemAssembler.text(
                    of: item.lines.map { words(of: $0, in: item, lines: lines) },
                    subItemsAt: Set(
                        item.lines.indices.dropFirst().filter { item.subItemStarts.contains(item.lines[$0]) })
                )
            }
            let pieces = MergedItemSplitter.split(texts)
            for (item, parts) in zip(items, pieces) {
                for part in parts where !part.isEmpty {
                    result.append(
                        Recommendation(
                            number: item.printedNumber ?? result.count + 1, section: section,
                            // A heading's timescale rules its items; without one, the item's own words may set one.
                            timescale: item.timescale == .unspecified
                                ? Timescale.stated(in: part) ?? .unspecified : item.timescale,
                            text: part, lead: LeadFinder.lead(in: part), urgent: UrgencyFinder.isUrgent(part),
                            line: lines[item.lines[0]].number
                        ))
                }
            }
        }
        return result
    }

    /// A line's words, with its number put back where the number was a word of the sentence.
    private static func words(of index: Int, in item: RecommendationList.Item, lines: [ClassifiedLine])
        -> String
    {
        guard item.numberedWords.contains(index), let number = lines[index].marker?.number else {
            return lines[index].text
        }
        return lines[index].text.isEmpty ? "\(number)." : "\(number). \(lines[index].text)"
    }
}

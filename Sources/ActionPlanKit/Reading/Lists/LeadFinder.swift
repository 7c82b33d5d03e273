/// Finds the body a recommendation names as responsible for it.
///
/// "NHS Dudley and partners to review …" gives "NHS Dudley"; "the CSCB should ensure …" gives "the CSCB";
/// "With the SGLSB, implement …" gives "the SGLSB". A plain imperative ("Ensure …") names nobody.
public enum LeadFinder {
    /// Verbs that open a plain imperative recommendation.
    static let imperatives: Set<String> = [
        "ensure", "improve", "review", "develop", "strengthen", "establish", "extend", "implement", "take",
        "make", "provide", "increase", "reduce", "undertake", "scrutinise", "consider", "continue", "secure",
        "prioritise", "accelerate", "revise", "raise", "monitor", "evaluate", "embed", "further", "work",
        "put",
        "set", "use", "agree", "complete", "address", "identify", "promote", "support", "build", "enable",
        "clarify", "introduce", "produce", "do", "give", "offer", "check", "assure", "analyse", "record",
        "share",
        "listen", "respond", "act", "tackle", "focus", "create", "sustain", "maintain", "audit", "invest",
    ]

    /// Words that open a recommendation without naming a body: prepositions and quantifiers.
    static let openers: Set<String> = [
        "in", "for", "when", "where", "all", "a", "an", "as", "at", "by", "through", "within", "working",
        "to",
        "following", "once", "if", "while", "using", "alongside", "together",
    ]

    /// Words that show a phrase names an organisation or role rather than a thing.
    static let bodyWords: Set<String> = [
        "board", "council", "authority", "partnership", "partners", "police", "managers", "leaders", "school",
        "schools", "panel", "chair", "team", "teams", "trust", "service", "services", "agencies",
        "commissioners",
        "group", "officer", "officers", "director", "cabinet", "members", "health", "nhs", "providers",
        "agency",
        "committee", "hospital", "care", "workers", "practitioners", "professionals", "staff", "forum",
    ]

    /// Words that make a phrase a thing rather than a body ("the access to services", "the quality of plans").
    static let prepositions: Set<Substring> = [
        "of", "to", "for", "with", "against", "in", "on", "at", "from", "by",
    ]

    /// How many leading words ``lead(in:)`` reads; the words after them are left unsplit.
    static let wordsLookedAt = 17

    /// The body `text` names as responsible, or `nil` for a plain imperative.
    public static func lead(in text: String) -> String? {
        // Most items open with a plain imperative ("ensure …"), which names nobody: the first word
        // (the first piece the split below would give) answers for them before any splitting.
        let opening = text.drop { $0 == " " }.prefix { $0 != " " }
        if !opening.isEmpty, opening != "With", namesNobody(opening) { return nil }
        // Only the first 17 words are ever looked at: splitting the rest of a long item is wasted work.
        let words = text.split(separator: " ", maxSplits: wordsLookedAt + 1)
        // A subject, a verb and an object need three words at least; fewer would also empty the scan below.
        guard words.count >= 3, let first = words.first else { return nil }
        if first == "With" {
            guard startsWithName(words.dropFirst()) else { return nil }
            return body(afterWith: words.dropFirst())
        }
        if namesNobody(first) { return nil }
        for index in 1..<max(1, min(words.count - 1, 16)) {
            let word = words[index]
            let next = words[index + 1]
            let isModal: Bool
            switch word {
            case "should", "must": isModal = next != "be" && next.first?.isLowercase == true
            case "to": isModal = imperatives.contains(next.lowercased())
            case "needs", "need":
                isModal = next == "to" && index + 2 < words.count && words[index + 2] != "be"
            case "is", "are", "was", "were", "will", "can", "has", "have", "that", "which": return nil
            default:
                // "NHS Dudley and NHS providers ensure …": a bare verb needs a subject that is plainly a name.
                isModal =
                    imperatives.contains(String(word)) && startsWithName(words[..<index])
                    && words.first?.lowercased() != "the"
            }
            if word == "to" && !startsWithName(words[..<index]) { return nil }
            guard isModal else {
                if word == "should" || word == "must" || word == "needs" || word == "need" { return nil }
                if ASCIIText.foundationContains(word, ",") || ASCIIText.foundationContains(word, ";") {
                    return nil
                }
                continue
            }
            return cleaned(Array(words[..<index]))
        }
        return nil
    }

    /// Whether a first word other than "With" shows the item names nobody: a lowercase word other
    /// than "the", an imperative, an opener, or an adverb.
    static func namesNobody(_ first: Substring) -> Bool {
        let firstKey = first.lowercased()
        if first.first?.isLowercase == true && firstKey != "the" { return true }
        return imperatives.contains(firstKey) || openers.contains(firstKey) || firstKey.hasSuffix("ly")
    }

    /// Whether a phrase starts like a name: "the …", an acronym ("NHS"), or two capitalised words.
    static func startsWithName(_ words: ArraySlice<Substring>) -> Bool {
        guard let first = words.first else { return false }
        if first.lowercased() == "the" { return true }
        if first.count >= 2 && first.allSatisfy({ $0.isUppercase || $0.isNumber }) { return true }
        let second = words.dropFirst().first
        return first.first?.isUppercase == true && second?.first?.isUppercase == true
    }

    /// "With the SGLSB and relevant partners, take steps …" gives "the SGLSB".
    static func body(afterWith words: ArraySlice<Substring>) -> String? {
        var phrase: [Substring] = []
        for word in words.prefix(16) {
            if word.hasSuffix(",") {
                phrase.append(word.dropLast())
                return cleaned(phrase)
            }
            phrase.append(word)
        }
        return nil
    }

    /// The subject without "and its partners" and the like, if it names a body.
    static func cleaned(_ words: [Substring]) -> String? {
        var subject = words
        if let and = subject.lastIndex(of: "and"), and > 0,
            subject[(and + 1)...].last.map({ $0.lowercased().hasPrefix("partner") }) == true
        {
            subject = Array(subject[..<and])
        }
        // "The quality of supervision …" names a thing, not who is to act.
        guard !subject.isEmpty, subject.count <= 12, !subject.contains(where: { prepositions.contains($0) })
        else {
            return nil
        }
        // The last word says what the phrase is: "the LSCB annual report" is a report, not the board.
        guard let head = subject.last?.filter(\.isLetter), !head.isEmpty else { return nil }
        let isAcronym = head.count >= 2 && head.allSatisfy(\.isUppercase)
        let isName = subject.count > 1 && head.first?.isUppercase == true
        return isAcronym || isName || bodyWords.contains(head.lowercased())
            ? subject.joined(separator: " ") : nil
    }
}

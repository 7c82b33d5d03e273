/// The forms of a council's name that the resolver compares.
///
/// The exact form ignores case, punctuation, hyphens and "&"; the core form also sets aside the words that
/// say what kind of council it is, and a trust or safeguarding board named after it, which reports add
/// and drop freely ("Dudley Metropolitan Borough Council", "Dudley", "Dudley LSCB").
enum AuthorityKey {
    /// Lower case, letters and digits only, "&" as "and", apostrophes dropped, words single-spaced, no
    /// leading "the": "The Royal Borough of Windsor & Maidenhead" is "royal borough of windsor and maidenhead".
    static func exact(_ printed: String) -> String {
        var words: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        for character in printed.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" || character == "‘" {
                continue
            } else if character == "&" {
                endWord()
                words.append("and")
            } else {
                endWord()
            }
        }
        endWord()
        if words.first == "the", words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The exact form without the council's kind before or after its name, nor a trust or board after it:
    /// "london borough of sutton council" and "sutton lscb" are both "sutton".
    static func core(_ exact: String) -> String {
        var words = exact.split(separator: " ").map(String.init)
        var changed = true
        while changed, words.count > 1 {
            changed = false
            if let suffix = suffixes.first(where: { words.count > $0.count && words.ends(with: $0) }) {
                words.removeLast(suffix.count)
                changed = true
            }
            if let prefix = prefixes.first(where: { words.count > $0.count && words.starts(with: $0) }) {
                words.removeFirst(prefix.count)
                changed = true
            }
        }
        return words.joined(separator: " ")
    }

    /// Words after a name that say what body it is, longest first so the longest is taken.
    private static let suffixes: [[String]] = [
        "local safeguarding children board", "safeguarding children partnership",
        "safeguarding children board",
        "childrens services authority", "children and families trust", "childrens services trust",
        "childrens social care", "safeguarding board", "childrens services", "childrens trust",
        "children first",
        "local authority", "city of", "lscb", "council", "city", "county", "borough", "metropolitan",
        "district",
        "unitary", "authority", "corporation",
    ]
    .map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// Words before a name that say what kind of council it is, longest first.
    private static let prefixes: [[String]] = [
        "metropolitan borough of", "london borough of", "royal borough of", "city and county of",
        "council of the", "borough of", "city of", "county of", "council of", "county", "the",
    ]
    .map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
}

extension Array where Element: Equatable {
    /// Whether the array ends with `suffix`.
    fileprivate func ends(with suffix: [Element]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}

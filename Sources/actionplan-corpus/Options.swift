/// The command line: an optional corpus folder and five options.
struct Options {
    var corpusDirectory = "../shared/corpus"
    var baselinePath = "Tests/CorpusBaseline/recommendations.tsv"
    /// The council lookup; `nil` means `../data/la-lookup.csv` beside the corpus.
    var lookupPath: String?
    var updateBaseline = false
    var listDisagreements = false
    var trace = false

    /// Scans the arguments; `nil` on anything it does not know.
    init?(_ arguments: [String]) {
        var rest = arguments[...]
        var directories: [String] = []
        while let argument = rest.popFirst() {
            switch argument {
            case "--update-baseline": updateBaseline = true
            case "--disagreements": listDisagreements = true
            case "--trace": trace = true
            case "--lookup":
                guard let path = rest.popFirst() else { return nil }
                lookupPath = path
            case "--baseline":
                guard let path = rest.popFirst() else { return nil }
                baselinePath = path
            default:
                guard !argument.hasPrefix("-") else { return nil }
                directories.append(argument)
            }
        }
        guard directories.count <= 1 else { return nil }
        corpusDirectory = directories.first ?? corpusDirectory
    }
}

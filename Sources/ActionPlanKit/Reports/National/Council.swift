/// The council a plan is about, as the national view groups plans: one per ONS code, named canonically.
///
/// A plan that stores its council's code (`source.authorityCode`) is grouped by the code of the table's
/// record for it, so a former code (Buckinghamshire's E10000002) joins the council's current one. A plan
/// written before codes were stored is placed by its printed name where that resolves to one council the
/// way the reader resolves it, and otherwise grouped under the name as printed.
public struct Council: Hashable, Sendable, Comparable {
    /// What plans of the same council share: the ONS code, else `name:` and the printed name in lower case.
    public var key: String
    /// The canonical name ("Dudley"), else the name as printed, else "Council not named".
    public var name: String
    /// The ONS code of the council's record, when known.
    public var code: String?
    /// The English region, when the council is in the table.
    public var region: String?

    /// The council of a plan whose report is `source`.
    public init(of source: SourceReport) {
        let authority =
            source.authorityCode.flatMap(Authorities.authority(code:))
            ?? (source.authorityCode == nil ? source.authority.flatMap(Authorities.resolve) : nil)
        if let authority {
            self.init(
                key: authority.code, name: authority.name, code: authority.code, region: authority.region)
        } else if let code = source.authorityCode {
            // A code the table does not hold still keeps its plans together.
            self.init(key: code, name: source.authority ?? code, code: code, region: nil)
        } else if let printed = source.authority, !printed.isEmpty {
            self.init(key: "name:" + printed.lowercased(), name: printed, code: nil, region: nil)
        } else {
            self.init(key: "", name: "Council not named", code: nil, region: nil)
        }
    }

    /// The council with an authority table record.
    public init(_ authority: Authority) {
        self.init(key: authority.code, name: authority.name, code: authority.code, region: authority.region)
    }

    private init(key: String, name: String, code: String?, region: String?) {
        self.key = key
        self.name = name
        self.code = code
        self.region = region
    }

    /// Councils in alphabetical order of name, then key, so a listing reads like an index.
    public static func < (lhs: Council, rhs: Council) -> Bool {
        let left = lhs.name.lowercased()
        let right = rhs.name.lowercased()
        return left != right ? left < right : lhs.key < rhs.key
    }
}

/// Which councils a national view is limited to: one council (`--authority`), one region (`--region`), or
/// both at once; an empty filter admits every plan.
public struct CouncilFilter: Hashable, Sendable {
    /// The council, when limited to one.
    public var authority: Authority?
    /// The region as the authorities table names it, when limited to one.
    public var region: String?

    /// A filter on `authority` and `region`, either or both.
    public init(authority: Authority? = nil, region: String? = nil) {
        self.authority = authority
        self.region = region
    }

    /// Whether anything is filtered out.
    public var isLimited: Bool { authority != nil || region != nil }

    /// Whether a plan of `council` is in the view.
    public func admits(_ council: Council) -> Bool {
        if let authority, council.code != authority.code { return false }
        if let region, council.region != region { return false }
        return true
    }

    /// Whether a plan whose report is `source` is in the view.
    public func admits(_ source: SourceReport) -> Bool {
        !isLimited || admits(Council(of: source))
    }

    /// The English regions, as the authorities table names them (from the ONS regions in the LA lookup).
    public static let regions: [String] = Array(Set(Authorities.all.map(\.region))).sorted()

    /// The region `text` names, in any case, with "&" for "and" and a leading "the" left out, or `nil`.
    public static func region(named text: String) -> String? {
        let key = AuthorityKey.exact(text)
        return regions.first { AuthorityKey.exact($0) == key }
    }

    /// The region nearest to `text`, for a "did you mean" hint.
    public static func regionSuggestion(for text: String) -> String? {
        let key = AuthorityKey.exact(text)
        let keys = Dictionary(uniqueKeysWithValues: regions.map { (AuthorityKey.exact($0), $0) })
        return EditDistance.suggestion(for: key, among: keys.keys.sorted()).flatMap { keys[$0] }
    }
}

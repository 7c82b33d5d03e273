extension PlanName {
    /// The name a plan from `source` is given by default: `<council>-<year>`, e.g. "medway-2013".
    ///
    /// The council is the canonical name of the authority the report resolved to (so "London Borough
    /// of Sutton" gives "sutton"), the year that of publication, else of the inspection's last day.
    /// `nil` when the report names no council the table knows or gives neither date; callers then
    /// fall back to the report's file name.
    public init?(council source: SourceReport) {
        guard let code = source.authorityCode, let authority = Authorities.authority(code: code),
            let year = (source.published ?? source.inspectionEnd)?.year
        else { return nil }
        self.init(slug: authority.name, year: year)
    }

    /// `council` in lowercase with every run of other characters made one hyphen, then `-year`.
    init?(slug council: String, year: Int) {
        var slug = ""
        for scalar in council.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        if slug.hasSuffix("-") { slug.removeLast() }
        guard !slug.isEmpty else { return nil }
        self.init("\(slug)-\(year)")
    }

    /// This name with `-n` added, the form used when the plain name is taken: "sutton-2013-2".
    public func numbered(_ copy: Int) -> PlanName {
        guard copy >= 2 else { return self }
        let suffix = "-\(copy)"
        return PlanName(String(rawValue.prefix(120 - suffix.count)) + suffix) ?? self
    }
}

extension PlanStore {
    /// `name` when no plan has it, else the first of `name-2`, `name-3`, … that is free.
    public func unusedName(like name: PlanName) -> PlanName {
        var copy = 2
        var candidate = name
        while contains(candidate) {
            candidate = name.numbered(copy)
            copy += 1
        }
        return candidate
    }
}

/// The table of English local authorities with children's services, and the resolver from printed names.
///
/// Reports print a council's name many ways ("Hull", "Kingston Upon Hull City Council", "Hammersmith &
/// Fulham", "London Borough of Sutton", "Doncaster Children's Services Trust"); each resolves to one
/// ``Authority``, so plans can be joined across a council and across the country by its ONS code.
public enum Authorities {
    /// The authority a printed name stands for, or `nil` when it names none or more than one.
    ///
    /// Case, "&" for "and", punctuation and hyphens do not matter. A name that matches a name or alias
    /// exactly wins; otherwise the council's kind ("City Council", "Metropolitan Borough of", "County"),
    /// and a trust or safeguarding board after the name, are set aside and the rest compared. An ONS code
    /// ("E08000027", or a former one) also resolves.
    public static func resolve(_ printed: String) -> Authority? {
        let exact = AuthorityKey.exact(printed)
        guard !exact.isEmpty else { return nil }
        if let index = exactIndex[exact] { return all[index] }
        if let index = coreIndex[AuthorityKey.core(exact)] { return all[index] }
        return nil
    }

    /// The authority with this ONS code, current or former (e.g. "E10000002" gives Buckinghamshire).
    public static func authority(code: String) -> Authority? {
        codeIndex[code.uppercased()].map { all[$0] }
    }

    /// The authority whose children's services have this Ofsted URN.
    public static func authority(urn: Int) -> Authority? {
        all.first { $0.urn == urn }
    }

    /// The councils that took over from `authority`, in the table's order; none for a current council.
    public static func successors(of authority: Authority) -> [Authority] {
        authority.replacement?.successorCodes.compactMap { self.authority(code: $0) } ?? []
    }

    /// The councils `authority` took over from (e.g. Cumbria for Cumberland).
    public static func predecessors(of authority: Authority) -> [Authority] {
        all.filter { $0.replacement?.successorCodes.contains(authority.code) == true }
    }

    /// The canonical name nearest to a name that does not resolve, for a "did you mean" hint.
    public static func suggestion(for printed: String) -> Authority? {
        let core = AuthorityKey.core(AuthorityKey.exact(printed))
        guard !core.isEmpty,
            let name = EditDistance.suggestion(for: core, among: coreIndex.keys.sorted()),
            let index = coreIndex[name]
        else { return nil }
        return all[index]
    }

    /// Every name, alias and code, in exact form, to the index of its authority.
    private static let exactIndex: [String: Int] = {
        var index: [String: Int] = [:]
        for (position, authority) in all.enumerated() {
            for name in [authority.name, authority.code] + authority.aliases + authority.formerCodes {
                index[AuthorityKey.exact(name)] = index[AuthorityKey.exact(name)] ?? position
            }
        }
        return index
    }()

    /// Each current and former ONS code's place in ``all``: the first authority in the table to carry
    /// it, as a search of the table in order would find. Every plan of a portfolio is looked up by code.
    private static let codeIndex: [String: Int] = {
        var index: [String: Int] = [:]
        for (position, authority) in all.enumerated() {
            for code in [authority.code] + authority.formerCodes where index[code] == nil {
                index[code] = position
            }
        }
        return index
    }()

    /// Every name and alias in core form to the index of its authority. Where a current council and one it
    /// replaced share a core ("Dorset"), the current one has it; a core shared otherwise resolves to nothing.
    private static let coreIndex: [String: Int] = {
        var candidates: [String: Set<Int>] = [:]
        for (position, authority) in all.enumerated() {
            for name in [authority.name] + authority.aliases {
                candidates[AuthorityKey.core(AuthorityKey.exact(name)), default: []].insert(position)
            }
        }
        return candidates.compactMapValues { positions in
            let current = positions.filter { all[$0].isCurrent }
            if current.count == 1 { return current.first }
            return current.isEmpty && positions.count == 1 ? positions.first : nil
        }
    }()
}

/// An English local authority with children's services, as Ofsted inspects it.
///
/// One record per children's services authority: a council renamed or given a new ONS code with its
/// children's services, DfE number and Ofsted URN unchanged (Buckinghamshire County Council, 2020) is the
/// same record with a former code and its old name among its aliases; a council replaced by others
/// (Cumbria, 2023) has a record of its own that names its successors.
public struct Authority: Hashable, Sendable, Codable {
    /// The name the council uses for itself, without "Council" and its kind: "Kingston upon Hull", "Bristol".
    public var name: String
    /// The ONS (GSS) code, e.g. "E08000027" for Dudley: the code in use now, or when it was replaced.
    public var code: String
    /// The DfE three-digit local-authority number, e.g. 332 for Dudley.
    public var laNumber: Int
    /// Ofsted's unique reference number for the council's children's services, where known.
    public var urn: Int?
    /// The English region, e.g. "West Midlands".
    public var region: String
    /// Other names reports print for it: "Hull", "Kingston Upon Hull City Council", former names.
    public var aliases: [String]
    /// Codes it had before a change that kept its children's services whole (e.g. "E10000002").
    public var formerCodes: [String]
    /// When it was replaced, the year and its successors; `nil` for a council that still exists.
    public var replacement: Replacement?

    /// Creates an authority record.
    public init(
        name: String, code: String, laNumber: Int, urn: Int? = nil, region: String, aliases: [String] = [],
        formerCodes: [String] = [], replacement: Replacement? = nil
    ) {
        self.name = name
        self.code = code
        self.laNumber = laNumber
        self.urn = urn
        self.region = region
        self.aliases = aliases
        self.formerCodes = formerCodes
        self.replacement = replacement
    }

    /// Whether the council still has children's services of its own.
    public var isCurrent: Bool { replacement == nil }

    /// How a council was replaced: the year and the ONS codes of the councils that took over.
    public struct Replacement: Hashable, Sendable, Codable {
        /// The year the successors took over (on 1 April of that year, as local government changes do).
        public var year: Int
        /// The ONS codes of the successors, e.g. Cumberland and Westmorland and Furness for Cumbria.
        public var successorCodes: [String]

        /// Creates a replacement.
        public init(year: Int, successorCodes: [String]) {
            self.year = year
            self.successorCodes = successorCodes
        }
    }
}

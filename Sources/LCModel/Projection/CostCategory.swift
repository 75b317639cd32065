/// The spec's cost categories, in the order every view lists them.
public enum CostCategory: String, Sendable, CaseIterable, Comparable {
    case planning, stipends, buyouts, substitutes, food, childcare, kits, coaching, credentials, other, indirect

    /// Title-case name for tables and workbooks.
    public var title: String {
        switch self {
        case .planning: "Planning"
        case .stipends: "Stipends"
        case .buyouts: "Buyouts (release time)"
        case .substitutes: "Substitutes"
        case .food: "Food"
        case .childcare: "Childcare"
        case .kits: "Prototyping kits"
        case .coaching: "Coaching"
        case .credentials: "Credentials (CEUs)"
        case .other: "Other direct costs"
        case .indirect: "Indirect costs"
        }
    }

    /// Categories that are participant support costs when participants are not the grantee's employees.
    public static let participantSupportWhenNotEmployees: Set<CostCategory> = [.stipends, .food, .childcare, .kits, .credentials]

    public static func < (a: CostCategory, b: CostCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

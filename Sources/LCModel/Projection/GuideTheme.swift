import Foundation

/// What the money buys, in the guide's four terms (Maker Ed & Portland Public Schools, 2021),
/// plus the costs that carry the program.
///
/// Every cost category belongs to exactly one theme, so the theme totals add up to the total.
public enum GuideTheme: String, Sendable, CaseIterable {
    /// Protected time: the planning on-ramp, release time and the substitutes that make it possible.
    case time
    /// Paying educators for their expertise: stipends and the credentials that recognize it.
    case valuingExpertise
    /// Meeting, eating and being coached together; childcare so caregivers can come.
    case communityAndConnection
    /// Prototyping kits.
    case toolsAndMaterials
    /// Other direct costs and the grantee's indirect costs.
    case administration

    public var categories: [CostCategory] {
        switch self {
        case .time: [.planning, .buyouts, .substitutes]
        case .valuingExpertise: [.stipends, .credentials]
        case .communityAndConnection: [.food, .childcare, .coaching]
        case .toolsAndMaterials: [.kits]
        case .administration: [.other, .indirect]
        }
    }

    /// The theme a category belongs to.
    public static func of(_ category: CostCategory) -> GuideTheme {
        allCases.first { $0.categories.contains(category) }!
    }
}

extension Projection {
    /// The sum of a theme's category totals over every period.
    public func total(of theme: GuideTheme) -> Money {
        theme.categories.map { categoryTotal($0) }.sum()
    }
}

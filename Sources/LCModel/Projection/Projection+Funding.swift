import Foundation

extension Projection {
    /// Σ funded over the project years.
    public var totalFunded: Money { funding.map(\.funded).sum() }

    /// Σ gap over the project years (negative = surplus overall).
    public var totalGap: Money { funding.map(\.gap).sum() }

    /// The years whose gap is positive.
    public var shortYears: [YearFunding] { funding.filter { $0.gap > .zero } }

    /// Σ of the positive gaps: what is still to find (surplus years do not offset it).
    public var shortfall: Money { shortYears.map(\.gap).sum() }
}

/// How a report cites the field guide.
extension Guide {
    public static let citation = "Maker Ed & Portland Public Schools, 2021"
}

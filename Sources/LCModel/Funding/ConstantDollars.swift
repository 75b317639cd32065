import Foundation

/// The projection in base-year (year 1) dollars, beside nominal and present value.
///
/// A line escalated by compensation is divided by (1 + compensation)^(k−1), a goods line by
/// (1 + goods)^(k−1): which one is read from the line's own factors (`Term.growth`), fringe
/// lines follow the lines they are a share of, and indirect follows its base (its deflator is
/// the base's nominal over constant total). Planning and year 1 are already base-year dollars.
/// Each line is rounded once to cents; totals are sums of rounded lines.
///
/// Present value per period splits the projection's `presentValue` by largest remainder, so the
/// periods' present values sum exactly to the spec's figure.
public struct ConstantDollars: Sendable {
    public struct Row: Sendable, Equatable {
        public var index: Int
        public var label: String
        public var nominal, constant, presentValue: Money
    }

    public var periods: [Row]
    /// Period index -> line key -> the line in base-year dollars.
    public var lines: [Int: [String: Money]]

    public init(_ projection: Projection) {
        let s = projection.scenario
        var lines: [Int: [String: Money]] = [:]
        for period in projection.periods {
            var row: [String: Money] = [:]
            var deflators: [String: Exact] = [:]
            for line in period.lines {
                // Exact, like every line: a quotient is rounded to cents once, never cut first.
                let deflator: Exact
                switch line.basis {
                case .product(let factors):
                    deflator = factors.reduce(Exact.one) { acc, f in
                        if case .growth = f.term { return acc * f.exact }
                        return acc
                    }
                case .shareOf(_, let keys):
                    // The share's deflator is its parents' (all escalated alike); 1 when they have none.
                    deflator = keys.compactMap { deflators[$0] }.first ?? .one
                case .indirect(_, _, let excluded):
                    let base = period.lines.filter { $0.category != .indirect && !excluded.contains($0.category) }
                    let nominal = base.map(\.amount).sum()
                    let constant = base.map { row[$0.key] ?? $0.amount }.sum()
                    deflator = constant.isZero ? .one : nominal.exact / constant.exact
                }
                deflators[line.key] = deflator
                row[line.key] = deflator == .one ? line.amount : Money(rounding: line.amount.exact / deflator)
            }
            lines[period.index] = row
        }
        self.lines = lines
        let growth = 1 + Exact(s.discountRate)
        let pvWeights = projection.periods.map { p in
            p.index == 0 ? p.total.exact : p.total.exact / Exact.power(growth, p.index - 1)
        }
        let pv = LargestRemainder.split(projection.presentValue, exactWeights: pvWeights)
        self.periods = projection.periods.enumerated().map { i, p in
            Row(index: p.index, label: p.label, nominal: p.total,
                constant: p.lines.map { lines[p.index]?[$0.key] ?? $0.amount }.sum(), presentValue: pv[i])
        }
    }

    /// A category over every period in base-year dollars.
    public func categoryTotal(_ category: CostCategory, in projection: Projection) -> Money {
        projection.periods.flatMap { p in p.lines.filter { $0.category == category }.map { lines[p.index]?[$0.key] ?? $0.amount } }.sum()
    }

    public var nominal: Money { periods.map(\.nominal).sum() }
    public var constant: Money { periods.map(\.constant).sum() }
    public var presentValue: Money { periods.map(\.presentValue).sum() }
}

import Foundation

/// One budget line across periods: the rows of a by-period table.
public struct LineRow: Sendable, Equatable {
    public var key: String
    public var category: CostCategory
    /// The item as first named (a later period may word it differently, e.g. "kit refresh").
    public var item: String
}

extension Projection {
    /// Every line key in the order it first appears, planning first, grouped by category in
    /// the spec's category order.
    public var lineRows: [LineRow] {
        var rows: [LineRow] = []
        for period in periods {
            for line in period.lines where !rows.contains(where: { $0.key == line.key }) {
                rows.append(LineRow(key: line.key, category: line.category, item: line.item))
            }
        }
        // A stable sort keeps first-appearance order within each category.
        return rows.enumerated().sorted { a, b in
            a.element.category == b.element.category ? a.offset < b.offset : a.element.category < b.element.category
        }.map(\.element)
    }

    /// The sum of one line's rounded amounts over every period that has it.
    public func total(ofLine key: String) -> Money {
        periods.compactMap { $0.line(key)?.amount }.sum()
    }

    /// Σ direct totals over every period (everything but indirect).
    public var directTotal: Money { periods.map(\.directTotal).sum() }
}

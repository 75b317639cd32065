import Foundation

extension Period {
    /// The rounded amount a share line (fringe) or the indirect line is a share of, as the
    /// projector took it; nil for a product line.
    ///
    /// ```swift
    /// year1.baseAmount(of: year1.line("stipends.fringe")!)   // $53,700.00
    /// ```
    public func baseAmount(of line: LineItem) -> Money? {
        switch line.basis {
        case .product:
            return nil
        case .shareOf(_, let keys):
            return lines.filter { keys.contains($0.key) }.map(\.amount).sum()
        case .indirect(_, _, let excluded):
            return lines.filter { $0.category != .indirect && !excluded.contains($0.category) }.map(\.amount).sum()
        }
    }

    /// The direct lines an indirect line leaves out of its base (participant support under MTDC).
    public func excludedAmount(of line: LineItem) -> Money {
        guard case .indirect(_, _, let excluded) = line.basis else { return .zero }
        return lines.filter { excluded.contains($0.category) }.map(\.amount).sum()
    }

    /// The last month of a project year (11 months after its first).
    public var lastMonth: YearMonth { firstMonth.adding(months: 11) }
}

extension Projection {
    /// The last month of the last project year.
    public var lastMonth: YearMonth { periods[periods.count - 1].lastMonth }
}

/// Column totals of the portfolio table, each a sum of the rows' own projected figures.
extension Portfolio {
    /// Σ every scenario's planning total.
    public var planningTotal: Money { rows.map(\.planning).sum() }

    /// Σ of year `k` (1-based) over the scenarios that have a year `k`.
    ///
    /// ```swift
    /// portfolio.yearTotal(3)   // only the three-to-five-year scenarios contribute
    /// ```
    public func yearTotal(_ year: Int) -> Money {
        rows.compactMap { year <= $0.yearTotals.count ? $0.yearTotals[year - 1] : nil }.sum()
    }
}

/// Many scenarios projected together (a district's communities, variants of one plan): one row
/// per scenario, read from its own projection, for `batch`'s workbook and summary.
///
/// ```swift
/// let portfolio = Portfolio(rows: projections.map { PortfolioRow(file: $0.0, projection: $0.1) },
///                           failures: [("bad.yaml", "bad.yaml:3:8: error: …")])
/// portfolio.total   // Σ of every scenario's total
/// ```
public struct Portfolio: Sendable {
    public var rows: [PortfolioRow]
    /// Files that could not be projected, with their error text, in the order found.
    public var failures: [PortfolioFailure]

    public init(rows: [PortfolioRow], failures: [PortfolioFailure]) { (self.rows, self.failures) = (rows, failures) }

    /// Σ of every scenario's total.
    public var total: Money { rows.map(\.total).sum() }
    /// The most project years any scenario has (columns of the per-year table).
    public var maximumYears: Int { rows.map(\.yearTotals.count).max() ?? 0 }
    public var advisoriesCount: Int { rows.map(\.advisoriesCount).reduce(0, +) }
}

/// One projected scenario's figures, all read from its projection.
public struct PortfolioRow: Sendable, Equatable {
    public var file, name: String
    public var organization: String?
    public var years: Int
    public var planning: Money
    public var yearTotals: [Money]
    public var total, perParticipantYear: Money
    public var advisoriesCount: Int

    public init(file: String, projection p: Projection) {
        self.file = file
        name = p.scenario.name
        organization = p.scenario.organization
        years = p.scenario.years
        planning = p.planning.total
        yearTotals = p.years.map(\.total)
        total = p.total
        perParticipantYear = p.perParticipantYear
        advisoriesCount = p.advisories.count
    }
}

/// A file `batch` skipped: its path and every diagnostic, as printed.
public struct PortfolioFailure: Sendable, Equatable {
    public var file, message: String
    public init(file: String, message: String) { (self.file, self.message) = (file, message) }
}

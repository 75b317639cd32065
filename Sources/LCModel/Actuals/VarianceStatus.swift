import Foundation

/// How one category's spending compares with its budget and the time elapsed.
public enum VarianceStatus: String, Sendable, CaseIterable {
    case onTrack = "on track"
    case underspending
    case overspending
}

/// Why a line got its status, so the plain-language statement can say it precisely.
public enum VarianceReason: String, Sendable {
    /// Spent share within the tolerance of the elapsed share.
    case withinTolerance = "within-tolerance"
    /// Spent share below the elapsed share by more than the tolerance.
    case behindPace = "behind-pace"
    /// Spent share above the elapsed share by more than the tolerance, still within budget.
    case aheadOfPace = "ahead-of-pace"
    /// Spent more than the whole budget of the period.
    case overBudget = "over-budget"
    /// Spending where nothing was budgeted.
    case unbudgeted = "unbudgeted"
}

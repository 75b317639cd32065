import Foundation
import LCModel

/// The brief's "Spending so far" paragraph: spent against budget to date, and which categories
/// run ahead of or behind an even pace, all read from the `Variance` that `report` computes when
/// the record holds actual spending for the scenario (`RecordStore.variance(of:)`).
///
/// ```swift
/// VarianceView(variance).spent   // "$130,210.50": every actual up to the as-of date
/// ```
///
/// Shares are the variance's own (`VarianceLine.spentShare`, `elapsedShare`) printed as whole
/// percents by `Variance.percent`; statuses are the variance's statuses (`Variance.status`).
struct VarianceView {
    struct Period {
        let label, elapsed, spent, budget: String
        /// Named apart from the project's `spentShare` so a missing one never prints the project's.
        let periodSpentShare: String?
        let status: String
    }

    /// `February 29, 2028`
    let asOf: String
    /// The whole project: every actual up to `asOf` against the whole budget.
    let spent, budget: String
    let spentShare: String?
    /// Share of the project's days elapsed.
    let elapsed: String
    /// The period the date falls in (`Variance.currentPeriod`).
    let period: Period?
    /// Categories of that period spending ahead of pace or over budget, with their figures:
    /// `Food (75% of $3,900.00 spent) and Kits ($3,000.00 spent against $2,880.00)`.
    let over: String?
    /// Categories behind pace: `Substitutes (10% of $9,600.00 spent)`.
    let under: String?
    let allOnTrack: Bool

    init(_ v: Variance) {
        asOf = Formatting.date(v.asOf)
        spent = Formatting.money(v.total.spent)
        budget = Formatting.money(v.total.budgeted)
        spentShare = v.total.spentShare.map(Variance.percent)
        elapsed = Variance.percent(v.total.elapsedShare)
        let current = v.currentPeriod
        period = current.map { p in
            Period(label: p.label, elapsed: Variance.percent(p.elapsedShare), spent: Formatting.money(p.total.spent),
                   budget: Formatting.money(p.total.budgeted), periodSpentShare: p.total.spentShare.map(Variance.percent),
                   status: p.total.status.rawValue)
        }
        let lines = current?.lines ?? []
        let overLines = lines.filter { $0.status == .overspending }
        let underLines = lines.filter { $0.status == .underspending }
        over = overLines.isEmpty ? nil : Formatting.list(overLines.map(VarianceView.phrase))
        under = underLines.isEmpty ? nil : Formatting.list(underLines.map(VarianceView.phrase))
        allOnTrack = overLines.isEmpty && underLines.isEmpty
    }

    /// `Food (75% of $3,900.00 spent)`; over budget or unbudgeted lines say so in money.
    static func phrase(_ line: VarianceLine) -> String {
        let name = line.category?.title ?? "Total"
        switch line.reason {
        case .unbudgeted:
            return "\(name) (\(Formatting.money(line.spent)) spent with nothing budgeted)"
        case .overBudget:
            return "\(name) (\(Formatting.money(line.spent)) spent against \(Formatting.money(line.budgeted)))"
        case .aheadOfPace, .behindPace, .withinTolerance:
            return "\(name) (\(Variance.percent(line.spentShare ?? 0)) of \(Formatting.money(line.budgeted)) spent)"
        }
    }
}

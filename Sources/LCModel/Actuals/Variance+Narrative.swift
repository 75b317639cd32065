import Foundation

extension Variance {
    /// A short paragraph for the brief: where the current period stands and which categories
    /// are off pace. Built only from the variance's own figures.
    ///
    /// "As of 2028-01-31, 50% of Year 1 has elapsed and $130,000.00 (48%) of its $268,582.60
    /// budget has been spent, on track overall. Overspending: Food. Underspending: Substitutes."
    public var narrative: String {
        guard let period = currentPeriod else { return "" }
        let t = period.total
        var text = "As of \(asOf.iso), \(Variance.percent(period.elapsedShare)) of \(period.label) has elapsed and "
        text += "\(t.spent.formatted())"
        if let share = t.spentShare { text += " (\(Variance.percent(share)))" }
        text += " of its \(t.budgeted.formatted()) budget has been spent, \(t.status.rawValue) overall."
        let over = period.lines.filter { $0.status == .overspending }.compactMap { $0.category?.title }
        let under = period.lines.filter { $0.status == .underspending }.compactMap { $0.category?.title }
        if !over.isEmpty { text += " Overspending: \(over.joined(separator: ", "))." }
        if !under.isEmpty { text += " Underspending: \(under.joined(separator: ", "))." }
        if over.isEmpty && under.isEmpty { text += " Every category is on track." }
        return text
    }
}

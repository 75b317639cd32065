import Foundation

/// Budget against actual spending, by period (planning and project years) and category, as of a date.
///
/// The budget is the projection's rounded lines; spending is every actual dated on or before
/// `asOf`, placed in the period its date falls in. Each line compares the share of its budget
/// spent with the share of the period's days elapsed, and gets a status by `status(...)`.
///
/// ```swift
/// let variance = Variance.compute(projection: projection, actuals: rows,
///                                 asOf: CivilDate(iso: "2028-01-31")!)
/// variance.periods[1].lines.first { $0.category == .food }?.status   // .onTrack
/// ```
public struct Variance: Sendable, Equatable {
    /// A line may run this far (as a share of its budget) ahead of or behind the share of the
    /// period elapsed and still be on track: 10 percentage points.
    public static let defaultTolerance = Decimal(string: "0.10")!

    public var scenario: String
    public var asOf: CivilDate
    public var tolerance: Decimal
    /// Periods in order; every period of the projection is listed, even with nothing spent.
    public var periods: [PeriodVariance]
    /// The whole project: every budgeted line and every actual up to `asOf`.
    public var total: VarianceLine
    /// Actuals dated after `asOf` (not counted) and actuals outside every period (not counted).
    public var laterActuals, outsideActuals: Int

    /// Computes the variance of `actuals` against `projection` as of the end of `asOf`.
    public static func compute(projection: Projection, actuals: [ActualExpense], asOf: CivilDate,
                               tolerance: Decimal = defaultTolerance) -> Variance {
        let calendar = ProjectCalendar(projection.scenario)
        var spent: [Int: [CostCategory: Money]] = [:]
        var later = 0, outside = 0
        for actual in actuals {
            guard let span = calendar.period(containing: actual.date) else { outside += 1; continue }
            guard actual.date <= asOf else { later += 1; continue }
            spent[span.index, default: [:]][actual.category, default: .zero] += actual.amount
        }

        var periods: [PeriodVariance] = []
        for period in projection.periods {
            // A planning period with no on-ramp has no days; it is listed only if it has lines.
            guard let span = calendar.span(index: period.index) else { continue }
            let elapsed = span.elapsedShare(asOf: asOf)
            let spentHere = spent[period.index] ?? [:]
            var lines: [VarianceLine] = []
            for category in CostCategory.allCases {
                let budgeted = period.total(of: category)
                let actual = spentHere[category] ?? .zero
                guard !budgeted.isZero || !actual.isZero else { continue }
                lines.append(VarianceLine(category: category, budgeted: budgeted, spent: actual,
                                          elapsedShare: elapsed, tolerance: tolerance))
            }
            let total = VarianceLine(category: nil, budgeted: period.total,
                                     spent: spentHere.values.sum(), elapsedShare: elapsed, tolerance: tolerance)
            periods.append(PeriodVariance(index: period.index, label: period.label, span: span,
                                          elapsedShare: elapsed, lines: lines, total: total))
        }

        let projectDays = Decimal(calendar.last.dayNumber - calendar.first.dayNumber + 1)
        let projectElapsed: Decimal = asOf < calendar.first ? 0 : asOf >= calendar.last ? 1
            : Decimal(asOf.dayNumber - calendar.first.dayNumber + 1) / projectDays
        let total = VarianceLine(category: nil, budgeted: periods.map(\.total.budgeted).sum(),
                                 spent: periods.map(\.total.spent).sum(),
                                 elapsedShare: projectElapsed, tolerance: tolerance)
        return Variance(scenario: projection.scenario.name, asOf: asOf, tolerance: tolerance,
                        periods: periods, total: total, laterActuals: later, outsideActuals: outside)
    }

    /// The one status rule every line follows.
    ///
    /// - spent more than the budget (or anything with no budget): overspending;
    /// - spent share > elapsed share + tolerance: overspending (ahead of an even pace);
    /// - spent share < elapsed share − tolerance: underspending;
    /// - otherwise: on track.
    public static func status(budgeted: Money, spent: Money, elapsedShare: Decimal,
                              tolerance: Decimal) -> (VarianceStatus, VarianceReason) {
        if budgeted.cents <= 0 {
            return spent.cents > 0 ? (.overspending, .unbudgeted) : (.onTrack, .withinTolerance)
        }
        if spent > budgeted { return (.overspending, .overBudget) }
        let share = spent.decimal / budgeted.decimal
        if share > elapsedShare + tolerance { return (.overspending, .aheadOfPace) }
        if share < elapsedShare - tolerance { return (.underspending, .behindPace) }
        return (.onTrack, .withinTolerance)
    }
}

/// One period's variance: a line per category with a budget or spending, and the period total.
public struct PeriodVariance: Sendable, Equatable {
    public var index: Int
    public var label: String
    public var span: PeriodSpan
    public var elapsedShare: Decimal
    public var lines: [VarianceLine]
    public var total: VarianceLine
}

/// Budgeted against spent for one category (or a total, when `category` is nil).
public struct VarianceLine: Sendable, Equatable {
    public var category: CostCategory?
    public var budgeted, spent: Money
    /// Share of the period's days elapsed as of the variance date, 0...1.
    public var elapsedShare: Decimal
    public var status: VarianceStatus
    public var reason: VarianceReason

    public init(category: CostCategory?, budgeted: Money, spent: Money, elapsedShare: Decimal, tolerance: Decimal) {
        self.category = category
        self.budgeted = budgeted
        self.spent = spent
        self.elapsedShare = elapsedShare
        (status, reason) = Variance.status(budgeted: budgeted, spent: spent, elapsedShare: elapsedShare,
                                           tolerance: tolerance)
    }

    /// budgeted − spent; negative when over budget.
    public var remaining: Money { budgeted - spent }

    /// spent / budgeted, exact to Decimal's precision; nil when nothing was budgeted.
    public var spentShare: Decimal? {
        budgeted.cents > 0 ? spent.decimal / budgeted.decimal : nil
    }

    /// A plain-language sentence for a funder or a program lead:
    /// "Food: on track — 52% of the $3,900.00 budget spent with 50% of Year 1 elapsed."
    public func statement(periodLabel: String) -> String {
        let name = category?.title ?? "\(periodLabel) total"
        let spentText = spent.formatted()
        let elapsedText = Variance.percent(elapsedShare)
        switch reason {
        case .unbudgeted:
            return "\(name): overspending — \(spentText) spent with nothing budgeted in \(periodLabel)."
        case .overBudget:
            return "\(name): overspending — \(spentText) spent against a \(budgeted.formatted()) budget, "
                + "\((spent - budgeted).formatted()) over, with \(elapsedText) of \(periodLabel) elapsed."
        case .aheadOfPace:
            return "\(name): overspending — \(Variance.percent(spentShare ?? 0)) of the \(budgeted.formatted()) budget "
                + "spent with only \(elapsedText) of \(periodLabel) elapsed (ahead of an even pace)."
        case .behindPace:
            return "\(name): underspending — \(Variance.percent(spentShare ?? 0)) of the \(budgeted.formatted()) budget "
                + "spent with \(elapsedText) of \(periodLabel) elapsed; \(remaining.formatted()) remains."
        case .withinTolerance:
            return "\(name): on track — \(Variance.percent(spentShare ?? 0)) of the \(budgeted.formatted()) budget "
                + "spent with \(elapsedText) of \(periodLabel) elapsed."
        }
    }
}

extension Variance {
    /// A share as a whole percent for people, half away from zero: 0.4167 -> "42%".
    public static func percent(_ share: Decimal) -> String {
        // Rounding the share to hundredths once is rounding the percent to a whole number.
        "\(share.roundedToCents())%"
    }

    /// A share rounded to four decimals, half away from zero, for JSON and CSV ("0.4167").
    public static func shareText(_ share: Decimal) -> String {
        let n = (share * 100).roundedToCents()   // ten-thousandths of the share
        let magnitude = n.magnitude
        let fraction = String(magnitude % 10_000)
        return (n < 0 ? "-" : "") + "\(magnitude / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    /// The plain-language status lines, in order: one per category and one for the period's
    /// total; a period not yet begun with nothing spent gets one line.
    public var statements: [String] {
        periods.flatMap { period -> [String] in
            if asOf < period.span.first && period.total.spent.isZero {
                return ["\(period.label): not started (begins \(period.span.first.iso)); nothing spent of its "
                        + "\(period.total.budgeted.formatted()) budget."]
            }
            return period.lines.map { $0.statement(periodLabel: period.label) } + [period.total.statement(periodLabel: period.label)]
        }
    }
}

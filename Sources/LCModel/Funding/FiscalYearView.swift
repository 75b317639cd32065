import Foundation

/// One fiscal year of the district: its costs by category and who pays them.
public struct FiscalYear: Sendable, Equatable {
    /// The calendar year the fiscal year ends in: FY2028 = July 2027 to June 2028 (start month 7).
    public var endYear: Int
    public var first, last: YearMonth
    public var byCategory: [CostCategory: Money] = [:]
    /// Source index -> what it pays in the fiscal year (in-kind ingredients included).
    public var bySource: [Int: Money] = [:]
    /// In-kind ingredients outside the cash budget.
    public var inKindAdded: Money = .zero
    /// What no source pays.
    public var gap: Money = .zero

    /// `FY2028`
    public var label: String { "FY\(endYear)" }
    /// `Jul 2027 – Jun 2028`
    public var span: String {
        "\(YearMonth.monthNames[first.month - 1].prefix(3)) \(first.year) – \(YearMonth.monthNames[last.month - 1].prefix(3)) \(last.year)"
    }
    /// The budget's cost in the fiscal year (the projection's lines only).
    public var total: Money { byCategory.values.sum() }
}

/// The projection by the district's fiscal years, month by month (`MonthlySchedule`).
///
/// Fiscal years are named by the calendar year they end in. With `fiscal_year_start_month: 7`
/// (the default) FY2028 runs July 2027 to June 2028; with 1 the fiscal year is the calendar year.
/// Every line's months sum to the line, so the fiscal years' totals sum to the projection's
/// total to the cent. Who pays is spread the same way: within a period and a category the
/// first-listed source pays the earliest months (its listed order), then the next, then the gap.
public struct FiscalYearView: Sendable {
    public var startMonth: Int
    public var years: [FiscalYear]
    /// Period index -> line key -> month -> amount.
    public var monthly: [Int: [String: [YearMonth: Money]]]

    /// The fiscal year (its end year) a month falls in.
    public static func fiscalYear(of month: YearMonth, startMonth: Int) -> Int {
        startMonth == 1 || month.month < startMonth ? month.year : month.year + 1
    }

    public init(_ projection: Projection, schedule: MonthlySchedule? = nil) {
        let s = projection.scenario
        let schedule = schedule ?? MonthlySchedule(scenario: s)
        let start = s.fiscalYearStartMonth
        let allocation = FundingAllocation(projection)
        var monthly: [Int: [String: [YearMonth: Money]]] = [:]
        var years: [Int: FiscalYear] = [:]
        func year(_ m: YearMonth) -> Int {
            let end = FiscalYearView.fiscalYear(of: m, startMonth: start)
            if years[end] == nil {
                let first = YearMonth(year: start == 1 ? end : end - 1, month: start)
                years[end] = FiscalYear(endYear: end, first: first, last: first.adding(months: 11))
            }
            return end
        }
        for period in projection.periods {
            let spread = schedule.spread(period, scenario: s)
            monthly[period.index] = spread
            let months = Set(spread.values.flatMap(\.keys)).sorted()
            for category in CostCategory.allCases {
                let lines = period.lines.filter { $0.category == category }
                guard !lines.isEmpty else { continue }
                // The category's cost month by month, then the payers filling it in order.
                let cost = months.map { m in lines.map { spread[$0.key]?[m] ?? .zero }.sum() }
                for (m, amount) in zip(months, cost) where !amount.isZero {
                    let fy = year(m)
                    years[fy]!.byCategory[category, default: .zero] += amount
                }
                let shares = allocation.periods.first { $0.index == period.index }
                var payers: [(source: Int?, amount: Money)] = (shares?.sources ?? []).map { ($0.index, $0.byCategory[category] ?? .zero) }
                payers.append((nil, shares?.gapByCategory[category] ?? period.total(of: category)))
                for (payer, cells) in zip(payers, FiscalYearView.fill(payers.map(\.amount), over: cost)) {
                    for (m, amount) in zip(months, cells) where !amount.isZero {
                        let fy = year(m)
                        if let source = payer.source { years[fy]!.bySource[source, default: .zero] += amount } else { years[fy]!.gap += amount }
                    }
                }
            }
            // In-kind ingredients outside the budget: evenly over the period's months.
            let periodMonths = MonthlySchedule.months(of: period, scenario: s)
            for source in allocation.periods.first(where: { $0.index == period.index })?.sources ?? [] where !source.inKindAdded.isZero {
                for (m, amount) in zip(periodMonths, LargestRemainder.evenly(source.inKindAdded, count: periodMonths.count)) {
                    let fy = year(m)
                    years[fy]!.bySource[source.index, default: .zero] += amount
                    years[fy]!.inKindAdded += amount
                }
            }
        }
        self.startMonth = start
        self.monthly = monthly
        self.years = years.keys.sorted().map { years[$0]! }
    }

    /// Splits consecutive payer amounts over consecutive month costs (both summing to the same
    /// total) by overlapping their running totals: payer p pays the part of month m's cost that
    /// lies in both p's interval and m's. Rows sum to the payers, columns to the months, exactly.
    static func fill(_ payers: [Money], over months: [Money]) -> [[Money]] {
        var out = payers.map { _ in months.map { _ in Money.zero } }
        var payerStart: Int64 = 0
        for (p, payer) in payers.enumerated() {
            let payerEnd = payerStart + payer.cents
            var monthStart: Int64 = 0
            for (m, month) in months.enumerated() {
                let monthEnd = monthStart + month.cents
                let overlap = min(payerEnd, monthEnd) - max(payerStart, monthStart)
                if overlap > 0 { out[p][m] = Money(cents: overlap) }
                monthStart = monthEnd
            }
            payerStart = payerEnd
        }
        return out
    }

    /// The fiscal-year total of every year.
    public var total: Money { years.map(\.total).sum() }
}

import Foundation

/// The days each period of a scenario covers: the planning on-ramp and the project years.
///
/// Year k runs from the first day of `start` + 12·(k−1) months to the day before `start` + 12·k
/// months; the planning on-ramp runs the `planning.onramp_months` months before `start`
/// (none when the scenario has no planning section). Receipts and sign-in sheets are placed in
/// a period by their date.
///
/// ```swift
/// let calendar = ProjectCalendar(scenario)   // start 2027-08, 6-month on-ramp, 2 years
/// calendar.period(containing: CivilDate(iso: "2027-09-14")!)?.label  // "Year 1"
/// calendar.first.iso, calendar.last.iso   // "2027-02-01", "2029-07-31"
/// ```
public struct ProjectCalendar: Sendable, Equatable {
    public var spans: [PeriodSpan]

    public init(_ scenario: Scenario) {
        var spans: [PeriodSpan] = []
        let onramp = scenario.planning?.onrampMonths ?? 0
        if onramp > 0 {
            spans.append(PeriodSpan(index: 0, label: "Planning",
                                    first: CivilDate(firstOf: scenario.start.adding(months: -onramp)),
                                    last: CivilDate(firstOf: scenario.start).adding(days: -1)))
        }
        for k in 1...max(1, scenario.years) {
            let begin = scenario.start.adding(months: 12 * (k - 1))
            spans.append(PeriodSpan(index: k, label: "Year \(k)", first: CivilDate(firstOf: begin),
                                    last: CivilDate(firstOf: begin.adding(months: 12)).adding(days: -1)))
        }
        self.spans = spans
    }

    /// The first day of the project (the on-ramp's first day when there is one).
    public var first: CivilDate { spans[0].first }
    /// The last day of the last project year.
    public var last: CivilDate { spans[spans.count - 1].last }

    /// The period a date falls in, or nil before the on-ramp or after the last year.
    public func period(containing date: CivilDate) -> PeriodSpan? {
        spans.first { $0.first <= date && date <= $0.last }
    }

    public func span(index: Int) -> PeriodSpan? { spans.first { $0.index == index } }
}

/// The days of one period, first and last inclusive.
public struct PeriodSpan: Sendable, Equatable {
    /// 0 for planning, k for project year k (as in `Period.index`).
    public var index: Int
    public var label: String
    public var first, last: CivilDate

    public var days: Int { last.dayNumber - first.dayNumber + 1 }

    /// The share of the period's days that have passed by the end of `date` (0 before, 1 after).
    ///
    /// `as of 2027-08-31` in a year starting 2027-08-01 is 31/366 or 31/365.
    public func elapsedShare(asOf date: CivilDate) -> Decimal {
        if date < first { return 0 }
        if date >= last { return 1 }
        return Decimal(date.dayNumber - first.dayNumber + 1) / Decimal(days)
    }
}

import Foundation

/// One rounded budget line of one period.
public struct LineItem: Sendable, Equatable {
    /// Stable key within a period, e.g. `stipends.participants`, `other.0`.
    public var key: String
    public var category: CostCategory
    public var item: String
    public var amount: Money
    /// The exact amount before rounding (a fraction when the line divides: coaching's minutes ÷ 60).
    public var exact: Exact
    public var basis: Basis
    /// A participant support cost (excluded from an `mtdc` base).
    public var participantSupport: Bool
}

/// Planning (index 0) or a project year.
public struct Period: Sendable, Equatable {
    public var index: Int
    public var label: String
    /// First month of the period (planning: the on-ramp's first month).
    public var firstMonth: YearMonth
    public var lines: [LineItem]
    public var total: Money { lines.amountSum { _ in true } }

    public func total(of category: CostCategory) -> Money {
        lines.amountSum { $0 == category }
    }

    public func line(_ key: String) -> LineItem? { lines.first { $0.key == key } }

    /// The period's direct total (everything but indirect).
    public var directTotal: Money { lines.amountSum { $0 != .indirect } }
}

extension Array where Element == LineItem {
    /// The exact sum of the amounts of the lines whose category `counts`.
    ///
    /// Reads each line in place: `filter` then `map` would copy every line (its texts, its exact
    /// fraction, its basis) to add up one integer, and the totals are read for every category of
    /// every period of every scenario a batch records.
    func amountSum(_ counts: (CostCategory) -> Bool) -> Money {
        var sum = Money.zero
        for index in indices where counts(self[index].category) { sum += self[index].amount }
        return sum
    }
}

/// What the funding sources give in one project year, and what is left to find.
public struct YearFunding: Sendable, Equatable {
    public var year: Int
    public var cost, funded: Money
    /// cost − funded; negative is a surplus.
    public var gap: Money { cost - funded }
}

/// The costed scenario: every figure every view reports.
public struct Projection: Sendable, Equatable {
    public var scenario: Scenario
    public var periods: [Period]
    public var advisories: [Advisory]
    /// The calendar's schedule, computed once by the projector (nil without a `calendar:`);
    /// read it through `calendarSchedule`.
    public var schedule: Schedule? = nil

    /// The meeting calendar every view shows: the schedule the projection costed (computed
    /// here only for a projection built by hand without one).
    public var calendarSchedule: Schedule? { schedule ?? CalendarScheduler.schedule(for: scenario) }

    public var planning: Period { periods[0] }
    public var years: ArraySlice<Period> { periods.dropFirst() }

    public var total: Money { periods.map(\.total).sum() }

    public func categoryTotal(_ category: CostCategory) -> Money {
        periods.map { $0.total(of: category) }.sum()
    }

    /// Every category's total, in `CostCategory.allCases` order, from one pass over the lines.
    public var categoryTotals: [(CostCategory, Money)] {
        var sums: [CostCategory: Money] = [:]
        for period in periods {
            for index in period.lines.indices { sums[period.lines[index].category, default: .zero] += period.lines[index].amount }
        }
        return CostCategory.allCases.map { ($0, sums[$0] ?? .zero) }
    }

    /// Planning + Σ year-k total / (1 + discount)^(k−1), as an exact fraction, rounded once to cents.
    public var presentValue: Money {
        let growth = 1 + Exact(scenario.discountRate)
        // Over one common denominator, in integers: with growth = a/b and Y years,
        // Σ cost_k / growth^(k−1) = Σ cost_k · a^(Y−k) · b^(k−1) / a^(Y−1). The same rational as
        // dividing year by year, without a fraction sum whose denominators outgrow 128 bits on
        // every run (the batch records this figure for every scenario).
        guard let (a, b) = growth.integerParts, !a.isZero else {
            var value = planning.total.exact
            for period in years { value += period.total.exact / Exact.power(growth, period.index - 1) }
            return Money(rounding: value)
        }
        let last = scenario.years - 1
        var cents = Exact.zero
        for period in years {
            let k = period.index - 1
            cents += Exact(period.total.cents) * Exact.power(a, last - k) * Exact.power(b, k)
        }
        return Money(rounding: planning.total.exact + cents / (Exact(100) * Exact.power(a, last)))
    }

    /// Σ P over the project years.
    public var participantYears: Int {
        (1...scenario.years).map { scenario.cohort(inYear: $0).participants }.reduce(0, +)
    }

    /// Year totals (planning excluded) / participant-years.
    public var perParticipantYear: Money {
        let yearTotal = years.map(\.total).sum()
        guard participantYears > 0 else { return .zero }
        return Money(rounding: yearTotal.exact / Exact(participantYears))
    }

    /// Σ P × students per educator.
    public var studentsReached: Decimal {
        (1...scenario.years).reduce(Decimal(0)) {
            $0 + Decimal(scenario.cohort(inYear: $1).participants) * scenario.cohort.studentsPerEducator
        }
    }

    /// `total` / students reached; nil when no students are reached.
    public var perStudentReached: Money? {
        let students = studentsReached
        guard students > 0 else { return nil }
        return Money(rounding: total.exact / Exact(students))
    }

    /// Per project year: cost, funded and gap (funded is 0 when the scenario lists no funding).
    public var funding: [YearFunding] {
        let sources = scenario.funding ?? []
        return years.map { period in
            let funded = sources.reduce(Exact.zero) { $0 + Exact($1.byYear[period.index - 1]) }
            return YearFunding(year: period.index, cost: period.total, funded: Money(rounding: funded))
        }
    }
}

import Foundation
import LCModel

/// Every figure the engine reports for one projection: what a brief or justification may print.
///
/// Built from the `Projection` (and the model's `Remedy`, `GuideTheme`, `Guide`), never from a
/// rendered text, so a number typed into a template or computed on the side is not in it.
struct EngineFigures {
    /// Money in cents (line amounts, totals, rates…), signed.
    var money: Set<Decimal> = []
    /// Plain numbers (counts, hours, months, growth factors, years).
    var numbers: Set<Decimal> = []
    /// Shares printed as percents (0.14 for "14%").
    var shares: Set<Decimal> = []
    /// Months a text may name (`August 2027`).
    var months: Set<YearMonth> = []
    /// Free text from the scenario (names), removed before scanning.
    var names: [String] = []
    /// Clock times a text may print (`16:00`), from the schedule.
    var times: Set<String> = []
    /// Days a text may print (`February 29, 2028`), from the variance.
    var dates: Set<CivilDate> = []
    /// The simulation's chances of running over funding, exact (draws over ÷ draws), 0…1.
    var probabilities: [Decimal] = []

    /// The projection's figures, plus those of the schedule (when the scenario has a calendar),
    /// the ED 524 view, and the simulation and variance when given.
    init(_ p: Projection, uncertainty: SimulationSummary? = nil, variance: Variance? = nil) {
        let s = p.scenario
        add(p)
        addForm524(p)
        if let schedule = CalendarScheduler.schedule(for: s) { add(schedule) }
        if let uncertainty { add(uncertainty) }
        if let variance { add(variance) }
        for remedy in Remedy.all(for: p) {
            for delta in remedy.periodDeltas + [remedy.totalDelta, remedy.firstYearDelta] { money.insert(delta.decimal) }
            numbers.insert(Decimal(remedy.after.scenario.years))
            switch remedy.change {
            case .stipendRate(let from, let to): money.formUnion([from, to])
            case .addStipends(let rate, let hours): money.insert(rate); numbers.insert(hours)
            case .leaderShare(let from, let to): shares.formUnion([from, to])
            case .years(let from, let to): numbers.formUnion([Decimal(from), Decimal(to)])
            case .kickoff(let from, let to): months.formUnion([from, to])
            case .onrampMonths(let from, let to): numbers.formUnion([Decimal(from), Decimal(to)])
            case .meetingMinutes(let from, let to): numbers.formUnion([from, to])
            case .coachingSessions(let from, let to): numbers.formUnion([Decimal(from), Decimal(to)])
            }
        }
        // The guide's figures the model quotes.
        money.insert(Guide.hourlyRate)
        shares.insert(Guide.leaderShare)
        numbers.formUnion([Decimal(Guide.onrampMonths), Decimal(Guide.longestYears)] + Goal.allCases.map { Decimal($0.minimumYears) })
        names += [s.name, s.organization, Guide.citation].compactMap { $0 } + s.other.map(\.name) + (s.funding ?? []).map(\.source)
    }

    private mutating func add(_ p: Projection) {
        let s = p.scenario
        for m in [p.total, p.presentValue, p.perParticipantYear, p.totalFunded, p.totalGap, p.shortfall] { money.insert(m.decimal) }
        if let perStudent = p.perStudentReached { money.insert(perStudent.decimal) }
        for c in CostCategory.allCases { money.insert(p.categoryTotal(c).decimal) }
        for t in GuideTheme.allCases { money.insert(p.total(of: t).decimal) }
        for f in p.funding { money.formUnion([f.cost.decimal, f.funded.decimal, f.gap.decimal, (-f.gap).decimal]) }
        // The who-pays view: the one gap (planning included, and its planning part) and each source's request.
        let who = FundingAllocation(p)
        money.formUnion([who.gap.decimal] + who.periods.map(\.gap.decimal))
        for index in (p.scenario.funding ?? []).indices { money.insert(who.total(ofSource: index).allocated.decimal) }
        for source in s.funding ?? [] { money.formUnion(source.byYear.map { Money(rounding: $0).decimal }) }
        for period in p.periods {
            money.formUnion([period.total.decimal, period.directTotal.decimal])
            months.formUnion([period.firstMonth, period.index > 0 ? period.lastMonth : period.firstMonth])
            numbers.insert(Decimal(period.index))
            for c in CostCategory.allCases { money.insert(period.total(of: c).decimal) }
            for line in period.lines {
                money.insert(line.amount.decimal)
                if let base = period.baseAmount(of: line) { money.insert(base.decimal) }
                money.insert(period.excludedAmount(of: line).decimal)
                switch line.basis {
                case .product(let factors): factors.forEach { add($0) }
                case .shareOf(let rate, _), .indirect(let rate, _, _): add(rate)
                }
            }
        }
        months.insert(p.lastMonth)
        for year in 1...s.years {
            let cohort = s.cohort(inYear: year)
            numbers.formUnion([Decimal(cohort.participants), Decimal(cohort.leaders), Decimal(year)])
        }
        numbers.formUnion([Decimal(s.years), Decimal(s.meetings.perYear), s.meetings.minutes, s.cohort.studentsPerEducator, p.studentsReached])
        if let planning = s.planning { numbers.insert(Decimal(planning.onrampMonths)) }
        shares.formUnion([s.discountRate, s.escalation.compensation, s.escalation.goods])
    }

    private mutating func add(_ factor: Factor) {
        switch factor.unit {
        case .hourlyRate, .dailyRate, .moneyPer, .annual: money.insert(factor.value)
        case .share: shares.insert(factor.value)
        case .growth(let years): numbers.formUnion([factor.value, Decimal(years)])
        default: numbers.insert(factor.value)
        }
        if case .ratio(_, let divisor) = factor.term {
            numbers.insert(divisor)
            var minutes = factor.value * divisor, rounded = Decimal()
            NSDecimalRound(&rounded, &minutes, 6, .plain)
            numbers.insert(rounded)
        }
    }
}

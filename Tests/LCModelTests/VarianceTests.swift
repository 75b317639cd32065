import Foundation
import Testing
@testable import LCModel

/// A one-year scenario small enough to cost by hand: start 2027-09, 10 educators, 10 meetings,
/// food $20 per person per meeting (10 × 10 × 20 = $2,000.00), kits $100 each ($1,000.00).
func tinyScenario() -> Scenario {
    var s = Scenario(name: "Tiny", goal: .teacherIdentity, start: YearMonth(year: 2027, month: 9), years: 1,
                     cohort: Cohort(participants: 10), meetings: Meetings(perYear: 10))
    s.food = Food(perPersonPerMeeting: 20)
    s.kits = Kits(perParticipant: 100)
    return s
}

func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

@Suite struct VarianceTests {
    let actuals = [
        ActualExpense(date: day("2027-09-10"), category: .kits, item: "Kits", amount: Money(cents: 105_000)),
        ActualExpense(date: day("2027-10-15"), category: .food, item: "Dinner", amount: Money(cents: 50_000)),
        ActualExpense(date: day("2027-11-20"), category: .food, item: "Dinner", amount: Money(cents: 30_000)),
        ActualExpense(date: day("2028-03-01"), category: .food, item: "Dinner", amount: Money(cents: 20_000)),
    ]

    @Test func budgetComesFromTheProjection() {
        let p = Projector.project(tinyScenario())
        #expect(p.periods[1].total(of: .food) == Money(dollars: 2000))
        #expect(p.periods[1].total(of: .kits) == Money(dollars: 1000))
    }

    /// As of 2027-12-31: Year 1 runs 2027-09-01..2028-08-31 = 366 days (29 Feb 2028); 122 have
    /// passed (30+31+30+31), a third. Food 800/2000 = 40% (on track: within 33⅓% ± 10 points);
    /// kits 1050 > 1000 (over budget by 50); total 1850/3000 = 61.67% > 43.33% (ahead of pace).
    @Test func handComputedAsOfDecember() {
        let v = Variance.compute(projection: Projector.project(tinyScenario()), actuals: actuals, asOf: day("2027-12-31"))
        #expect(v.periods.count == 1)   // no planning on-ramp, no planning period
        let year = v.periods[0]
        #expect(year.span.days == 366)
        #expect(year.elapsedShare == Decimal(122) / Decimal(366))
        #expect(Variance.shareText(year.elapsedShare) == "0.3333")
        let food = year.lines.first { $0.category == .food }!
        #expect(food.budgeted == Money(dollars: 2000))
        #expect(food.spent == Money(dollars: 800))
        #expect(food.remaining == Money(dollars: 1200))
        #expect(food.spentShare == Decimal(string: "0.4"))
        #expect(food.status == .onTrack)
        let kits = year.lines.first { $0.category == .kits }!
        #expect(kits.remaining == Money(dollars: -50))
        #expect((kits.status, kits.reason) == (.overspending, .overBudget))
        #expect(year.total.spent == Money(dollars: 1850))
        #expect((year.total.status, year.total.reason) == (.overspending, .aheadOfPace))
        #expect(Variance.percent(year.total.spentShare!) == "62%")
        #expect(v.laterActuals == 1)
        #expect(v.outsideActuals == 0)
        #expect(kits.statement(periodLabel: year.label)
                == "Prototyping kits: overspending — $1,050.00 spent against a $1,000.00 budget, $50.00 over, with 33% of Year 1 elapsed.")
    }

    /// As of 2028-04-30: 243 of 366 days (66.39%); food 1000/2000 = 50% < 56.39%: underspending.
    @Test func handComputedAsOfApril() {
        let v = Variance.compute(projection: Projector.project(tinyScenario()), actuals: actuals, asOf: day("2028-04-30"))
        let food = v.periods[0].lines.first { $0.category == .food }!
        #expect(food.elapsedShare == Decimal(243) / Decimal(366))
        #expect(food.spent == Money(dollars: 1000))
        #expect((food.status, food.reason) == (.underspending, .behindPace))
        #expect(v.laterActuals == 0)
        #expect(food.statement(periodLabel: "Year 1")
                == "Food: underspending — 50% of the $2,000.00 budget spent with 66% of Year 1 elapsed; $1,000.00 remains.")
    }

    @Test func statusBoundariesAreInclusiveOfTheTolerance() {
        let half = Decimal(string: "0.5")!, tol = Variance.defaultTolerance
        func status(_ spent: Int64) -> VarianceStatus {
            Variance.status(budgeted: Money(dollars: 1000), spent: Money(dollars: spent), elapsedShare: half, tolerance: tol).0
        }
        #expect(status(600) == .onTrack)
        #expect(status(601) == .overspending)
        #expect(status(400) == .onTrack)
        #expect(status(399) == .underspending)
        #expect(Variance.status(budgeted: .zero, spent: Money(dollars: 10), elapsedShare: half, tolerance: tol) == (.overspending, .unbudgeted))
        #expect(Variance.status(budgeted: Money(dollars: 10), spent: Money(dollars: 11), elapsedShare: 1, tolerance: tol) == (.overspending, .overBudget))
    }

    @Test func actualsOutsideThePeriodsAreNotCounted() {
        let outside = [ActualExpense(date: day("2030-01-01"), category: .food, item: "x", amount: Money(dollars: 5))]
        let v = Variance.compute(projection: Projector.project(tinyScenario()), actuals: outside, asOf: day("2031-01-01"))
        #expect(v.outsideActuals == 1)
        #expect(v.total.spent == .zero)
        #expect(v.total.elapsedShare == 1)
    }

    @Test func narrativeNamesTheCurrentPeriodAndOffPaceCategories() {
        let v = Variance.compute(projection: Projector.project(tinyScenario()), actuals: actuals, asOf: day("2027-12-31"))
        #expect(v.narrative == "As of 2027-12-31, 33% of Year 1 has elapsed and $1,850.00 (62%) of its $3,000.00 budget has been spent, overspending overall. Overspending: Prototyping kits.")
    }
}

@Suite struct CalendarTests {
    @Test func datesValidateLeapYears() {
        #expect(CivilDate(iso: "2028-02-29") != nil)
        #expect(CivilDate(iso: "2027-02-29") == nil)
        #expect(CivilDate(iso: "1900-02-29") == nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "2027-13-01") == nil)
        #expect(CivilDate(iso: "2027-9-1") == nil)
        #expect(CivilDate(iso: "2027-04-31") == nil)
    }

    @Test func dayNumbersRoundTrip() {
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("2026-01-01").dayNumber == 20_454)   // SOURCE_DATE_EPOCH 1767225600 / 86400
        #expect(CivilDate(unixTime: 1_767_225_600) == day("2026-01-01"))
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
        #expect(day("2028-02-28").adding(days: 1) == day("2028-02-29"))
        #expect(day("2027-12-31").adding(days: 1) == day("2028-01-01"))
    }

    /// The worked example: start 2027-08, 6-month on-ramp, 2 years.
    @Test func periodsOfTheWorkedExample() {
        var s = tinyScenario()
        s.start = YearMonth(year: 2027, month: 8)
        s.years = 2
        s.planning = Planning(onrampMonths: 6, teamSize: 5, hoursPerMonth: 3, hourlyRate: 50)
        let c = ProjectCalendar(s)
        #expect(c.spans.map(\.label) == ["Planning", "Year 1", "Year 2"])
        #expect(c.spans.map { "\($0.first.iso)..\($0.last.iso)" }
                == ["2027-02-01..2027-07-31", "2027-08-01..2028-07-31", "2028-08-01..2029-07-31"])
        #expect(c.period(containing: day("2027-07-31"))?.index == 0)
        #expect(c.period(containing: day("2027-08-01"))?.index == 1)
        #expect(c.period(containing: day("2027-01-31")) == nil)
        #expect(c.period(containing: day("2029-08-01")) == nil)
    }
}

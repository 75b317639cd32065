import Foundation
import Testing
@testable import LCModel

@Suite struct FiscalYearTests {
    @Test func namingAndBoundaries() {
        #expect(FiscalYearView.fiscalYear(of: YearMonth(year: 2027, month: 7), startMonth: 7) == 2028)
        #expect(FiscalYearView.fiscalYear(of: YearMonth(year: 2028, month: 6), startMonth: 7) == 2028)
        #expect(FiscalYearView.fiscalYear(of: YearMonth(year: 2027, month: 12), startMonth: 1) == 2027)
        #expect(FiscalYearView.fiscalYear(of: YearMonth(year: 2027, month: 9), startMonth: 10) == 2027)
        #expect(FiscalYearView.fiscalYear(of: YearMonth(year: 2027, month: 10), startMonth: 10) == 2028)
    }

    @Test func defaultMeetingMonths() {
        let s = FundingFixtures.riverside()   // year 1 Aug 2027 – Jul 2028, school starts September, M = 10
        let months = MonthlySchedule.defaultMeetingMonths(s, year: 1)
        #expect(months.first == YearMonth(year: 2027, month: 9))
        #expect(months.last == YearMonth(year: 2028, month: 6))
        #expect(months.count == 10)
        var january = s
        january.start = YearMonth(year: 2028, month: 1)   // project year Jan–Dec: Sep–Dec then Jan–Jun
        #expect(MonthlySchedule.defaultMeetingMonths(january, year: 1).map(\.month) == [1, 2, 3, 4, 5, 6, 9, 10, 11, 12])
    }

    /// The worked example by hand: planning Feb–Jul 2027 (5 months in FY2027: 5 × 855 = 4,275);
    /// release time 140,400 / 12 = 11,700 a month, 11 months (Aug 2027–Jun 2028) in FY2028.
    @Test func workedExample() {
        let fy = FiscalYearView(Projector.project(FundingFixtures.riverside()))
        #expect(fy.years.map(\.label) == ["FY2027", "FY2028", "FY2029", "FY2030"])
        #expect(fy.years[0].byCategory[.planning] == cents("4275"))
        #expect(fy.years[1].byCategory[.planning] == cents("855"))
        #expect(fy.years[1].byCategory[.buyouts] == cents("128700"))
        #expect(fy.years[1].byCategory[.stipends] == cents("61218"))   // every meeting month is in FY2028
        #expect(fy.years[1].byCategory[.kits] == cents("2880"))
        #expect(fy.total == cents("547809.59"))
    }

    /// Fiscal-year totals equal project-year totals to the cent, per category, on generated
    /// scenarios; every line's months sum to the line; who pays per FY sums to the allocation.
    @Test func totalsUnchangedToTheCent() {
        var g = FundingFixtures.Generator(state: 7)
        for _ in 0..<300 {
            let s = FundingFixtures.generated(&g)
            let p = Projector.project(s)
            let fy = FiscalYearView(p)
            #expect(fy.total == p.total)
            for category in CostCategory.allCases {
                #expect(fy.years.map { $0.byCategory[category] ?? .zero }.sum() == p.categoryTotal(category))
            }
            for period in p.periods {
                for line in period.lines {
                    #expect(fy.monthly[period.index]?[line.key]?.values.sum() == line.amount, "\(line.key)")
                }
            }
            let who = FundingAllocation(p)
            for (i, _) in (s.funding ?? []).enumerated() {
                #expect(fy.years.map { $0.bySource[i] ?? .zero }.sum() == who.total(ofSource: i).allocated)
            }
            #expect(fy.years.map(\.gap).sum() == who.gap)
            for year in fy.years {
                #expect(year.bySource.values.sum() + year.gap == year.total + year.inKindAdded)
            }
        }
    }

    @Test func largestRemainderIsExact() {
        #expect(LargestRemainder.evenly(Money(cents: 100), count: 3) == [Money(cents: 34), Money(cents: 33), Money(cents: 33)])
        #expect(LargestRemainder.split(Money(cents: -101), weights: [1, 1]) == [Money(cents: -51), Money(cents: -50)])
        var g = FundingFixtures.Generator(state: 99)
        for _ in 0..<500 {
            let amount = Money(cents: Int64(g.int(0...10_000_000)))
            let weights = (0..<g.int(1...12)).map { _ in Decimal(g.int(0...1000)) }
            #expect(LargestRemainder.split(amount, weights: weights).sum() == amount)
        }
    }
}

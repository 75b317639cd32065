import Foundation
import Testing
import TestSupport
@testable import LCModel

/// The registry's maxima keep every figure inside `Int64` cents (FieldRegistry+Bounds.swift).
@Suite struct FieldBoundsTests {
    static let int64Dollars = Decimal(Int64.max) / 100

    @Test func theWorstCaseTotalIsFarInsideInt64Cents() {
        // 20,000 values is the loader's limit on a file; 366 meetings a year is one a day.
        let worst = FieldRegistry.worstCaseTotal(values: 20_000, meetings: 366)
        #expect(worst > 0)
        #expect(worst < Decimal(string: "4e15")!, "the doc comment's figure: \(worst.plainText)")
        #expect(worst * 20 < Self.int64Dollars, "a margin of 20 times")
    }

    /// Every numeric field at its maximum, all at once (with the sections and lists to hold them).
    static func allAtMaximum(others: Int, leadersAtMaximum: Bool) -> Scenario {
        var s = Fixtures.riverside()
        s.years = 5
        s.funding = (0..<3).map { FundingSource(source: "Fund \($0)", kind: .grant, byYear: Array(repeating: 0, count: 5)) }
        s.other = (0..<others).map { OtherCost(name: "Cost \($0)", annual: 0) }
        for field in FieldRegistry.all where field.isNumeric {
            guard let hi = field.maximum else { continue }
            for indices in field.boundIndices(in: s) { field.setValue(.number(hi), in: &s, indices: indices) }
        }
        if !leadersAtMaximum { s.cohort.leaders = 1 }
        return s
    }

    static func allAtMinimum() -> Scenario {
        var s = Fixtures.riverside()
        for field in FieldRegistry.all where field.isNumeric {
            guard let lo = field.minimum else { continue }
            let lists = field.boundIndices(in: s)
            for indices in lists { field.setValue(.number(lo), in: &s, indices: indices) }
        }
        // years at its minimum of 1: funding keeps one amount per year.
        s.funding = s.funding?.map { var f = $0; f.byYear = Array(f.byYear.prefix(s.years)); return f }
        return s
    }

    @Test(arguments: [true, false]) func everyFieldAtItsMaximumProjectsWithinTheBound(leaders: Bool) {
        let s = Self.allAtMaximum(others: 40, leadersAtMaximum: leaders)
        let p = Projector.project(s)
        let bound = FieldRegistry.worstCaseTotal(values: 40, meetings: 12)
        #expect(p.total.cents > 0)
        #expect(Decimal(p.total.cents) / 100 <= bound)
        #expect(p.presentValue.cents > 0 && p.presentValue <= p.total)
        for period in p.periods {
            #expect(period.total.cents >= 0)
            for line in period.lines { #expect(line.amount.cents >= 0, "\(line.key)") }
        }
        for year in p.funding { #expect(year.cost == p.periods[year.year].total && year.gap == year.cost - year.funded) }
        #expect(p.perParticipantYear.cents > 0 && (p.perStudentReached?.cents ?? 0) > 0)
    }

    @Test func everyFieldAtItsMinimumProjectsWithoutANegativeFigure() {
        let p = Projector.project(Self.allAtMinimum())
        #expect(p.total.cents >= 0)
        #expect(p.presentValue.cents >= 0)
        for period in p.periods {
            for line in period.lines { #expect(line.amount.cents >= 0, "\(line.key)") }
        }
    }
}

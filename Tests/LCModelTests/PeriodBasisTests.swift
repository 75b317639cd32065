import Foundation
import Testing
@testable import LCModel

/// `Period.baseAmount(of:)` reports the base the projector actually used.
@Suite struct PeriodBasisTests {
    @Test func shareAndIndirectLinesAreTheirRateTimesTheReportedBase() {
        var s = Scenario(name: "Bases", goal: .teacherIdentity, start: YearMonth(year: 2027, month: 8), years: 2,
                         cohort: Cohort(participants: 9, leaders: 2), meetings: Meetings(perYear: 10))
        s.cohort.employees = false
        s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4, leaderHourlyRate: 60)
        s.fringe = Fringe(extraDuty: Decimal(string: "0.0765")!, substitutes: Decimal(string: "0.02")!)
        s.substitutes = Substitutes(daysPerParticipant: 2, dailyRate: 185)
        s.food = Food(perPersonPerMeeting: Decimal(string: "12.5")!)
        s.escalation = Escalation(compensation: Decimal(string: "0.031")!, goods: Decimal(string: "0.02")!)
        s.planning = Planning(onrampMonths: 6, teamSize: 3, hoursPerMonth: 3, hourlyRate: 47)
        for base in [Indirect.Base.mtdc, .totalDirect] {
            s.indirect = Indirect(rate: Decimal(string: "0.125")!, base: base)
            let p = Projector.project(s)
            var checked = 0
            for period in p.periods {
                for line in period.lines {
                    let rate: Decimal
                    switch line.basis {
                    case .product: #expect(period.baseAmount(of: line) == nil); continue
                    case .shareOf(let r, _), .indirect(let r, _, _): rate = r.value
                    }
                    let base = period.baseAmount(of: line)!
                    #expect(Money(rounding: rate * base.decimal) == line.amount, "\(period.label) \(line.key)")
                    checked += 1
                }
                if let indirect = period.line("indirect.indirect") {
                    #expect(period.baseAmount(of: indirect)! + period.excludedAmount(of: indirect) == period.directTotal)
                    #expect(period.excludedAmount(of: indirect).isZero == (base == .totalDirect))
                }
            }
            #expect(checked == 7, "planning fringe + 2 years × (stipend fringe, substitute fringe, indirect)")
        }
    }
}

import Foundation
import Testing
@testable import LCModel

/// One test per cost rule of the spec; every expected figure worked by hand (and checked with
/// Python's `decimal` at 38 digits, ROUND_HALF_UP).
@Suite struct CostRuleTests {
    @Test func stipendsWithLeaderRateExtraHoursFringeAndEscalation() {
        var s = Fixtures.bare(participants: 12, leaders: 2, years: 3, meetings: 9)
        s.stipends = Stipends(hourlyRate: d("52.5"), hoursPerMonth: d("3.5"), leaderHourlyRate: 70,
                              leaderExtraHoursPerMonth: d("1.5"))
        s.fringe.extraDuty = d("0.0765")
        s.escalation.compensation = d("0.035")
        s.escalation.goods = d("0.2")   // must not touch stipends
        let p = Projector.project(s)
        // Year 1: 10 × 3.5 × 9 × 52.50 = 16,537.50; 2 × (3.5 + 1.5) × 9 × 70 = 6,300; 7.65% of 22,837.50.
        #expect(p.amount("stipends.participants", period: 1) == m("16537.50"))
        #expect(p.amount("stipends.leaders", period: 1) == m("6300.00"))
        #expect(p.amount("stipends.fringe", period: 1) == m("1747.07"))
        // Year 3: × 1.035² = 1.071225; fringe on the two rounded lines (24,464.10).
        #expect(p.amount("stipends.participants", period: 3) == m("17715.38"))
        #expect(p.amount("stipends.leaders", period: 3) == m("6748.72"))
        #expect(p.amount("stipends.fringe", period: 3) == m("1871.50"))
        #expect(p.periods[3].total(of: .stipends) == m("26335.60"))
    }

    @Test func leaderRateDefaultsToTheHourlyRate() {
        var s = Fixtures.bare(participants: 5, leaders: 1, meetings: 10)
        s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4)
        let p = Projector.project(s)
        #expect(p.amount("stipends.leaders", period: 1) == m("2000.00"))
        #expect(p.amount("stipends.participants", period: 1) == m("8000.00"))
    }

    @Test func buyoutsForLeadersAndParticipantsWithBenefits() {
        var s = Fixtures.bare(participants: 12, leaders: 2, years: 2)
        s.buyouts = Buyouts(salary: 70000, benefitsRate: d("0.31"), leaderShare: d("0.5"), participantShare: d("0.1"))
        s.escalation.compensation = d("0.03")
        let p = Projector.project(s)
        #expect(p.amount("buyouts.leaders", period: 1) == m("70000.00"))
        #expect(p.amount("buyouts.participants", period: 1) == m("70000.00"))
        #expect(p.amount("buyouts.fringe", period: 1) == m("43400.00"))
        #expect(p.amount("buyouts.leaders", period: 2) == m("72100.00"))
        #expect(p.amount("buyouts.participants", period: 2) == m("72100.00"))
        #expect(p.amount("buyouts.fringe", period: 2) == m("44702.00"))
    }

    @Test(arguments: [(false, "4637.50", "67.24"), (true, "5565.00", "80.69")])
    func substitutesCoverNonLeadersUnlessLeadersIncluded(includeLeaders: Bool, coverage: String, fringe: String) {
        var s = Fixtures.bare(participants: 12, leaders: 2)
        s.substitutes = Substitutes(daysPerParticipant: d("2.5"), dailyRate: d("185.50"), includeLeaders: includeLeaders)
        s.fringe.substitutes = d("0.0145")
        s.fringe.extraDuty = d("0.5")   // must not touch substitutes
        let p = Projector.project(s)
        #expect(p.amount("substitutes.coverage", period: 1) == m(coverage))
        #expect(p.amount("substitutes.fringe", period: 1) == m(fringe))
    }

    @Test func foodForParticipantsAndGuestsEscalatedAsGoods() {
        var s = Fixtures.bare(participants: 12, years: 2, meetings: 9)
        s.food = Food(perPersonPerMeeting: d("13.75"), guestsPerMeeting: 3)
        s.escalation = Escalation(compensation: d("0.2"), goods: d("0.02"))
        let p = Projector.project(s)
        #expect(p.amount("food.meals", period: 1) == m("1856.25"))   // 15 people × 9 × 13.75
        #expect(p.amount("food.meals", period: 2) == m("1893.38"))   // × 1.02 = 1,893.375
    }

    @Test func childcareOnlyWhenMeetingsRunAfterHours() {
        var s = Fixtures.bare(participants: 12, years: 2, meetings: 9)
        s.childcare = Childcare(families: 5, hoursPerMeeting: d("2.25"), hourlyRate: d("18.5"))
        s.escalation.goods = d("0.02")
        s.meetings.afterHours = true
        var p = Projector.project(s)
        #expect(p.amount("childcare.care", period: 1) == m("1873.13"))   // 1,873.125, half away from zero
        #expect(p.amount("childcare.care", period: 2) == m("1910.59"))
        s.meetings.afterHours = false
        p = Projector.project(s)
        #expect(p.categoryTotal(.childcare) == .zero)
        #expect(p.total == .zero)
    }

    @Test func kitsInYearOneThenTheRefreshShare() {
        var s = Fixtures.bare(participants: 12, years: 3)
        s.kits = Kits(perParticipant: d("95.5"), refreshShare: d("0.2"))
        s.escalation.goods = d("0.05")
        let p = Projector.project(s)
        #expect(p.amount("kits.kits", period: 1) == m("1146.00"))
        #expect(p.amount("kits.kits", period: 2) == m("240.66"))   // × 0.2 × 1.05
        #expect(p.amount("kits.kits", period: 3) == m("252.69"))   // × 0.2 × 1.1025
        #expect(p.periods[1].line("kits.kits")?.item == "Prototyping kits")
        #expect(p.periods[2].line("kits.kits")?.item == "Prototyping kit refresh")
        s.kits?.refreshShare = 0
        #expect(Projector.project(s).periods[2].total(of: .kits) == .zero)
    }

    @Test(arguments: [(25, 4, "2776.67"), (25, 5, "1983.33"), (26, 5, "2380.00"), (25, 1, "9916.67")])
    func coachingGroupsRoundUpAndMinutesBecomeHours(participants: Int, groupSize: Int, expected: String) {
        var s = Fixtures.bare(participants: participants)
        s.coaching = Coaching(sessionsPerYear: 7, minutes: 40, groupSize: groupSize, coachHourlyRate: 85)
        // 7 sessions × ceil(P / group size) × 40/60 h × $85
        #expect(Projector.project(s).amount("coaching.sessions", period: 1) == m(expected))
    }

    @Test func coachingEscalatesAsCompensation() {
        var s = Fixtures.bare(participants: 25, years: 2)
        s.coaching = Coaching(sessionsPerYear: 7, minutes: 40, groupSize: 4, coachHourlyRate: 85)
        s.escalation = Escalation(compensation: d("0.03"), goods: d("0.2"))
        #expect(Projector.project(s).amount("coaching.sessions", period: 2) == m("2859.97"))
    }

    @Test func credentialsPerParticipantEscalatedAsGoods() {
        var s = Fixtures.bare(participants: 12, years: 2)
        s.credentials = Credentials(perParticipant: d("75.25"))
        s.escalation.goods = d("0.02")
        let p = Projector.project(s)
        #expect(p.amount("credentials.credentials", period: 1) == m("903.00"))
        #expect(p.amount("credentials.credentials", period: 2) == m("921.06"))
    }

    @Test func otherCostsOneLinePerEntryEscalatedAsGoods() {
        var s = Fixtures.bare(years: 2)
        s.other = [OtherCost(name: "Facilitator", annual: 8000), OtherCost(name: "Evaluation", annual: d("1234.56"))]
        s.escalation.goods = d("0.025")
        let p = Projector.project(s)
        #expect(p.periods[2].lines.filter { $0.category == .other }.map(\.item) == ["Facilitator", "Evaluation"])
        #expect(p.amount("other.0", period: 2) == m("8200.00"))
        #expect(p.amount("other.1", period: 2) == m("1265.42"))
    }

    /// Every category, year 1, with hand totals: direct 33,300; participant support 23,300.
    static func everyCategory(employees: Bool, base: Indirect.Base) -> Scenario {
        var s = Fixtures.bare(participants: 10, meetings: 10)
        s.cohort.employees = employees
        s.meetings.afterHours = true
        s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4)                       // 20,000
        s.food = Food(perPersonPerMeeting: 10)                                        //  1,000
        s.kits = Kits(perParticipant: 100)                                            //  1,000
        s.credentials = Credentials(perParticipant: 50)                               //    500
        s.childcare = Childcare(families: 2, hoursPerMeeting: 2, hourlyRate: 20)      //    800
        s.substitutes = Substitutes(daysPerParticipant: 1, dailyRate: 200)            //  2,000
        s.coaching = Coaching(sessionsPerYear: 10, minutes: 60, groupSize: 1, coachHourlyRate: 50) // 5,000
        s.other = [OtherCost(name: "Facilitator", annual: 3000)]                      //  3,000
        s.indirect = Indirect(rate: d("0.15"), base: base)
        return s
    }

    @Test func indirectOnTotalDirect() {
        let p = Projector.project(Self.everyCategory(employees: false, base: .totalDirect))
        #expect(p.periods[1].directTotal == m("33300.00"))
        #expect(p.amount("indirect.indirect", period: 1) == m("4995.00"))
    }

    @Test func mtdcExcludesParticipantSupportWhenNotEmployees() {
        let p = Projector.project(Self.everyCategory(employees: false, base: .mtdc))
        // Base: substitutes 2,000 + coaching 5,000 + other 3,000.
        #expect(p.amount("indirect.indirect", period: 1) == m("1500.00"))
        let support = Set(p.periods[1].lines.filter(\.participantSupport).map(\.category))
        #expect(support == [.stipends, .food, .childcare, .kits, .credentials])
    }

    @Test func mtdcExcludesNothingWhenEmployees() {
        let p = Projector.project(Self.everyCategory(employees: true, base: .mtdc))
        #expect(p.amount("indirect.indirect", period: 1) == m("4995.00"))
        #expect(p.periods[1].lines.allSatisfy { !$0.participantSupport })
    }

    @Test func planningHasNoEscalationAndNoIndirect() {
        var s = Fixtures.bare(years: 2)
        s.planning = Planning(onrampMonths: 7, teamSize: 4, hoursPerMonth: d("2.5"), hourlyRate: 52)
        s.fringe.extraDuty = d("0.0765")
        s.escalation = Escalation(compensation: d("0.25"), goods: d("0.25"))
        s.indirect = Indirect(rate: d("0.5"))
        let p = Projector.project(s)
        #expect(p.planning.lines.map(\.key) == ["planning.onramp", "planning.fringe"])
        #expect(p.amount("planning.onramp", period: 0) == m("3640.00"))   // 4 × 2.5 × 7 × 52
        #expect(p.amount("planning.fringe", period: 0) == m("278.46"))
        #expect(p.planning.total == m("3918.46"))
        #expect(p.planning.firstMonth == YearMonth(year: 2027, month: 1))   // 7 months before 2027-08
        #expect(p.planning.label == "Planning")
    }

    @Test func byYearCountsOverrideTheCohortPerYear() {
        var s = Fixtures.bare(participants: 10, leaders: 1, years: 2)
        s.cohort.byYear = [CohortYear(participants: 10, leaders: 1), CohortYear(participants: 14, leaders: 2)]
        s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4)
        s.food = Food(perPersonPerMeeting: 15)
        let p = Projector.project(s)
        #expect(p.amount("stipends.participants", period: 1) == m("18000.00"))
        #expect(p.amount("stipends.leaders", period: 1) == m("2000.00"))
        #expect(p.amount("stipends.participants", period: 2) == m("24000.00"))
        #expect(p.amount("stipends.leaders", period: 2) == m("4000.00"))
        #expect(p.amount("food.meals", period: 2) == m("2100.00"))
        #expect(p.participantYears == 24)
    }

    @Test func linesRoundHalfAwayFromZeroAtTheHalfCent() {
        var s = Fixtures.bare(participants: 2, meetings: 1)
        s.food = Food(perPersonPerMeeting: d("0.0025"))   // 2 × 1 × 0.0025 = 0.005
        #expect(Projector.project(s).amount("food.meals", period: 1) == m("0.01"))
    }

    @Test func fringeAndIndirectAreSharesOfRoundedLines() {
        var s = Fixtures.bare(participants: 1, meetings: 1)
        s.stipends = Stipends(hourlyRate: d("0.125"), hoursPerMonth: 1)   // 0.125 -> 0.13
        s.fringe.extraDuty = d("0.5")                                     // 0.5 × 0.13 = 0.065 -> 0.07 (not 0.06)
        s.indirect = Indirect(rate: d("0.5"))                             // 0.5 × 0.20 = 0.10 (not 0.0938 -> 0.09)
        let p = Projector.project(s)
        #expect(p.amount("stipends.participants", period: 1) == m("0.13"))
        #expect(p.amount("stipends.fringe", period: 1) == m("0.07"))
        #expect(p.amount("indirect.indirect", period: 1) == m("0.10"))
        #expect(p.total == m("0.30"))
    }

    @Test func derivedFiguresWithoutStudentsOrFunding() {
        var s = Fixtures.guideFollowing()
        s.years = 2
        let p = Projector.project(s)
        #expect(p.perStudentReached == nil)
        #expect(p.funding.map(\.year) == [1, 2])
        #expect(p.funding.allSatisfy { $0.funded == .zero && $0.gap == $0.cost })
        #expect(!p.codes.contains(.fundingGap))
    }

    @Test func fundingIsSummedExactlyThenRoundedOnce() {
        var s = Fixtures.bare()
        s.other = [OtherCost(name: "x", annual: 1)]
        s.funding = [FundingSource(source: "a", kind: .grant, byYear: [d("0.004")]),
                     FundingSource(source: "b", kind: .other, byYear: [d("0.004")])]
        let p = Projector.project(s)
        #expect(p.funding[0].funded == m("0.01"))   // 0.008 -> 0.01; rounding each first would give 0.00
        #expect(p.funding[0].gap == m("0.99"))
    }

    @Test func presentValueDiscountsLaterYears() {
        var s = Fixtures.bare(years: 3)
        s.other = [OtherCost(name: "x", annual: 10000)]
        s.discountRate = d("0.05")
        // 10,000 + 10,000/1.05 + 10,000/1.1025 = 28,594.10
        #expect(Projector.project(s).presentValue == m("28594.10"))
    }
}

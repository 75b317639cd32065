import Foundation
import Testing
@testable import LCModel

/// Remedies apply the guide's fix to the scenario and price it with the projector.
@Suite struct RemedyTests {
    func scenario() -> Scenario {
        var s = Scenario(name: "Remedy", goal: .studentIdentity, start: YearMonth(year: 2027, month: 11), years: 1,
                         cohort: Cohort(participants: 10, leaders: 2), meetings: Meetings(perYear: 10, minutes: 60))
        s.stipends = Stipends(hourlyRate: Decimal(string: "42.50")!, hoursPerMonth: 4)
        s.buyouts = Buyouts(salary: 70000, benefitsRate: Decimal(string: "0.3")!, leaderShare: 0)
        s.planning = Planning(onrampMonths: 2, teamSize: 3, hoursPerMonth: 2, hourlyRate: 50)
        s.coaching = Coaching(sessionsPerYear: 0, minutes: 45, groupSize: 1, coachHourlyRate: 80)
        return s
    }

    func remedy(_ code: Advisory.Code, _ p: Projection) throws -> Remedy {
        let advisory = try #require(p.advisories.first { $0.code == code })
        return try #require(Remedy.for(advisory, in: p))
    }

    @Test func stipendRaisedToTheGuideRate() throws {
        let p = Projector.project(scenario())
        let r = try remedy(.stipendBelowGuide, p)
        #expect(r.change == .stipendRate(from: Decimal(string: "42.5")!, to: 50))
        // By hand: 8 × 4 × 10 × $7.50 = $2,400 and 2 leaders × 4 × 10 × $7.50 = $600 (leader rate defaulted to $42.50).
        #expect(r.firstYearDelta == Money(dollars: 3000))
        #expect(r.totalDelta == Money(dollars: 3000))
        #expect(!r.after.advisories.contains { $0.code == .stipendBelowGuide })
    }

    @Test func leaderBuyoutToHalf() throws {
        let p = Projector.project(scenario())
        let r = try remedy(.leaderBuyoutBelowGuide, p)
        #expect(r.change == .leaderShare(from: 0, to: Decimal(string: "0.5")!))
        // 2 × $70,000 × 50% = $70,000, plus 30% benefits.
        #expect(r.totalDelta == Money(dollars: 91_000))
        #expect(!r.after.advisories.contains { $0.code == .leaderBuyoutBelowGuide || $0.code == .leaderRateNotIncreased })
    }

    @Test func durationExtendedWithLastCohortAndUnfundedYears() throws {
        var s = scenario()
        s.funding = [FundingSource(source: "Fund", kind: .district, byYear: [1000])]
        let p = Projector.project(s)
        let r = try remedy(.durationShortForGoal, p)
        #expect(r.change == .years(from: 1, to: 2))
        #expect(r.after.scenario.funding?[0].byYear == [1000, 0])
        #expect(r.totalDelta == r.after.periods[2].total)
        #expect(r.periodDeltas == [.zero, .zero, r.after.periods[2].total])
    }

    @Test func costFreeFixesCostNothing() throws {
        let p = Projector.project(scenario())
        let kickoff = try remedy(.kickoffMidyear, p)
        #expect(kickoff.change == .kickoff(from: YearMonth(year: 2027, month: 11), to: YearMonth(year: 2028, month: 6)))
        #expect(kickoff.totalDelta == .zero)
        let meeting = try remedy(.meetingLength, p)
        #expect(meeting.change == .meetingMinutes(from: 60, to: 90))
        #expect(meeting.totalDelta == .zero)
    }

    @Test func onrampAndCoaching() throws {
        let p = Projector.project(scenario())
        let onramp = try remedy(.onrampShort, p)
        #expect(onramp.change == .onrampMonths(from: 2, to: 6))
        #expect(onramp.totalDelta == Money(dollars: 1200), "3 × 2 h × 4 more months × $50")
        #expect(onramp.firstYearDelta == .zero)
        let coaching = try remedy(.noCoaching, p)
        #expect(coaching.totalDelta == Money(dollars: 6000), "10 sessions × 10 educators × 0.75 h × $80")
    }

    @Test func fixesWithoutPricesHaveNoRemedy() throws {
        var s = scenario()
        s.buyouts = nil
        s.meetings.afterHours = true
        let p = Projector.project(s)
        for code in [Advisory.Code.leaderBuyoutBelowGuide, .leaderRateNotIncreased, .foodMissing, .kitsMissing, .childcareMissing] {
            let advisory = try #require(p.advisories.first { $0.code == code }, "\(code) fires")
            #expect(Remedy.for(advisory, in: p) == nil, "\(code) has no price in the scenario")
        }
    }

    @Test func noStipendsGetTheGuideStipend() throws {
        var s = scenario()
        s.stipends = nil
        let r = try remedy(.stipendBelowGuide, Projector.project(s))
        #expect(r.change == .addStipends(rate: 50, hoursPerMonth: 4))
        #expect(r.firstYearDelta == Money(dollars: 20_000), "10 educators, leaders included, × 4 h × 10 months × $50 = $2,000 each")
    }
}

import Foundation
import Testing
@testable import LCModel

/// Each of the spec's twelve advisories, firing and not firing, one change at a time from a
/// scenario that follows the guide.
@Suite struct AdvisoryTests {
    func codes(_ change: (inout Scenario) -> Void) -> [Advisory.Code] {
        var s = Fixtures.guideFollowing()
        change(&s)
        return Projector.project(s).codes
    }

    @Test func theGuideFollowingFixtureHasNoAdvisories() {
        #expect(codes { _ in } == [])
        // The spec's twelve codes; the project adds its own (calendar, indirect rules) beside them.
        let spec = ["STIPEND_BELOW_GUIDE", "LEADER_RATE_NOT_INCREASED", "LEADER_BUYOUT_BELOW_GUIDE",
                    "DURATION_SHORT_FOR_GOAL", "KICKOFF_MIDYEAR", "ONRAMP_SHORT", "MEETING_LENGTH", "NO_COACHING",
                    "CHILDCARE_MISSING", "FOOD_MISSING", "KITS_MISSING", "FUNDING_GAP"]
        #expect(spec.allSatisfy { Advisory.Code(rawValue: $0) != nil })
    }

    @Test func stipendBelowGuide() {
        #expect(codes { $0.stipends?.hourlyRate = d("49.99") } == [.stipendBelowGuide])
        #expect(codes { $0.stipends = nil } == [.stipendBelowGuide])
        #expect(codes { $0.stipends?.hourlyRate = 50 } == [])
        // No stipends, but participants' time is bought out: not below the guide.
        #expect(codes {
            $0.stipends = nil
            $0.buyouts = Buyouts(salary: 70000, benefitsRate: d("0.3"), leaderShare: d("0.5"), participantShare: d("0.5"))
        } == [])
        // A buyouts section that buys out no participant time does not count.
        #expect(codes {
            $0.stipends = nil
            $0.buyouts = Buyouts(salary: 70000, benefitsRate: d("0.3"), leaderShare: d("0.5"), participantShare: 0)
        } == [.stipendBelowGuide])
    }

    @Test func leaderRateNotIncreased() {
        let leaders: (inout Scenario) -> Void = { $0.cohort.leaders = 2 }
        // Same rate, no buyouts: both leader advisories.
        #expect(codes { leaders(&$0) } == [.leaderRateNotIncreased, .leaderBuyoutBelowGuide])
        // A buyouts section with leader_share 0 still leaves the leaders' rate unraised.
        let zeroShare = codes {
            leaders(&$0)
            $0.buyouts = Buyouts(salary: 70000, benefitsRate: d("0.3"), leaderShare: 0)
        }
        #expect(zeroShare.contains(.leaderRateNotIncreased))
        // A higher leader rate: not fired.
        let raised = codes { leaders(&$0); $0.stipends?.leaderHourlyRate = d("50.01") }
        #expect(!raised.contains(.leaderRateNotIncreased))
        // A buyout at the same rate: not fired.
        #expect(codes {
            leaders(&$0)
            $0.buyouts = Buyouts(salary: 70000, benefitsRate: d("0.3"), leaderShare: d("0.5"))
        } == [])
        // Leaders only in a later year (by_year) still count.
        let later = codes {
            $0.years = 2
            $0.cohort.byYear = [CohortYear(participants: 10), CohortYear(participants: 10, leaders: 1)]
        }
        #expect(later.contains(.leaderRateNotIncreased))
    }

    @Test func leaderBuyoutBelowGuide() {
        func withShare(_ share: String?) -> [Advisory.Code] {
            codes {
                $0.cohort.leaders = 2
                $0.stipends?.leaderHourlyRate = 65
                if let share { $0.buyouts = Buyouts(salary: 70000, benefitsRate: d("0.3"), leaderShare: d(share)) }
            }
        }
        #expect(withShare(nil) == [.leaderBuyoutBelowGuide])
        #expect(withShare("0.44") == [.leaderBuyoutBelowGuide])
        #expect(withShare("0.45") == [])
        #expect(withShare("0.5") == [])
        // No leaders: nothing to buy out.
        #expect(codes { $0.buyouts = nil } == [])
    }

    @Test(arguments: [(Goal.teacherIdentity, 1, false), (.studentIdentity, 1, true), (.studentIdentity, 2, false),
                      (.studentOutcomes, 2, true), (.studentOutcomes, 3, false), (.studentOutcomes, 5, false)])
    func durationShortForGoal(goal: Goal, years: Int, fires: Bool) {
        let found = codes { $0.goal = goal; $0.years = years }
        #expect(found == (fires ? [.durationShortForGoal] : []))
    }

    @Test(arguments: [(9, 6, false), (9, 7, false), (9, 8, false), (9, 9, false), (9, 5, true), (9, 10, true),
                      (9, 1, true), (1, 10, false), (1, 12, false), (1, 1, false), (1, 9, true), (1, 2, true)])
    func kickoffMidyear(schoolYearStart: Int, startMonth: Int, fires: Bool) {
        let found = codes { $0.schoolYearStartMonth = schoolYearStart; $0.start = YearMonth(year: 2027, month: startMonth) }
        #expect(found == (fires ? [.kickoffMidyear] : []))
    }

    @Test func onrampShort() {
        #expect(codes { $0.planning = nil } == [.onrampShort])
        #expect(codes { $0.planning?.onrampMonths = 5 } == [.onrampShort])
        #expect(codes { $0.planning?.onrampMonths = 6 } == [])
        #expect(codes { $0.planning?.onrampMonths = 9 } == [])
    }

    @Test(arguments: [("89", true), ("90", false), ("120", false), ("120.5", true), ("60", true), ("105", false)])
    func meetingLength(minutes: String, fires: Bool) {
        #expect(codes { $0.meetings.minutes = d(minutes) } == (fires ? [.meetingLength] : []))
    }

    @Test func noCoaching() {
        #expect(codes { $0.coaching = nil } == [.noCoaching])
        #expect(codes { $0.coaching?.sessionsPerYear = 0 } == [.noCoaching])
        #expect(codes { $0.coaching?.sessionsPerYear = 1 } == [])
    }

    @Test func childcareMissing() {
        #expect(codes { $0.meetings.afterHours = true } == [.childcareMissing])
        #expect(codes {
            $0.meetings.afterHours = true
            $0.childcare = Childcare(families: 2, hoursPerMeeting: 2, hourlyRate: 20)
        } == [])
        #expect(codes { $0.meetings.afterHours = false; $0.childcare = nil } == [])
    }

    @Test func foodMissing() {
        #expect(codes { $0.food = nil } == [.foodMissing])
        #expect(codes { $0.food = Food(perPersonPerMeeting: 0) } == [])
    }

    @Test func kitsMissing() {
        #expect(codes { $0.kits = nil } == [.kitsMissing])
        #expect(codes { $0.kits = Kits(perParticipant: 0) } == [])
    }

    @Test func fundingGap() {
        var s = Fixtures.guideFollowing()
        s.years = 2
        let cost = Projector.project(s).funding.map(\.cost)
        func found(_ amounts: [[Decimal]]?) -> [Advisory.Code] {
            var t = s
            t.funding = amounts.map { $0.map { FundingSource(source: "f", kind: .grant, byYear: $0) } }
            return Projector.project(t).codes
        }
        let exact = cost.map(\.decimal)
        #expect(found(nil) == [])                                   // no funding list
        #expect(found([exact]) == [])                               // exactly covered
        #expect(found([exact.map { $0 + 1 }]) == [])                // surplus
        #expect(found([[exact[0] - d("0.01"), exact[1]]]) == [.fundingGap])   // one cent short in year 1
        #expect(found([[exact[0] + 5000, exact[1] - 1]]) == [.fundingGap])    // a surplus does not carry over
        #expect(found([]) == [.fundingGap])                         // an empty list funds nothing
    }

    @Test func advisoriesPointAtTheirInput() {
        let p = Projector.project(Fixtures.riverside())
        #expect(p.advisories.map(\.input) == ["funding"])
        #expect(p.advisories[0].message == "Funding falls short: year 1 $58,582.60, year 2 $64,096.99.")
        #expect(p.advisories[0].severity == .warning)
    }
}

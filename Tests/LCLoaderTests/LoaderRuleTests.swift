import Foundation
import TestSupport
import Testing
import LCLoader
import LCModel

/// Defaults and rules of the loader that docs/scenario-format.md documents.
@Suite struct LoaderRuleTests {
    @Test func defaultsTheSpecFixes() throws {
        let s = try ScenarioLoader.parse("""
        format: 1
        name: x
        goal: teacher-identity
        start: 2027-08
        years: 1
        cohort: { participants: 5 }
        meetings: { per_year: 8 }
        stipends: { hourly_rate: 50, hours_per_month: 4 }
        coaching: { minutes: 30, group_size: 1, coach_hourly_rate: 60 }
        kits: { per_participant: 10 }
        indirect: { rate: 0.1 }
        funding:
          - { source: a, by_year: [5] }
        """, file: "d.yaml").scenario
        #expect(s.schoolYearStartMonth == 9)
        #expect(s.discountRate == d("0.03"))
        #expect(s.cohort.leaders == 0 && s.cohort.studentsPerEducator == 0 && s.cohort.employees)
        #expect(s.meetings.minutes == 120 && !s.meetings.afterHours)
        #expect(s.stipends?.leaderHourlyRate == 50 && s.stipends?.leaderExtraHoursPerMonth == 0)
        #expect(s.fringe == Fringe())
        #expect(s.coaching?.sessionsPerYear == 8)   // default = meetings.per_year
        #expect(s.kits?.refreshShare == 0)
        #expect(s.escalation == Escalation())
        #expect(s.indirect?.base == .totalDirect)
        #expect(s.funding?.first?.kind == .other)
        #expect(s.buyouts == nil && s.planning == nil && s.other.isEmpty)
    }

    @Test func underscoresInNumbersAndYesNoFlags() throws {
        let text = validYAML.replacingOnce("daily_rate: 200", "daily_rate: 1_200")
            .replacingOnce("per_year: 10", "per_year: 10\n  after_hours: yes")
        let s = try ScenarioLoader.parse(text, file: "s.yaml").scenario
        #expect(s.substitutes?.dailyRate == 1200)
        #expect(s.meetings.afterHours)
        #expect(errors(validYAML.replacingOnce("per_year: 10", "per_year: 10\n  after_hours: \"true\""))
                == ["s.yaml:11:16: error: meetings.after_hours must be true or false, found the text \"true\""])
    }

    @Test func aliasesWithinLimitsAreAllowed() throws {
        let text = validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: &rate 50")
            + "planning: { onramp_months: 6, team_size: 2, hours_per_month: 3, hourly_rate: *rate }\n"
        #expect(try ScenarioLoader.parse(text, file: "s.yaml").scenario.planning?.hourlyRate == 50)
    }

    @Test func startYearFrom1900() {
        #expect(errors(validYAML.replacingOnce("start: 2027-08", "start: 1899-08"))
                == ["s.yaml:4:8: error: start must be a month as YYYY-MM (a year from 1900, a month from 01 to 12), found '1899-08'"])
    }
}

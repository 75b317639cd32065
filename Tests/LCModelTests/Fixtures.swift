import Foundation
@testable import LCModel

/// `Decimal` from a literal's text, never through `Double` (`d("0.03")`).
func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

/// Money from a "1234.56" literal, for readable expectations.
func m(_ text: String) -> Money { Money(rounding: d(text)) }

enum Fixtures {
    /// A one-year community that follows every recommendation the advisor checks: no advisories.
    /// Tests change one thing at a time from here.
    static func guideFollowing() -> Scenario {
        var s = Scenario(name: "Test", goal: .teacherIdentity, start: YearMonth(year: 2027, month: 8), years: 1,
                         cohort: Cohort(participants: 10, leaders: 0), meetings: Meetings(perYear: 10))
        s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4)
        s.food = Food(perPersonPerMeeting: 15)
        s.kits = Kits(perParticipant: 100)
        s.coaching = Coaching(sessionsPerYear: 10, minutes: 30, groupSize: 1, coachHourlyRate: 60)
        s.planning = Planning(onrampMonths: 6, teamSize: 3, hoursPerMonth: 3, hourlyRate: 50)
        return s
    }

    /// A scenario with only the required parts: every optional section absent.
    static func bare(participants: Int = 10, leaders: Int = 0, years: Int = 1, meetings: Int = 10) -> Scenario {
        Scenario(name: "Bare", goal: .teacherIdentity, start: YearMonth(year: 2027, month: 8), years: years,
                 cohort: Cohort(participants: participants, leaders: leaders), meetings: Meetings(perYear: meetings))
    }

    /// The spec's worked example (`example-riverside.yaml`) built in code.
    static func riverside() -> Scenario {
        var s = Scenario(name: "Riverside K-8 Maker Educator Learning Community", goal: .studentIdentity,
                         start: YearMonth(year: 2027, month: 8), years: 2,
                         cohort: Cohort(participants: 24, leaders: 3),
                         meetings: Meetings(perYear: 10, minutes: 120, afterHours: true))
        s.organization = "Riverside School District"
        s.discountRate = d("0.03")
        s.cohort.studentsPerEducator = 60
        s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4, leaderHourlyRate: 65, leaderExtraHoursPerMonth: 2)
        s.fringe = Fringe(extraDuty: d("0.14"), substitutes: d("0.02"))
        s.buyouts = Buyouts(salary: 72000, benefitsRate: d("0.30"), leaderShare: d("0.5"))
        s.substitutes = Substitutes(daysPerParticipant: 2, dailyRate: 200)
        s.food = Food(perPersonPerMeeting: 15, guestsPerMeeting: 2)
        s.childcare = Childcare(families: 6, hoursPerMeeting: d("2.5"), hourlyRate: 20)
        s.kits = Kits(perParticipant: 120, refreshShare: d("0.25"))
        s.coaching = Coaching(sessionsPerYear: 10, minutes: 45, groupSize: 1, coachHourlyRate: 80)
        s.credentials = Credentials(perParticipant: 75)
        s.planning = Planning(onrampMonths: 6, teamSize: 5, hoursPerMonth: 3, hourlyRate: 50)
        s.other = [OtherCost(name: "External facilitator", annual: 8000)]
        s.escalation = Escalation(compensation: d("0.03"), goods: d("0.025"))
        s.indirect = Indirect(rate: d("0.10"), base: .mtdc)
        s.funding = [FundingSource(source: "District professional learning fund", kind: .district, byYear: [150000, 150000]),
                     FundingSource(source: "Community foundation grant", kind: .grant, byYear: [60000, 60000])]
        return s
    }
}

extension Projection {
    /// The amount of line `key` in period `index` (0 when the line is absent).
    func amount(_ key: String, period index: Int) -> Money { periods[index].line(key)?.amount ?? .zero }

    var codes: [Advisory.Code] { advisories.map(\.code) }
}

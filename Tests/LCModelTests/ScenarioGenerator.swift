import Foundation
import TestSupport
@testable import LCModel

/// The tests' seeded generator (TestSupport's SplitMix64), so a failing property reproduces exactly.
typealias SeededGenerator = SplitMix64

/// Random but valid scenarios over the whole format: every optional section present or not,
/// amounts with cents, shares with up to four decimals, 1 to 5 years, by_year sometimes.
struct ScenarioGenerator {
    var rng: SeededGenerator

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func coin(_ chance: Double = 0.5) -> Bool { Double.random(in: 0..<1, using: &rng) < chance }
    /// Whole cents from 0 to `max` dollars.
    mutating func money(_ max: Int) -> Decimal { Decimal(int(0...max * 100)) / 100 }
    /// A share from `low` to `high` in steps of 0.0001.
    mutating func share(_ low: Decimal = 0, _ high: Decimal = 1) -> Decimal {
        let steps = NSDecimalNumber(decimal: (high - low) * 10000).intValue
        return low + Decimal(int(0...steps)) / 10000
    }

    mutating func scenario(constantCohort: Bool = false) -> Scenario {
        let years = int(1...5)
        let participants = int(1...60)
        let leaders = int(0...min(participants, 8))
        var s = Scenario(name: "Generated", goal: Goal.allCases[int(0...2)],
                         start: YearMonth(year: int(2025...2032), month: int(1...12)), years: years,
                         cohort: Cohort(participants: participants, leaders: leaders),
                         meetings: Meetings(perYear: int(1...12), minutes: Decimal(int(30...180)), afterHours: coin()))
        s.discountRate = share(0, Decimal(string: "0.2")!)
        s.cohort.studentsPerEducator = Decimal(int(0...150))
        s.cohort.employees = coin()
        if !constantCohort && coin(0.4) {
            s.cohort.byYear = (0..<years).map { _ in
                let p = int(1...60)
                return CohortYear(participants: p, leaders: int(0...min(p, 8)))
            }
        }
        if coin(0.8) {
            s.stipends = Stipends(hourlyRate: money(120), hoursPerMonth: Decimal(int(0...40)) / 4,
                                  leaderHourlyRate: coin() ? money(150) : nil, leaderExtraHoursPerMonth: Decimal(int(0...8)))
        }
        s.fringe = Fringe(extraDuty: coin() ? share(0, Decimal(string: "0.3")!) : 0, substitutes: coin() ? share(0, Decimal(string: "0.1")!) : 0)
        if coin(0.6) {
            s.buyouts = Buyouts(salary: money(120_000), benefitsRate: share(0, Decimal(string: "0.5")!),
                                leaderShare: share(), participantShare: coin() ? share() : 0)
        }
        if coin(0.6) {
            s.substitutes = Substitutes(daysPerParticipant: Decimal(int(0...20)) / 2, dailyRate: money(400), includeLeaders: coin())
        }
        if coin(0.8) { s.food = Food(perPersonPerMeeting: money(40), guestsPerMeeting: int(0...5)) }
        if coin(0.6) {
            s.childcare = Childcare(families: int(0...15), hoursPerMeeting: Decimal(int(0...16)) / 4, hourlyRate: money(45))
        }
        if coin(0.7) { s.kits = Kits(perParticipant: money(400), refreshShare: share()) }
        if coin(0.7) {
            s.coaching = Coaching(sessionsPerYear: int(0...12), minutes: Decimal(int(0...120)), groupSize: int(1...8),
                                  coachHourlyRate: money(150))
        }
        if coin(0.5) { s.credentials = Credentials(perParticipant: money(300)) }
        if coin(0.7) {
            s.planning = Planning(onrampMonths: int(0...12), teamSize: int(0...8), hoursPerMonth: Decimal(int(0...40)) / 4,
                                  hourlyRate: money(120))
        }
        s.other = (0..<int(0...3)).map { OtherCost(name: "Other \($0)", annual: money(50_000)) }
        if coin(0.6) {
            s.escalation = Escalation(compensation: share(Decimal(string: "-0.1")!, Decimal(string: "0.25")!),
                                      goods: share(Decimal(string: "-0.1")!, Decimal(string: "0.25")!))
        }
        if coin(0.6) { s.indirect = Indirect(rate: share(0, Decimal(string: "0.6")!), base: coin() ? .mtdc : .totalDirect) }
        if coin(0.5) {
            s.funding = (0..<int(0...3)).map { _ in
                FundingSource(source: "Fund", kind: FundingSource.Kind.allCases[int(0...4)],
                              byYear: (0..<years).map { _ in money(300_000) })
            }
        }
        return s
    }
}

extension Scenario {
    /// Every money rate doubled (hourly, daily, salary, per-person, per-participant, annual);
    /// counts, shares, hours and escalation unchanged.
    func doublingRates() -> Scenario {
        var s = self
        s.stipends?.hourlyRate *= 2
        s.stipends?.leaderHourlyRate *= 2
        s.buyouts?.salary *= 2
        s.substitutes?.dailyRate *= 2
        s.food?.perPersonPerMeeting *= 2
        s.childcare?.hourlyRate *= 2
        s.kits?.perParticipant *= 2
        s.coaching?.coachHourlyRate *= 2
        s.credentials?.perParticipant *= 2
        s.planning?.hourlyRate *= 2
        s.other = s.other.map { OtherCost(name: $0.name, annual: $0.annual * 2) }
        return s
    }

    /// One more (non-leader) participant in every year.
    func addingParticipant() -> Scenario {
        var s = self
        s.cohort.participants += 1
        s.cohort.byYear = s.cohort.byYear?.map { CohortYear(participants: $0.participants + 1, leaders: $0.leaders) }
        return s
    }
}

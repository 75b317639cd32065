import Foundation
import TestSupport
@testable import LCModel

/// Scenarios for the funding tests: the spec's worked example, built in code, and a seeded
/// generator of varied valid scenarios for the property tests.
enum FundingFixtures {
    static func d(_ text: String) -> Decimal { Decimal(string: text)! }

    /// The spec's worked example, shared with the cost-rule tests.
    static func riverside() -> Scenario { Fixtures.riverside() }

    /// A deterministic random source (SplitMix64), so a failing case can be replayed.
    struct Generator {
        var rng: SplitMix64
        init(state: UInt64) { rng = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { rng.next() }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
        mutating func bool() -> Bool { next() % 2 == 0 }
        /// A decimal with `places` decimals in `range` (in whole units).
        mutating func decimal(_ range: ClosedRange<Int>, places: Int = 2) -> Decimal {
            let scale = Int(pow(10, Double(places)))
            return Decimal(int(range.lowerBound * scale...range.upperBound * scale)) / Decimal(scale)
        }
        mutating func share() -> Decimal { Decimal(int(0...100)) / 100 }
    }

    /// A valid scenario with every section drawn at random (some left out).
    static func generated(_ g: inout Generator) -> Scenario {
        let years = g.int(1...5)
        let participants = g.int(1...60)
        var s = Scenario(name: "Generated", goal: .teacherIdentity,
                         start: YearMonth(year: 2026 + g.int(0...3), month: g.int(1...12)), years: years,
                         cohort: Cohort(participants: participants, leaders: g.int(0...min(participants, 8))),
                         meetings: Meetings(perYear: g.int(1...12), minutes: 90, afterHours: g.bool()))
        s.schoolYearStartMonth = g.int(1...12)
        s.fiscalYearStartMonth = g.int(1...12)
        s.cohort.employees = g.bool()
        if g.bool() {
            s.cohort.byYear = (0..<years).map { _ in
                let p = g.int(1...60)
                return CohortYear(participants: p, leaders: g.int(0...min(p, 6)))
            }
        }
        if g.bool() { s.stipends = Stipends(hourlyRate: g.decimal(0...90), hoursPerMonth: g.decimal(0...8, places: 1),
                                            leaderHourlyRate: g.bool() ? g.decimal(0...120) : nil,
                                            leaderExtraHoursPerMonth: g.decimal(0...4, places: 1)) }
        s.fringe = Fringe(extraDuty: g.share(), substitutes: g.share())
        if g.bool() { s.buyouts = Buyouts(salary: g.decimal(30000...110000), benefitsRate: g.share(),
                                          leaderShare: g.share(), participantShare: g.int(0...3) == 0 ? g.share() : 0) }
        if g.bool() { s.substitutes = Substitutes(daysPerParticipant: g.decimal(0...5, places: 1), dailyRate: g.decimal(100...300),
                                                  includeLeaders: g.bool()) }
        if g.bool() { s.food = Food(perPersonPerMeeting: g.decimal(0...30), guestsPerMeeting: g.int(0...4)) }
        if g.bool() { s.childcare = Childcare(families: g.int(0...10), hoursPerMeeting: g.decimal(0...4, places: 1), hourlyRate: g.decimal(10...30)) }
        if g.bool() { s.kits = Kits(perParticipant: g.decimal(0...300), refreshShare: g.share()) }
        if g.bool() { s.coaching = Coaching(sessionsPerYear: g.int(0...12), minutes: Decimal(g.int(10...90)),
                                            groupSize: g.int(1...5), coachHourlyRate: g.decimal(0...150)) }
        if g.bool() { s.credentials = Credentials(perParticipant: g.decimal(0...200)) }
        if g.bool() { s.planning = Planning(onrampMonths: g.int(0...9), teamSize: g.int(0...8),
                                            hoursPerMonth: g.decimal(0...6, places: 1), hourlyRate: g.decimal(20...80)) }
        s.other = (0..<g.int(0...2)).map { OtherCost(name: "Other \($0)", annual: g.decimal(0...20000)) }
        s.escalation = Escalation(compensation: Decimal(g.int(-10...25)) / 100, goods: Decimal(g.int(-10...25)) / 100)
        if g.bool() { s.indirect = Indirect(rate: g.share() / 4, base: g.bool() ? .mtdc : .totalDirect) }
        if g.bool() {
            let kinds = FundingSource.Kind.allCases
            s.funding = (0..<g.int(1...4)).map { i in
                FundingSource(source: "Source \(i)", kind: kinds[g.int(0...kinds.count - 1)],
                              byYear: (0..<years).map { _ in g.decimal(0...150000, places: g.int(0...3)) })
            }
            s.fundingTerms.sources = s.funding!.map { _ in
                let categories = CostCategory.allCases.filter { _ in g.bool() }
                var terms = SourceTerms(covers: g.bool() && !categories.isEmpty ? categories : nil, federal: g.bool(),
                                        planning: g.bool() ? g.decimal(0...5000) : 0)
                // Single lines besides whole categories (only where their category is not covered).
                if terms.covers != nil {
                    terms.coverLines = ["food.meals", "other.0", "stipends.leaders", "buyouts.fringe", "indirect.indirect"]
                        .filter { key in g.bool() && !terms.pays(CostCategory(rawValue: String(key.prefix { $0 != "." }))!) }
                }
                if g.bool() { terms.allocation = .proportional }
                return terms
            }
        }
        return s
    }
}

/// `cents("61218.00")`: dollars as written in the spec, as the engine's `Money`.
func cents(_ dollars: String) -> Money { Money(rounding: Decimal(string: dollars)!) }

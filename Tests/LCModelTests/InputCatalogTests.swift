import Foundation
import Testing
@testable import LCModel

/// The Assumptions catalog lists every input any line's arithmetic reads.
@Suite struct InputCatalogTests {
    /// A scenario with every optional section, three years, and a cohort that changes by year.
    static func fullScenario() -> Scenario {
        var s = Scenario(name: "Full", goal: .studentOutcomes, start: YearMonth(year: 2027, month: 8), years: 3,
                         cohort: Cohort(participants: 20, leaders: 2), meetings: Meetings(perYear: 10, afterHours: true))
        s.cohort.byYear = [CohortYear(participants: 20, leaders: 2), CohortYear(participants: 25, leaders: 3),
                           CohortYear(participants: 30, leaders: 3)]
        s.cohort.employees = false
        s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4, leaderHourlyRate: 65, leaderExtraHoursPerMonth: 2)
        s.fringe = Fringe(extraDuty: Decimal(string: "0.14")!, substitutes: Decimal(string: "0.02")!)
        s.buyouts = Buyouts(salary: 72000, benefitsRate: Decimal(string: "0.3")!, leaderShare: Decimal(string: "0.5")!,
                            participantShare: Decimal(string: "0.1")!)
        s.substitutes = Substitutes(daysPerParticipant: 2, dailyRate: 200, includeLeaders: true)
        s.food = Food(perPersonPerMeeting: 15, guestsPerMeeting: 2)
        s.childcare = Childcare(families: 6, hoursPerMeeting: Decimal(string: "2.5")!, hourlyRate: 20)
        s.kits = Kits(perParticipant: 120, refreshShare: Decimal(string: "0.25")!)
        s.coaching = Coaching(sessionsPerYear: 10, minutes: 45, groupSize: 3, coachHourlyRate: 80)
        s.credentials = Credentials(perParticipant: 75)
        s.planning = Planning(onrampMonths: 6, teamSize: 5, hoursPerMonth: 3, hourlyRate: 50)
        s.other = [OtherCost(name: "Facilitator", annual: 8000), OtherCost(name: "=Travel", annual: 500)]
        s.escalation = Escalation(compensation: Decimal(string: "0.03")!, goods: Decimal(string: "0.025")!)
        s.indirect = Indirect(rate: Decimal(string: "0.1")!, base: .mtdc)
        return s
    }

    @Test func everyTermInputIsInTheCatalog() {
        let scenario = Self.fullScenario()
        let projection = Projector.project(scenario)
        let catalog = Set(InputCatalog.inputs(for: scenario).map(\.key))
        let used = projection.periods.flatMap(\.lines).flatMap(\.basis.inputKeys)
        #expect(!used.isEmpty)
        for key in used { #expect(catalog.contains(key), "\(key) is read by a line but not listed") }
        // Per-year cohort counts are separate inputs.
        #expect(catalog.isSuperset(of: ["cohort.y3.participants", "cohort.y3.leaders", "other.1.annual"]))
    }

    @Test func catalogValuesAreTheScenarioValues() {
        let scenario = Self.fullScenario()
        let inputs = Dictionary(uniqueKeysWithValues: InputCatalog.inputs(for: scenario).map { ($0.key, $0) })
        #expect(inputs["stipends.hourly_rate"]?.value == 50)
        #expect(inputs["stipends.hourly_rate"]?.name == "StipendHourlyRate")
        #expect(inputs["cohort.y2.participants"]?.value == 25)
        #expect(inputs["cohort.y2.leaders"]?.value == 3)
        #expect(inputs["meetings.after_hours"]?.value == 1)
        #expect(inputs["coaching.group_size"]?.minimum == 1)
        #expect(inputs["escalation.goods"]?.minimum == Decimal(string: "-0.1"))
        #expect(inputs["buyouts.leader_share"]?.maximum == 1)
    }

    @Test func namesAreUniqueIgnoringCaseAndNotesAreWritten() {
        let inputs = InputCatalog.inputs(for: Self.fullScenario())
        let names = inputs.map { $0.name.uppercased() }
        #expect(Set(names).count == names.count)
        #expect(inputs.allSatisfy { !$0.note.isEmpty && !$0.unit.isEmpty && !$0.label.isEmpty })
    }

    @Test func sectionsTheScenarioLacksAreLeftOut() {
        let s = Scenario(name: "Bare", goal: .teacherIdentity, start: YearMonth(year: 2027, month: 8), years: 1,
                         cohort: Cohort(participants: 10), meetings: Meetings(perYear: 10))
        let keys = InputCatalog.inputs(for: s).map(\.key)
        #expect(!keys.contains("stipends.hourly_rate"))
        #expect(keys.contains("cohort.y1.participants"))
        #expect(keys.contains("discount_rate"))
    }

    @Test func lineRowsGroupByCategoryInFirstAppearanceOrder() {
        let projection = Projector.project(Self.fullScenario())
        let rows = projection.lineRows
        #expect(rows.first?.key == "planning.onramp")
        #expect(rows.map(\.category) == rows.map(\.category).sorted())
        #expect(rows.last?.key == "indirect.indirect")
        #expect(Set(rows.map(\.key)).count == rows.count)
        let kits = projection.total(ofLine: "kits.kits")
        #expect(kits == projection.categoryTotal(.kits))
    }
}

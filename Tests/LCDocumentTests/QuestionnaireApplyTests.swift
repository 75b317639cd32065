import Foundation
import Testing
@testable import LCDocument
import LCLoader
import LCModel

/// Applying the questionnaire's changes keeps the file's comments where it can.
@Suite struct QuestionnaireApplyTests {
    static let text = """
    format: 1
    name: "Apply test"   # the community
    goal: teacher-identity
    start: 2027-08
    years: 1
    cohort:
      participants: 20
    meetings:
      per_year: 10
      after_hours: true
    childcare:
      families: 2        # from last year's sign-ups
      hours_per_meeting: 2
      hourly_rate: 25
    calendar:
      school_years: [{ first_day: 2027-09-01, last_day: 2028-06-15 }]
      meeting: { week: 2, weekday: tuesday, time: "16:00" }
      blackouts:
        - { name: "Winter break", from: 2027-12-20, to: 2028-01-07 }
      # local holidays go here

    """

    @Test func scalarsInPlaceBlackoutAfterTheLastAndTheSectionAppended() throws {
        let loaded = try ScenarioLoader.parse(Self.text, file: "t.yaml")
        let monday = CivilDate(year: 2027, month: 10, day: 11)!
        let changes = [
            QuestionnaireChange(edit: .set(path: "childcare.families", old: "2", new: "5"), reason: ""),
            QuestionnaireChange(edit: .blackout(name: "Busy week (9 of 20 educators)", from: monday, to: monday.adding(days: 4)), reason: ""),
            QuestionnaireChange(edit: .educatorInput(EducatorInput(responses: 20, quotes: ["We need time."])), reason: ""),
        ]
        let result = try QuestionnaireApply.apply(changes, to: loaded)
        #expect(result.keptComments)
        #expect(result.yaml.contains("  families: 5        # from last year's sign-ups"))
        #expect(result.yaml.contains("    - { name: \"Winter break\", from: 2027-12-20, to: 2028-01-07 }\n    - { name: \"Busy week (9 of 20 educators)\", from: 2027-10-11, to: 2027-10-15 }\n  # local holidays go here"))
        let scenario = try ScenarioLoader.parse(result.yaml, file: "t.yaml").scenario
        #expect(scenario.childcare?.families == 5)
        #expect(scenario.calendar?.blackouts.count == 2)
        #expect(scenario.educatorInput == EducatorInput(responses: 20, quotes: ["We need time."]))
    }

    @Test func withoutABlackoutListTheFileIsWrittenAnew() throws {
        let text = Self.text.replacingOccurrences(of: "  blackouts:\n    - { name: \"Winter break\", from: 2027-12-20, to: 2028-01-07 }\n", with: "")
        let loaded = try ScenarioLoader.parse(text, file: "t.yaml")
        let monday = CivilDate(year: 2027, month: 10, day: 11)!
        let result = try QuestionnaireApply.apply([QuestionnaireChange(edit: .blackout(name: "Busy", from: monday, to: monday.adding(days: 4)), reason: "")], to: loaded)
        #expect(!result.keptComments)
        #expect(try ScenarioLoader.parse(result.yaml, file: "t.yaml").scenario.calendar?.blackouts.map(\.name) == ["Busy"])
    }
}

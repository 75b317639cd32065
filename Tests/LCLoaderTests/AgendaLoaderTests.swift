import Foundation
import TestSupport
import Testing
@testable import LCLoader
import LCModel

/// Reading `calendar.agenda`: the good shapes, the guide's cycle as the default, and each
/// mistake with its line and column (lines from `CalendarLoaderTests.yaml`: the calendar's
/// keys start on line 9, column 3).
@Suite struct AgendaLoaderTests {
    static let rules = """
          school_years: [{ first_day: 2027-09-01, last_day: 2028-06-15 }]
          meeting: { week: 2, weekday: tuesday, time: "16:00" }
        """

    func load(_ agenda: String) throws -> CommunityCalendar? {
        try ScenarioLoader.parse(CalendarLoaderTests.yaml(Self.rules + "\n" + agenda), file: "cal.yaml").scenario.calendar
    }

    func errors(_ agenda: String) -> [String] {
        do {
            _ = try ScenarioLoader.parse(CalendarLoaderTests.yaml(Self.rules + "\n" + agenda), file: "cal.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsACycleAndFocusTexts() throws {
        let calendar = try #require(try load("""
              agenda:
                cycle: ["Try", "Reflect"]
                focus:
                  - "Norms, hopes; and a first prototype"
                  - Questioning
            """))
        #expect(calendar.agenda == AgendaArc(cycle: ["Try", "Reflect"], focus: ["Norms, hopes; and a first prototype", "Questioning"]))
    }

    @Test func anEmptyAgendaTakesTheGuidesCycleAndNoFocus() throws {
        let calendar = try #require(try load("  agenda: {}"))
        #expect(calendar.agenda?.cycle == ["Try it in the classroom", "Reflect on the evidence", "Make shared meaning"])
        #expect(calendar.agenda?.focus == [])
        #expect(try load("")?.agenda == nil)
    }

    @Test func anEmptyCycleOrFocusIsAnErrorWhereItStands() {
        #expect(errors("""
              agenda:
                cycle: []
            """) == ["cal.yaml:12:12: error: calendar.agenda.cycle must list at least one step; remove the key to use the guide's cycle"])
        #expect(errors("""
              agenda:
                focus: ["Launch", " "]
            """) == ["cal.yaml:12:23: error: calendar.agenda.focus[1] must not be empty"])
    }

    @Test func refusedCharactersLineBreaksAndShapes() {
        let found = errors("""
              agenda:
                cycle: "Try it"
                focus: ["Safe", "Evil\\u202Etext", "Two\\nlines", { focus: x }]
                steps: []
            """)
        #expect(found.count == 5)
        #expect(found[0] == "cal.yaml:12:12: error: calendar.agenda.cycle must be a list")
        #expect(found[1].hasPrefix("cal.yaml:13:21: error: calendar.agenda.focus[1] must not contain a bidirectional control character (U+202E)"))
        #expect(found[2] == "cal.yaml:13:39: error: calendar.agenda.focus[2] must be one line; write it without line breaks")
        #expect(found[3] == "cal.yaml:13:53: error: calendar.agenda.focus[3] must be text")
        #expect(found[4].hasPrefix("cal.yaml:14:5: error: unknown key 'calendar.agenda.steps'"))
    }

    @Test func tooManyStepsIsNamedAtTheFirstOneOver() {
        let steps = (1...13).map { "\"Step \($0)\"" }.joined(separator: ", ")
        let found = errors("  agenda: { cycle: [\(steps)] }")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("cal.yaml:11:") == true)
        #expect(found.first?.contains("calendar.agenda.cycle lists 13 entries, at most 12 are allowed") == true)
    }

    @Test func theShippedSampleHasNoAgendaSoItsOutputsAreUnchanged() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios/calendar-sample.yaml").path
        #expect(try ScenarioLoader.load(path: path).scenario.calendar?.agenda == nil)
    }
}

import Foundation
import LCModel
import Testing
@testable import LCReports

/// The published agenda in the outputs: each meeting's focus and step in its iCalendar
/// DESCRIPTION (escaped and folded like every other TEXT), and the brief's "Year at a glance",
/// present only when the calendar has an `agenda:`.
@Suite struct AgendaOutputTests {
    /// An example arc: the guide's cycle and ten focuses (so year 2 starts the focuses again),
    /// shared with Tests/Python/test_calendar_agenda.py.
    static let arc = try! String(contentsOf: NarrativeFixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/agenda-arc.yaml"), encoding: .utf8)

    /// `scenarios/calendar-sample.yaml` with `arc` in its calendar, before `blackouts:`.
    static var sampleText: String {
        let text = NarrativeExtrasFixtures.scenarioText("calendar-sample.yaml")
        let at = text.range(of: "  blackouts:\n")!.lowerBound
        return String(text[..<at]) + arc + "\n" + String(text[at...])
    }

    static var sample: Projection { NarrativeFixtures.project(sampleText, file: "agenda.yaml") }

    /// The shipped sample as it is: no agenda.
    static var sampleWithoutAgenda: Projection { NarrativeExtrasFixtures.calendarSample }

    /// Unfolds the file and returns each VEVENT's DESCRIPTION, unescaped.
    static func descriptions(_ ics: String) -> [String] {
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        return unfolded.components(separatedBy: "\r\n").filter { $0.hasPrefix("DESCRIPTION:") }.map { line in
            var out = "", escaped = false
            for c in line.dropFirst("DESCRIPTION:".count) {
                if escaped { out.append(c == "n" ? "\n" : c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
            }
            return out
        }
    }

    @Test func eachMeetingDescriptionCarriesItsFocusAndStep() throws {
        let schedule = try #require(CalendarScheduler.schedule(for: Self.sample.scenario))
        let ics = ICalendar.render(schedule, community: "0123456789abcdef", stamp: 1_767_225_600)
        let descriptions = Self.descriptions(ics)
        #expect(descriptions.count == schedule.placed.count)
        let meetings = zip(schedule.placed, descriptions).filter { $0.0.kind == .meeting }
        #expect(meetings.count == 20)
        for (index, (event, text)) in meetings.enumerated() {
            let lines = text.components(separatedBy: "\n")
            #expect(lines[1] == "Focus: \(schedule.calendar.agenda!.focus[index % 10])")
            #expect(lines[2] == "Step: \(AgendaArc.guideCycle[index % 3])")
            #expect(event.agenda?.number == index + 1)
        }
        // Commas in a focus are escaped, and no line passes 75 octets.
        #expect(ics.replacingOccurrences(of: "\r\n ", with: "").contains("\\nFocus: Launch: norms\\, hopes and a first low-tech prototype\\nStep: Try it in the classroom"))
        #expect(ics.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        // Touch-points have no agenda.
        let coaching = zip(schedule.placed, descriptions).filter { $0.0.kind == .coaching }.map(\.1)
        #expect(coaching.allSatisfy { !$0.contains("Focus:") && !$0.contains("Step:") })
    }

    @Test func withoutAnAgendaTheCalendarFileIsUnchanged() throws {
        let schedule = try #require(CalendarScheduler.schedule(for: Self.sampleWithoutAgenda.scenario))
        let ics = ICalendar.render(schedule, community: "0123456789abcdef", stamp: 1_767_225_600)
        #expect(!ics.contains("Focus:") && !ics.contains("Step:"))
        let withArc = try #require(CalendarScheduler.schedule(for: Self.sample.scenario))
        // The same events and times either way; only the descriptions of meetings differ.
        #expect(withArc.placed.map(\.start) == schedule.placed.map(\.start))
        #expect(Self.sample.total == Self.sampleWithoutAgenda.total)
    }

    @Test func theBriefShowsTheYearAtAGlance() throws {
        let narrative = try Narrative(Self.sample, templates: nil)
        let schedule = try #require(CalendarScheduler.schedule(for: Self.sample.scenario))
        let first = try #require(schedule.agendaMeetings.first)
        #expect(narrative.briefMarkdown.contains("## Year at a glance"))
        #expect(narrative.briefMarkdown.contains("| \(Formatting.date(first.date!)) | Launch: norms, hopes and a first low-tech prototype | Try it in the classroom |"))
        #expect(narrative.briefHTML.contains("<h2>Year at a glance</h2>"))
        #expect(narrative.briefHTML.contains("<tr><td style=\"white-space: nowrap\">\(Formatting.date(first.date!))</td><td>Launch: norms, hopes and a first low-tech prototype</td><td>Try it in the classroom</td></tr>"))
        let rows = narrative.briefMarkdown.components(separatedBy: "\n").filter { line in
            line.hasPrefix("| ") && AgendaArc.guideCycle.contains { step in line.hasSuffix("| \(step) |") }
        }
        #expect(rows.count == AgendaView(schedule)?.rows.count)

        let plain = try Narrative(Self.sampleWithoutAgenda, templates: nil)
        #expect(!plain.briefMarkdown.contains("Year at a glance"))
        #expect(!plain.briefHTML.contains("Year at a glance"))
    }
}

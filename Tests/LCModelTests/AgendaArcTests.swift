import Foundation
import Testing
@testable import LCModel

/// The agenda arc: steps and focuses cycle over the held meetings of the whole project, and the
/// arc never changes what the budget pays.
@Suite struct AgendaArcTests {
    typealias S = CalendarSchedulerTests

    @Test func stepsAndFocusCycleFromTheFirstMeeting() {
        let arc = AgendaArc(cycle: ["A", "B", "C"], focus: ["F1", "F2"])
        let agendas = (1...7).map(arc.agenda(forMeeting:))
        #expect(agendas.map(\.step) == ["A", "B", "C", "A", "B", "C", "A"])
        #expect(agendas.map(\.focus) == ["F1", "F2", "F1", "F2", "F1", "F2", "F1"])
        #expect(AgendaArc(cycle: []).cycle == AgendaArc.guideCycle)
        #expect(AgendaArc().agenda(forMeeting: 2) == MeetingAgenda(number: 2, focus: nil, step: "Reflect on the evidence"))
    }

    @Test func heldMeetingsCarryTheArcAcrossYearsAndConflicts() throws {
        var calendar = S.calendar([Blackout(name: "December closure", firstDay: S.d("2027-12-01"), lastDay: S.d("2027-12-31"))])
        calendar.agenda = AgendaArc(cycle: ["Try", "Reflect", "Meaning"], focus: (1...25).map { "Focus \($0)" })
        let schedule = try #require(CalendarScheduler.schedule(for: S.scenario(calendar)))
        // December 2027 is a conflict: not held, so no agenda, and January takes the 4th step.
        let december = try #require(schedule.meetings.first { $0.month == YearMonth(year: 2027, month: 12) })
        #expect(december.status == .conflict && december.agenda == nil)
        let held = schedule.agendaMeetings
        #expect(held.count == 19)
        #expect(held == schedule.meetings.filter { $0.date != nil })
        #expect(held.map { $0.agenda!.number } == Array(1...19))
        #expect(held[3].month == YearMonth(year: 2028, month: 1))
        #expect(held[3].agenda == MeetingAgenda(number: 4, focus: "Focus 4", step: "Try"))
        // Year 2 goes on with the cycle where year 1 stopped (9 held meetings in year 1).
        #expect(held[9].year == 2 && held[9].agenda?.step == "Try" && held[9].agenda?.focus == "Focus 10")
        #expect(schedule.coaching.allSatisfy { $0.agenda == nil })
    }

    @Test func theArcIsNotACostInput() throws {
        var withArc = S.calendar()
        withArc.agenda = AgendaArc(focus: ["Launch"])
        let plain = Projector.project(S.scenario(S.calendar()))
        let arc = Projector.project(S.scenario(withArc))
        #expect(arc.total == plain.total)
        #expect(arc.years.map(\.total) == plain.years.map(\.total))
        #expect(CalendarScheduler.schedule(for: S.scenario(S.calendar()))?.agendaMeetings.isEmpty == true)
    }
}

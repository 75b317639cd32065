import Foundation
import LCModel

/// The brief's sentence on when the community meets and what it avoids, from the scenario's
/// dated calendar (`CalendarScheduler.schedule(for:)`); absent when the scenario has no `calendar:`.
///
/// ```swift
/// CalendarView(projection)?.sentence
/// // "The community meets as a whole group on the second Tuesday of each school-year month, …"
/// ```
///
/// Every figure is the schedule's own: `sentence` is `Schedule.summarySentence`, `moved` counts
/// the meetings the scheduler moved off the rule day, and `movedFor` names the blackouts that
/// covered those rule days.
struct CalendarView {
    /// `Schedule.summarySentence`.
    let sentence: String
    /// `3 meetings` moved to the nearest permitted day of their month; nil when none moved.
    let moved: String?
    /// The blackouts the moved meetings avoid: `Thanksgiving break and State testing window`.
    let movedFor: String?
    /// Where the meetings are held (the calendar's `location:`), when given.
    let location: String?
    /// "Year at a glance": nil unless the calendar has an `agenda:`.
    let agenda: AgendaView?

    init?(_ projection: Projection) {
        let scenario = projection.scenario
        guard scenario.calendar != nil, let schedule = projection.calendarSchedule else { return nil }
        sentence = schedule.summarySentence
        let movedMeetings = schedule.meetings.filter { $0.status == .moved }
        moved = movedMeetings.isEmpty ? nil : Formatting.count(movedMeetings.count, "meetings")
        var seen = Set<String>()
        let names = movedMeetings.flatMap { $0.blackoutsOnRuleDay.map(\.name) }
            .filter { seen.insert($0.lowercased()).inserted }
        movedFor = names.isEmpty ? nil : Formatting.list(names)
        location = schedule.calendar.location
        agenda = AgendaView(schedule)
    }
}

/// The brief's "Year at a glance": one row per held whole-group meeting with its date, focus
/// and cycle step, all from `Schedule.agendaMeetings`; nil when the calendar has no `agenda:`.
///
/// ```swift
/// AgendaView(schedule)?.rows.first   // date "September 14, 2027", focus "Launch: norms…", step "Try it in the classroom"
/// ```
struct AgendaView {
    struct Row {
        let date: String
        let focus: String?
        let step: String
    }

    /// The cycle's steps in order, for the sentence above the table: `A → B → C`.
    let cycle: String
    let rows: [Row]

    init?(_ schedule: Schedule) {
        guard let arc = schedule.calendar.agenda else { return nil }
        cycle = arc.cycle.joined(separator: " → ")
        rows = schedule.agendaMeetings.compactMap { event in
            guard let date = event.date, let agenda = event.agenda else { return nil }
            return Row(date: Formatting.date(date), focus: agenda.focus, step: agenda.step)
        }
    }
}

import Foundation

/// The guide's recommendations on time, checked against a scenario's dated calendar.
///
/// Runs only when the scenario has a `calendar:` section; the spec's advisories are unchanged.
/// Codes (docs/calendar.md): CALENDAR_MEETING_COUNT, CALENDAR_COACHING_COUNT, CALENDAR_CONFLICT,
/// CALENDAR_KICKOFF_MIDTERM, CALENDAR_COACHING_GAP, and the spec's MEETING_LENGTH for the calendar's own meeting minutes.
public enum CalendarAdvisor {
    /// A kick-off this many days or fewer after its school year's first day counts as pre-term.
    public static let preTermDays = 21

    public static func advisories(for scenario: Scenario) -> [Advisory] {
        advisories(for: scenario, schedule: CalendarScheduler.schedule(for: scenario))
    }

    /// The same with the scenario's schedule already computed.
    public static func advisories(for scenario: Scenario, schedule: Schedule?) -> [Advisory] {
        guard let calendar = scenario.calendar, let schedule else { return [] }
        var out: [Advisory] = []

        let counts = (1...scenario.years).map { schedule.meetingCount(inYear: $0) }
        if counts.contains(where: { $0 != scenario.meetings.perYear }) {
            let list = Schedule.list(counts.enumerated().map { index, count in
                index == 0 ? "\(count) whole-group meeting\(count == 1 ? "" : "s") in year 1" : "\(count) in year \(index + 1)"
            })
            out.append(Advisory(.calendarMeetingCount,
                "The calendar places \(list), but meetings.per_year is \(scenario.meetings.perYear); costs use the calendar's count.",
                input: "meetings.per_year"))
        }

        if let coaching = coachingCount(scenario, schedule) { out.append(coaching) }

        let conflicts = schedule.meetings.filter { $0.status == .conflict }
        if !conflicts.isEmpty {
            let list = Schedule.list(conflicts.map { "\($0.month.monthAndYear) (\(Schedule.list(Schedule.unique($0.reasons))))" })
            out.append(Advisory(.calendarConflict,
                "No permitted day for a whole-group meeting in \(list); \(conflicts.count == 1 ? "that month has" : "those months have") no meeting.",
                input: "calendar.blackouts"))
        }

        if let minutes = calendar.meeting.minutes, Decimal(minutes) != scenario.meetings.minutes, minutes < 90 || minutes > 120 {
            out.append(Advisory(.meetingLength,
                "Calendar meetings of \(minutes) minutes fall outside the guide's 90 to 120.",
                input: "calendar.meeting.minutes"))
        }

        if let kickoff = schedule.kickoff, let date = kickoff.date {
            let schoolYears = calendar.schoolYears.dates(from: scenario.start, through: scenario.start.adding(months: 11))
            if let year = schoolYears.first(where: { $0.contains(date) }), year.firstDay.days(to: date) > preTermDays {
                out.append(Advisory(.calendarKickoffMidterm,
                    "The kick-off on \(date.short) is \(year.firstDay.days(to: date)) days after the school year's first day (\(year.firstDay.short)); the guide suggests summer or a pre-term period.",
                    input: "calendar.meeting"))
            }
        }

        let bare = schedule.meetings.filter { meeting in
            meeting.date != nil && !schedule.coaching.contains { $0.month == meeting.month && $0.date != nil }
        }
        if !bare.isEmpty {
            let message = calendar.coaching == nil
                ? "The calendar schedules no coaching touch-points between its \(bare.count) meetings" + unscheduledCoaching(scenario) + "."
                : "No coaching touch-point can be placed in \(Schedule.list(bare.map(\.month.monthAndYear))), which \(bare.count == 1 ? "has" : "have") a whole-group meeting."
            out.append(Advisory(.calendarCoachingGap, message, input: calendar.coaching == nil ? "calendar" : "calendar.coaching"))
        }
        return out
    }

    /// CALENDAR_COACHING_COUNT: where the touch-points the calendar dates and the coaching
    /// sessions the budget pays for differ, both numbers. With a coaching section and a coaching
    /// rule the budget pays for the dated touch-points, so this says only that
    /// `coaching.sessions_per_year` was overridden; with a rule but no coaching section, that
    /// the dated touch-points are not paid for.
    static func coachingCount(_ scenario: Scenario, _ schedule: Schedule) -> Advisory? {
        guard scenario.calendar?.coaching != nil else { return nil }
        let placed = (1...scenario.years).map { schedule.coachingCount(inYear: $0) }
        let list = Schedule.list(placed.enumerated().map { index, count in
            index == 0 ? "\(count) coaching touch-point\(count == 1 ? "" : "s") in year 1" : "\(count) in year \(index + 1)"
        })
        guard let coaching = scenario.coaching else {
            guard placed.contains(where: { $0 > 0 }) else { return nil }
            return Advisory(.calendarCoachingCount,
                "The calendar dates \(list), but the scenario has no coaching section, so the budget pays for 0; add a coaching section or remove calendar.coaching.",
                input: "calendar.coaching")
        }
        guard placed.contains(where: { $0 != coaching.sessionsPerYear }) else { return nil }
        return Advisory(.calendarCoachingCount,
            "The calendar dates \(list), but coaching.sessions_per_year is \(coaching.sessionsPerYear); costs use the calendar's count.",
            input: "coaching.sessions_per_year")
    }

    /// The budget's coaching that a calendar without a coaching rule does not date, for
    /// CALENDAR_COACHING_GAP: ", while the budget pays for 10 coaching sessions a year per educator".
    static func unscheduledCoaching(_ scenario: Scenario) -> String {
        guard let coaching = scenario.coaching, coaching.sessionsPerYear > 0 else { return "" }
        let per = coaching.groupSize == 1 ? "per educator" : "per group of \(coaching.groupSize)"
        let count = coaching.sessionsPerYear
        return ", while the budget pays for \(count) coaching session\(count == 1 ? "" : "s") a year \(per) (coaching.sessions_per_year)"
    }
}

extension Schedule {
    /// Items without repeats, in first-seen order.
    static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}

import Foundation

/// Places a scenario's meetings and coaching touch-points on dates (docs/calendar.md).
///
/// Rules, per project year k (the 12 months from `start` + 12·(k−1)):
/// - every month of the year that shares a day with a school year gets one whole-group meeting
///   and, when the calendar has a coaching rule, one coaching touch-point;
/// - each goes on its rule's day when that day is permitted: inside a school year, in no
///   blackout, not on a weekend (unless the rule itself names a weekend day) and, for coaching,
///   not on the day of that month's meeting;
/// - otherwise on the nearest permitted day of the same month (the earlier one on a tie); coaching
///   placed `days_after_meeting` is never moved before its meeting;
/// - when no day of the month is permitted, it is a conflict and is not held (nor costed).
///
/// ```swift
/// if let schedule = CalendarScheduler.schedule(for: scenario) {
///     schedule.meetingCount(inYear: 1)   // M for year 1
///     schedule.summarySentence
/// }
/// ```
public enum CalendarScheduler {
    /// Counts the schedules computed in a task, for the test that one run computes one (the
    /// loader computes it, the projection keeps it, every view reads `Projection.schedule`).
    @TaskLocal public static var counter: ComputationCounter?

    /// `nil` when the scenario has no `calendar:` section.
    public static func schedule(for scenario: Scenario) -> Schedule? {
        guard scenario.calendar != nil else { return nil }
        counter?.increment()
        return compute(for: scenario)
    }

    private static func compute(for scenario: Scenario) -> Schedule? {
        guard let calendar = scenario.calendar else { return nil }
        let lastMonth = scenario.start.adding(months: 12 * scenario.years - 1)
        let schoolYears = calendar.schoolYears.dates(from: scenario.start, through: lastMonth)
        let onramp = scenario.planning?.onrampMonths ?? 0
        let planningMonths = (0..<onramp).reversed().map { scenario.start.adding(months: -($0 + 1)) }
        let meetingMinutes = calendar.meeting.minutes ?? wholeMinutes(scenario.meetings.minutes)

        var events: [ScheduledEvent] = []
        for year in 1...scenario.years {
            for offset in 0..<12 {
                let month = scenario.start.adding(months: 12 * (year - 1) + offset)
                guard schoolYears.contains(where: { $0.overlaps(month) }) else { continue }
                let permitted = Permission(schoolYears: schoolYears, blackouts: calendar.blackouts)

                var meetingRule = calendar.meeting.week.date(in: month, weekday: calendar.meeting.weekday)
                var fallback: [String] = []
                if meetingRule == nil {
                    meetingRule = WeekOfMonth.last.date(in: month, weekday: calendar.meeting.weekday)
                    fallback = ["\(month.monthAndYear) has no \(calendar.meeting.week.ordinal) \(calendar.meeting.weekday.name); the last one is used"]
                }
                let meeting = place(.meeting, year: year, month: month, ruleDate: meetingRule!, extraReasons: fallback,
                                    allowWeekend: calendar.meeting.weekday.isWeekend, time: calendar.meeting.time,
                                    minutes: meetingMinutes, permission: permitted, name: scenario.name)
                events.append(meeting)

                guard let coaching = calendar.coaching else { continue }
                var coachingRule: CivilDate
                var coachingReasons: [String] = []
                let allowWeekend: Bool
                switch coaching.placement {
                case let .weekday(week, weekday):
                    allowWeekend = weekday.isWeekend
                    if let day = week.date(in: month, weekday: weekday) {
                        coachingRule = day
                    } else {
                        coachingRule = WeekOfMonth.last.date(in: month, weekday: weekday)!
                        coachingReasons = ["\(month.monthAndYear) has no \(week.ordinal) \(weekday.name); the last one is used"]
                    }
                case .daysAfterMeeting(let days):
                    allowWeekend = false
                    coachingRule = (meeting.date ?? meeting.ruleDate).adding(days: days)
                    if coachingRule.yearMonth != month {
                        coachingRule = month.lastDay
                        coachingReasons = ["\(days) days after the meeting is past the end of \(month.monthAndYear)"]
                    }
                }
                // A touch-point is between meetings: never on the meeting's own day, and one
                // meant for "N days after the meeting" never before it, however far a blackout moves it.
                var coachingPermission = permitted
                coachingPermission.meetingDay = meeting.date
                if case .daysAfterMeeting = coaching.placement { coachingPermission.notBefore = meeting.date }
                events.append(place(.coaching, year: year, month: month, ruleDate: coachingRule, extraReasons: coachingReasons,
                                    allowWeekend: allowWeekend, time: coaching.time, minutes: coaching.minutes,
                                    permission: coachingPermission, name: scenario.name))
            }
        }
        // Agendas follow the held meetings only, numbered across the project, so the cycle runs on
        // through the years and a conflict month does not skip a step.
        if let arc = calendar.agenda {
            var number = 0
            for index in events.indices where events[index].kind == .meeting && events[index].date != nil {
                number += 1
                events[index].agenda = arc.agenda(forMeeting: number)
            }
        }
        return Schedule(scenarioName: scenario.name, timeZone: calendar.timeZone, planningMonths: planningMonths,
                        events: events, blackouts: calendar.blackouts, calendar: calendar, years: scenario.years)
    }

    /// Which days may hold an event.
    struct Permission {
        let schoolYears: [SchoolYearDates]
        let blackouts: [Blackout]
        /// For coaching: the month's meeting day, which a touch-point may not share.
        var meetingDay: CivilDate? = nil
        /// For coaching placed days after the meeting: the meeting day, which it may not precede.
        var notBefore: CivilDate? = nil

        /// Why `date` is not permitted; empty when it is.
        func obstacles(_ date: CivilDate, allowWeekend: Bool) -> [String] {
            var out: [String] = []
            if !schoolYears.contains(where: { $0.contains(date) }) { out.append("outside the school year") }
            for name in blackouts.filter({ $0.contains(date) }).map(\.name) where !out.contains(name) { out.append(name) }
            if !allowWeekend && date.weekday.isWeekend { out.append("a weekend") }
            if date == meetingDay { out.append("the day of the whole-group meeting") }
            if let notBefore, date < notBefore { out.append("before the whole-group meeting") }
            return out
        }
    }

    static func place(_ kind: ScheduledEvent.Kind, year: Int, month: YearMonth, ruleDate: CivilDate, extraReasons: [String],
                      allowWeekend: Bool, time: TimeOfDay, minutes: Int, permission: Permission, name: String) -> ScheduledEvent {
        let obstacles = permission.obstacles(ruleDate, allowWeekend: allowWeekend)
        let onRuleDay = permission.blackouts.filter { $0.contains(ruleDate) }
        var event = ScheduledEvent(kind: kind, year: year, month: month, date: ruleDate, ruleDate: ruleDate,
                                   status: extraReasons.isEmpty ? .onRule : .moved, time: time, minutes: minutes,
                                   reasons: extraReasons, blackoutsOnRuleDay: onRuleDay,
                                   summary: "\(name): \(kind.title)")
        guard !obstacles.isEmpty else { return event }
        event.reasons += obstacles
        event.date = nearestPermitted(to: ruleDate, in: month) { permission.obstacles($0, allowWeekend: allowWeekend).isEmpty }
        event.status = event.date == nil ? .conflict : .moved
        if event.date == nil, permission.notBefore != nil {
            event.reasons.append("no permitted day after the whole-group meeting in \(month.monthAndYear)")
        }
        return event
    }

    /// The permitted day of `month` closest to `day`, the earlier on a tie.
    static func nearestPermitted(to day: CivilDate, in month: YearMonth, _ permitted: (CivilDate) -> Bool) -> CivilDate? {
        for distance in 1...31 {
            for candidate in [day.adding(days: -distance), day.adding(days: distance)]
                where candidate.yearMonth == month && permitted(candidate) {
                return candidate
            }
        }
        return nil
    }

    /// Minutes as a whole number for end times (`meetings.minutes` may be a decimal).
    static func wholeMinutes(_ value: Decimal) -> Int {
        Int(Money(rounding: value).cents / 100)
    }
}

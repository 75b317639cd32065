/// Where the cost rules' M and the coaching sessions come from: the calendar's placed events
/// when there is one, so the calendar schedules exactly the sessions the budget pays for.
extension Scenario {
    /// M for project year `year`: the count of whole-group meetings the calendar places in that
    /// year when the scenario has a `calendar:` section, else `meetings.per_year`.
    ///
    /// ```swift
    /// scenario.meetingsPerYear(inYear: 1)   // 9 when the calendar places 9 meetings in year 1
    /// ```
    public func meetingsPerYear(inYear year: Int) -> Int {
        meetingsPerYear(inYear: year, schedule: CalendarScheduler.schedule(for: self))
    }

    /// The same with the scenario's schedule already computed (`CalendarScheduler.schedule(for:)`).
    public func meetingsPerYear(inYear year: Int, schedule: Schedule?) -> Int {
        guard calendar != nil, let schedule else { return meetings.perYear }
        return schedule.meetingCount(inYear: year)
    }

    /// The input a year's M names in a line's `Factor`: `meetings.per_year`, or
    /// `meetings.y<k>.count` (the calendar's count for year k) when a calendar drives it.
    public func meetingsInput(inYear year: Int) -> String {
        calendar == nil ? "meetings.per_year" : "meetings.y\(year).count"
    }

    /// True when the calendar dates the coaching the budget pays for: the scenario has a
    /// `coaching:` section and its calendar a `coaching:` rule.
    public var coachingFollowsCalendar: Bool { coaching != nil && calendar?.coaching != nil }

    /// Coaching sessions (per educator or group) costed in project year `year`: the touch-points
    /// the calendar places in that year when `coachingFollowsCalendar`, else
    /// `coaching.sessions_per_year` (0 without a `coaching:` section).
    ///
    /// ```swift
    /// scenario.coachingSessions(inYear: 1)   // 10 when the calendar dates 10 touch-points in year 1
    /// ```
    public func coachingSessions(inYear year: Int) -> Int {
        coachingSessions(inYear: year, schedule: coachingFollowsCalendar ? CalendarScheduler.schedule(for: self) : nil)
    }

    /// The same with the scenario's schedule already computed (`CalendarScheduler.schedule(for:)`).
    public func coachingSessions(inYear year: Int, schedule: Schedule?) -> Int {
        guard let coaching else { return 0 }
        guard coachingFollowsCalendar, let schedule else { return coaching.sessionsPerYear }
        return schedule.coachingCount(inYear: year)
    }

    /// The input a year's coaching sessions name in the coaching line's `Factor`:
    /// `coaching.sessions_per_year`, or `coaching.y<k>.count` when the calendar dates them.
    public func coachingInput(inYear year: Int) -> String {
        coachingFollowsCalendar ? "coaching.y\(year).count" : "coaching.sessions_per_year"
    }
}

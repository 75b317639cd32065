/// Where the cost rules' M comes from: the calendar's placed meetings when there is one.
extension Scenario {
    /// M for project year `year`: the count of whole-group meetings the calendar places in that
    /// year when the scenario has a `calendar:` section, else `meetings.per_year`.
    ///
    /// ```swift
    /// scenario.meetingsPerYear(inYear: 1)   // 9 when the calendar places 9 meetings in year 1
    /// ```
    public func meetingsPerYear(inYear year: Int) -> Int {
        guard calendar != nil, let schedule = CalendarScheduler.schedule(for: self) else { return meetings.perYear }
        return schedule.meetingCount(inYear: year)
    }

    /// The input a year's M names in a line's `Factor`: `meetings.per_year`, or
    /// `meetings.y<k>.count` (the calendar's count for year k) when a calendar drives it.
    public func meetingsInput(inYear year: Int) -> String {
        calendar == nil ? "meetings.per_year" : "meetings.y\(year).count"
    }
}

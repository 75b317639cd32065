/// The community's dated calendar: every whole-group meeting and coaching touch-point of every
/// project year, the planning on-ramp's months, and what could not be placed.
///
/// Computed by `CalendarScheduler.schedule(for:)` from the scenario alone, so every view (the
/// `calendar` command, the iCalendar file, a workbook sheet, the brief) reads the same dates,
/// and the projection's meeting counts (`Scenario.meetingsPerYear(inYear:)`) are its counts.
public struct Schedule: Sendable, Equatable {
    public var scenarioName: String
    public var timeZone: CalendarTimeZone
    /// The on-ramp's months, in order, ending the month before `start`.
    public var planningMonths: [YearMonth]
    /// Every meeting and coaching touch-point, placed or not, in month order (meeting first).
    public var events: [ScheduledEvent]
    public var blackouts: [Blackout]
    public var calendar: CommunityCalendar
    public var years: Int

    /// Placed whole-group meetings in project year `year`: that year's M in the cost rules.
    public func meetingCount(inYear year: Int) -> Int {
        events.filter { $0.year == year && $0.kind == .meeting && $0.date != nil }.count
    }

    /// Placed coaching touch-points in project year `year`.
    public func coachingCount(inYear year: Int) -> Int {
        events.filter { $0.year == year && $0.kind == .coaching && $0.date != nil }.count
    }

    /// Events with a date, in time order: what the iCalendar file holds.
    public var placed: [ScheduledEvent] { events.filter { $0.date != nil } }

    /// Events whose month has no permitted day.
    public var conflicts: [ScheduledEvent] { events.filter { $0.status == .conflict } }

    public var meetings: [ScheduledEvent] { events.filter { $0.kind == .meeting } }
    public var coaching: [ScheduledEvent] { events.filter { $0.kind == .coaching } }

    /// The held whole-group meetings that carry an agenda, in date order; empty without `agenda:`.
    public var agendaMeetings: [ScheduledEvent] { events.filter { $0.agenda != nil } }

    /// The kick-off: the first placed meeting of year 1.
    public var kickoff: ScheduledEvent? { placed.first { $0.kind == .meeting && $0.year == 1 } }
}

/// One meeting or coaching touch-point in one month.
public struct ScheduledEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case meeting
        case coaching

        /// What people call it (also the iCalendar SUMMARY's suffix).
        public var title: String {
            switch self {
            case .meeting: "whole-group meeting"
            case .coaching: "coaching touch-point"
            }
        }
    }

    public enum Status: String, Sendable, Equatable {
        /// On the rule's day.
        case onRule = "on_rule"
        /// The rule's day was not permitted; moved to the nearest permitted day of the month.
        case moved
        /// No day of the month is permitted: not held.
        case conflict
    }

    public var kind: Kind
    /// Project year, 1-based.
    public var year: Int
    public var month: YearMonth
    /// `nil` when `status` is `.conflict`.
    public var date: CivilDate?
    /// The day the rule gives (a missing fifth weekday falls back to the last one).
    public var ruleDate: CivilDate
    public var status: Status
    public var time: TimeOfDay
    public var minutes: Int
    /// Why the event moved or could not be placed ("Thanksgiving break", "outside the school year").
    public var reasons: [String]
    /// The blackouts that cover the rule day (their notes go into the event's description).
    public var blackoutsOnRuleDay: [Blackout]
    /// The event's title, identical in the JSON schedule and the iCalendar SUMMARY.
    public var summary: String
    /// The meeting's published focus and step: only held whole-group meetings of a calendar
    /// with an `agenda:` have one.
    public var agenda: MeetingAgenda? = nil

    public var start: LocalDateTime? { date.map { LocalDateTime(date: $0, time: time) } }
    public var end: LocalDateTime? { start?.adding(minutes: minutes) }
}

/// The scenario's optional `calendar:` section: when the community meets, around the school
/// year, its holidays and busy periods (see docs/calendar.md).
///
/// ```yaml
/// calendar:
///   time_zone: America/Los_Angeles
///   school_years:
///     - { first_day: 2027-09-01, last_day: 2028-06-15 }
///   meeting: { week: 2, weekday: tuesday, time: "16:00", minutes: 120 }
///   coaching: { week: 4, weekday: thursday, time: "15:30", minutes: 45 }
///   blackouts:
///     - { name: "Thanksgiving break", from: 2027-11-22, to: 2027-11-26 }
/// ```
public struct CommunityCalendar: Sendable, Equatable {
    public var timeZone: CalendarTimeZone = .losAngeles
    public var schoolYears: SchoolYears
    public var meeting: MeetingRule
    /// `nil`: the calendar places no coaching touch-points (an advisory says so).
    public var coaching: CoachingRule?
    public var blackouts: [Blackout] = []
    /// Where meetings happen (iCalendar LOCATION), optional.
    public var location: String?
    /// The published agenda arc (`agenda:`); `nil`: meetings carry no focus or step.
    public var agenda: AgendaArc?

    public init(schoolYears: SchoolYears, meeting: MeetingRule, coaching: CoachingRule? = nil,
                blackouts: [Blackout] = [], timeZone: CalendarTimeZone = .losAngeles, location: String? = nil,
                agenda: AgendaArc? = nil) {
        (self.schoolYears, self.meeting, self.coaching, self.blackouts) = (schoolYears, meeting, coaching, blackouts)
        (self.timeZone, self.location, self.agenda) = (timeZone, location, agenda)
    }
}

/// The school years meetings must fall in: listed with their dates, or one rule for every year.
public enum SchoolYears: Sendable, Equatable {
    /// `school_years:` — explicit first and last days, in order, not overlapping.
    case listed([SchoolYearDates])
    /// `school_year:` — the same first and last day rule every year.
    case rule(first: DayRule, last: DayRule)

    /// The school years that touch the months `from ... through`.
    public func dates(from first: YearMonth, through last: YearMonth) -> [SchoolYearDates] {
        switch self {
        case .listed(let years):
            return years
        case let .rule(firstRule, lastRule):
            // A school year starting in calendar year y ends in y (last month later) or y + 1.
            return ((first.year - 1)...(last.year)).compactMap { y in
                let start = firstRule.date(in: y)
                let endYear = lastRule.month > firstRule.month ? y : y + 1
                return SchoolYearDates(firstDay: start, lastDay: lastRule.date(in: endYear))
            }
        }
    }
}

/// One school year: the first and last day meetings may be held (both included).
public struct SchoolYearDates: Sendable, Equatable {
    public var firstDay, lastDay: CivilDate

    public init(firstDay: CivilDate, lastDay: CivilDate) { (self.firstDay, self.lastDay) = (firstDay, lastDay) }

    public func contains(_ date: CivilDate) -> Bool { firstDay <= date && date <= lastDay }

    /// True when any day of `month` is in the school year.
    public func overlaps(_ month: YearMonth) -> Bool { month.firstDay <= lastDay && month.lastDay >= firstDay }
}

/// A yearly day: a fixed month and day (`"09-01"`), or the n-th weekday of a month
/// (`{ month: 8, week: last, weekday: wednesday }`).
public enum DayRule: Sendable, Equatable {
    case fixed(month: Int, day: Int)
    case weekday(month: Int, week: WeekOfMonth, weekday: Weekday)

    public var month: Int {
        switch self {
        case .fixed(let month, _), .weekday(let month, _, _): month
        }
    }

    /// The day in calendar year `year`. A fixed day past the month's end (only `02-29` in a
    /// common year, which the loader refuses) clamps to the month's last day; a fifth weekday
    /// the month lacks falls back to the last one.
    public func date(in year: Int) -> CivilDate {
        let month = YearMonth(year: year, month: self.month)
        switch self {
        case .fixed(_, let day):
            return CivilDate(year: year, month: self.month, day: min(day, CivilDate.daysIn(year: year, month: self.month)))!
        case let .weekday(_, week, weekday):
            return week.date(in: month, weekday: weekday) ?? WeekOfMonth.last.date(in: month, weekday: weekday)!
        }
    }
}

/// Which occurrence of a weekday in a month: the 1st to the 5th, or the last.
public enum WeekOfMonth: Sendable, Equatable, Hashable {
    case nth(Int)
    case last

    /// The day, or `nil` when the month has no such occurrence (a fifth Tuesday in most months).
    public func date(in month: YearMonth, weekday: Weekday) -> CivilDate? {
        let wanted = Weekday.allCases.firstIndex(of: weekday)!
        switch self {
        case .nth(let n):
            let first = month.firstDay
            let offset = (wanted - Weekday.allCases.firstIndex(of: first.weekday)! + 7) % 7
            let day = 1 + offset + 7 * (n - 1)
            return CivilDate(year: month.year, month: month.month, day: day)
        case .last:
            let last = month.lastDay
            let back = (Weekday.allCases.firstIndex(of: last.weekday)! - wanted + 7) % 7
            return last.adding(days: -back)
        }
    }

    /// `second`, `last`
    public var ordinal: String {
        switch self {
        case .last: "last"
        case .nth(let n): ["first", "second", "third", "fourth", "fifth"][max(0, min(4, n - 1))]
        }
    }
}

/// The whole-group meeting rule: `{ week: 2, weekday: tuesday, time: "16:00", minutes: 120 }`.
public struct MeetingRule: Sendable, Equatable {
    public var week: WeekOfMonth
    public var weekday: Weekday
    public var time: TimeOfDay
    /// `nil`: `meetings.minutes` applies.
    public var minutes: Int?

    public init(week: WeekOfMonth, weekday: Weekday, time: TimeOfDay, minutes: Int? = nil) {
        (self.week, self.weekday, self.time, self.minutes) = (week, weekday, time, minutes)
    }
}

/// When coaching or small-group touch-points happen each month.
public struct CoachingRule: Sendable, Equatable {
    public enum Placement: Sendable, Equatable {
        /// `week: 4, weekday: thursday`
        case weekday(WeekOfMonth, Weekday)
        /// `days_after_meeting: 14`, counted from the month's meeting (or its rule day when it has none).
        case daysAfterMeeting(Int)
    }

    public var placement: Placement
    public var time: TimeOfDay
    public var minutes: Int

    public init(placement: Placement, time: TimeOfDay, minutes: Int) {
        (self.placement, self.time, self.minutes) = (placement, time, minutes)
    }
}

/// A named range of days with no meetings: a holiday of any tradition, a testing window,
/// the end of the year, a community event.
public struct Blackout: Sendable, Equatable {
    public var name: String
    public var firstDay: CivilDate
    /// Included; equal to `firstDay` for a single day.
    public var lastDay: CivilDate
    public var note: String?

    public init(name: String, firstDay: CivilDate, lastDay: CivilDate? = nil, note: String? = nil) {
        self.name = name
        self.firstDay = firstDay
        self.lastDay = lastDay ?? firstDay
        self.note = note
    }

    public func contains(_ date: CivilDate) -> Bool { firstDay <= date && date <= lastDay }
}

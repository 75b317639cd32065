/// A day of the week, Monday first (ISO 8601).
public enum Weekday: String, Sendable, CaseIterable, Hashable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// `Tue`
    public var abbreviation: String { String(rawValue.prefix(3)).capitalized }

    /// `Tuesday`
    public var name: String { rawValue.capitalized }
}

/// A wall-clock time in the community's time zone: `16:00`.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour, minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses 24-hour `H:MM` or `HH:MM` (`"9:30"`, `"16:00"`).
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var minutesFromMidnight: Int { hour * 60 + minute }

    /// `16:00`
    public var description: String { "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)" }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutesFromMidnight < b.minutesFromMidnight }
}

/// A date and wall-clock time, with no zone: the local start or end of an event.
public struct LocalDateTime: Sendable, Hashable, Comparable {
    public let date: CivilDate
    public let time: TimeOfDay

    public init(date: CivilDate, time: TimeOfDay) { (self.date, self.time) = (date, time) }

    /// `minutes` later, carrying into the next day(s) past midnight.
    public func adding(minutes: Int) -> LocalDateTime {
        let total = time.minutesFromMidnight + minutes
        let days = total >= 0 ? total / 1440 : -((-total + 1439) / 1440)
        let rest = total - days * 1440
        return LocalDateTime(date: date.adding(days: days), time: TimeOfDay(hour: rest / 60, minute: rest % 60)!)
    }

    /// `2027-09-14T16:00`
    public var iso: String { "\(date.iso)T\(time)" }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { (a.date, a.time) < (b.date, b.time) }
}

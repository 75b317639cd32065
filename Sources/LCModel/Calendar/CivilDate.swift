/// A day on the proleptic Gregorian calendar, with no time and no time zone: `2027-09-14`.
///
/// Date arithmetic is done on day numbers (days since 1970-01-01) with Howard Hinnant's
/// civil-from-days algorithm, so no Foundation `Calendar`, locale or time zone can shift a
/// meeting by a day.
///
/// ```swift
/// let day = CivilDate(year: 2028, month: 2, day: 28)!
/// day.adding(days: 1).iso   // "2028-02-29" (a leap year)
/// day.weekday               // .monday
/// ```
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year, month, day: Int

    /// `nil` when the day does not exist (`2027-02-29`, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `dayNumber` days after 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Parses `YYYY-MM-DD` (four-digit year, two-digit month and day); `nil` for anything else
    /// or a day that does not exist.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// 1970-01-01 was a Thursday.
    public var weekday: Weekday {
        let index = ((dayNumber % 7) + 7 + 3) % 7   // 0 = Monday
        return Weekday.allCases[index]
    }

    public var yearMonth: YearMonth { YearMonth(year: year, month: month) }

    /// `2027-09-14`
    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    /// `20270914` (iCalendar DATE form).
    public var basic: String { iso.replacingOccurrences(of: "-", with: "") }

    /// `Tue 14 Sep 2027`, for people.
    public var short: String {
        "\(weekday.abbreviation) \(day) \(String(YearMonth.monthNames[month - 1].prefix(3))) \(year)"
    }

    public var description: String { iso }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Gregorian rule: every fourth year, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Every day of a month, in order.
    public static func days(of month: YearMonth) -> [CivilDate] {
        (1...daysIn(year: month.year, month: month.month)).map { CivilDate(year: month.year, month: month.month, day: $0)! }
    }
}

extension YearMonth {
    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    public var lastDay: CivilDate { CivilDate(year: year, month: month, day: CivilDate.daysIn(year: year, month: month))! }
}

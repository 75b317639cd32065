import Foundation

/// The time a run or import is recorded at: `SOURCE_DATE_EPOCH` when set (so tests and
/// reproducible builds get the same record), else now. Always UTC, ISO 8601, whole seconds.
public enum RecordClock {
    public static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) {
            return iso(unixTime: seconds)
        }
        return iso(unixTime: Int64(Date().timeIntervalSince1970))
    }

    /// `2026-01-01T00:00:00Z`: the proleptic Gregorian calendar in UTC, as
    /// `ISO8601DateFormatter` writes it (`RecordClockTests` compares the two), worked out by
    /// arithmetic: the formatter loads the time-zone database first, a few milliseconds of
    /// every command that records.
    public static func iso(unixTime: Int64) -> String {
        let days = unixTime >= 0 ? unixTime / 86_400 : (unixTime - 86_399) / 86_400
        let seconds = unixTime - days * 86_400
        // Days since 1970-01-01 to year, month, day (Howard Hinnant's `civil_from_days`).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(seconds / 3_600)):\(two(seconds % 3_600 / 60)):\(two(seconds % 60))Z"
    }
}

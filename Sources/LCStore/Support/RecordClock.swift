import Foundation
import LCModel

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
        let seconds = Int(unixTime - days * 86_400)
        let date = CivilDate(dayNumber: Int(days))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(repeating: "0", count: max(0, 4 - String(date.year).count)) + String(date.year)
        return "\(year)-\(two(date.month))-\(two(date.day))T\(two(seconds / 3_600)):\(two(seconds % 3_600 / 60)):\(two(seconds % 60))Z"
    }
}

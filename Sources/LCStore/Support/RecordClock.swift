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

    /// `2026-01-01T00:00:00Z`
    public static func iso(unixTime: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(unixTime)))
    }
}

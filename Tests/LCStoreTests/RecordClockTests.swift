import Foundation
import Testing
@testable import LCStore

/// `RecordClock.iso` writes what `ISO8601DateFormatter` writes in UTC, for any time a record
/// can meet: every day of four centuries' leap rules, and random seconds.
@Suite struct RecordClockTests {
    static func formatted(_ unixTime: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(unixTime)))
    }

    @Test func matchesTheFormatter() {
        // Every day from 1899 to 2101 (1900 and 2100 are not leap years, 2000 is), at a time
        // that moves through the day.
        var time: Int64 = -2_240_524_800   // 1899-01-01
        while time < 4_133_980_800 {        // 2101-01-01
            #expect(RecordClock.iso(unixTime: time) == Self.formatted(time), "\(time)")
            time += 86_400 + 3_601
        }
        var state: UInt64 = 7
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let time = Int64(state >> 33) % 20_000_000_000 - 5_000_000_000
            #expect(RecordClock.iso(unixTime: time) == Self.formatted(time), "\(time)")
        }
        #expect(RecordClock.iso(unixTime: 1_767_225_600) == "2026-01-01T00:00:00Z")
        #expect(RecordClock.iso(unixTime: 0) == "1970-01-01T00:00:00Z")
        #expect(RecordClock.iso(unixTime: -1) == "1969-12-31T23:59:59Z")
    }
}

import Foundation
import LCModel

/// The terminal view of a schedule: per project year, one row per month with its meeting and
/// coaching touch-point, then what moved, what could not be placed, and the calendar advisories.
public enum ScheduleTable {
    public static func render(_ schedule: Schedule, advisories: [Advisory]) -> String {
        var out = "\(schedule.scenarioName): calendar (times in \(schedule.timeZone.identifier))\n"
        if let first = schedule.planningMonths.first, let last = schedule.planningMonths.last {
            let n = schedule.planningMonths.count
            out += "Planning on-ramp: \(first.monthAndYear) to \(last.monthAndYear) (\(n) month\(n == 1 ? "" : "s") before the start)\n"
        } else {
            out += "Planning on-ramp: none\n"
        }
        for year in 1...max(1, schedule.years) {
            let meetings = schedule.meetingCount(inYear: year), coaching = schedule.coachingCount(inYear: year)
            out += "\nYear \(year): \(meetings) whole-group meeting\(meetings == 1 ? "" : "s"), \(coaching) coaching touch-point\(coaching == 1 ? "" : "s")\n"
            let months = schedule.events.filter { $0.year == year }.map(\.month)
            var seen: Set<YearMonth> = []
            var rows: [[String]] = []
            var notes: [String] = []
            for month in months where seen.insert(month).inserted {
                let meeting = schedule.events.first { $0.year == year && $0.month == month && $0.kind == .meeting }
                let coach = schedule.events.first { $0.year == year && $0.month == month && $0.kind == .coaching }
                rows.append([month.monthAndYear, cell(meeting), cell(coach)])
                for event in [meeting, coach].compactMap({ $0 }) where event.status != .onRule {
                    let what = event.kind == .meeting ? "Meeting" : "Coaching"
                    let reasons = event.reasons.joined(separator: "; ")
                    notes.append(event.status == .moved
                        ? "  * \(what) moved from \(event.ruleDate.short): \(reasons)"
                        : "  ! \(what) in \(month.monthAndYear) not held, no permitted day: \(reasons)")
                }
            }
            if rows.isEmpty {
                out += "  no month of this year is in a school year\n"
            } else {
                out += leftAligned(["Month", "Whole-group meeting", "Coaching touch-point"], rows)
                out += notes.map { $0 + "\n" }.joined()
            }
        }
        out += "\n\(schedule.summarySentence)\n"
        out += "\nCalendar advisories\n"
        if advisories.isEmpty { out += "  none\n" }
        for advisory in advisories {
            out += "  warning [\(advisory.code.rawValue)] \(advisory.message)\n"
        }
        return out
    }

    /// Columns padded to their widest cell, all left-aligned (dates read best that way).
    static func leftAligned(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
            return "  " + padded.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        return line(header) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }

    static func cell(_ event: ScheduledEvent?) -> String {
        guard let event else { return "-" }
        guard let start = event.start, let end = event.end else { return "not held (conflict)" }
        let mark = event.status == .moved ? " *" : ""
        return "\(start.date.short) \(start.time)-\(end.time)\(mark)"
    }
}

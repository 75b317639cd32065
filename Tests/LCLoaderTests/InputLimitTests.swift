import Foundation
import TestSupport
import Testing
@testable import LCLoader
import LCModel

/// Inputs past the documented limits are refused quickly, naming the limit, with bounded memory:
/// more than 10,000 cohort members; CSV imports over 32 MB, 100,000 rows or 100 fields a row.
@Suite struct InputLimitTests {
    private func scenarioErrors(_ text: String) -> [String] {
        importErrors { _ = try ScenarioLoader.parse(text, file: "big.yaml") }
    }

    @Test func aCohortOfTenThousandLoads() throws {
        let text = validYAML.replacingOccurrences(of: "participants: 24", with: "participants: 10000")
        #expect(try ScenarioLoader.parse(text, file: "big.yaml").scenario.cohort.participants == 10_000)
    }

    @Test func moreThanTenThousandCohortMembersIsRefused() {
        let text = validYAML.replacingOccurrences(of: "participants: 24", with: "participants: 10001")
        #expect(scenarioErrors(text) == ["big.yaml:7:17: error: cohort.participants is larger than the maximum 10,000 (educators), found 10001"])
        let huge = validYAML.replacingOccurrences(of: "participants: 24", with: "participants: 9223372036854775807")
        #expect(scenarioErrors(huge) == ["big.yaml:7:17: error: cohort.participants is larger than the maximum 10,000 (educators), found 9223372036854775807"])
    }

    @Test func aByYearEntryOverTenThousandIsRefused() {
        let text = validYAML.replacingOccurrences(
            of: "  leaders: 3\n", with: "  leaders: 3\n  by_year:\n    - { participants: 24 }\n    - { participants: 20000, leaders: 2 }\n")
        #expect(scenarioErrors(text) == [
            "big.yaml:11:23: error: cohort.by_year[1].participants is larger than the maximum 10,000 (educators), found 20000"])
    }

    @Test func textLongerThanTwoThousandCharactersIsRefused() {
        let long = String(repeating: "x", count: 2_001)
        let name = validYAML.replacingOccurrences(of: "name: \"Test community\"", with: "name: \"\(long)\"")
        #expect(scenarioErrors(name) == ["big.yaml:2:7: error: name must be at most 2000 characters, found 2001; shorten it"])
        let source = validYAML.replacingOccurrences(of: "source: \"Fund\"", with: "source: \"\(long)\"")
        #expect(scenarioErrors(source) == ["big.yaml:18:13: error: funding[0].source must be at most 2000 characters, found 2001; shorten it"])
        let fits = validYAML.replacingOccurrences(of: "name: \"Test community\"", with: "name: \"\(long.dropLast())\"")
        #expect(scenarioErrors(fits) == [])
    }

    /// The case: 2,000 displayed characters carrying 400,000 combining marks passed the
    /// old character count and failed `report` (a cell holds 32,767 UTF-16 code units). The
    /// limit is now counted in the unit the workbook counts, and the message says both counts.
    @Test func textIsCountedInTheUnitAWorkbookCounts() {
        let marked = String(repeating: "a" + String(repeating: "\u{301}", count: 200), count: 2_000)
        #expect(marked.count == 2_000)
        let name = validYAML.replacingOnce("name: \"Test community\"", "name: \"\(marked)\"")
        #expect(scenarioErrors(name) == ["big.yaml:2:7: error: name must be at most 2000 characters as a workbook counts them (UTF-16 code units: an accent written as a combining mark or an emoji counts more than one), found 402000 (2000 as displayed); shorten it"])
        // 1,000 emoji are 2,000 UTF-16 code units: at the limit, accepted; one more is refused.
        let emoji = String(repeating: "\u{1F600}", count: 1_000)
        #expect(scenarioErrors(validYAML.replacingOnce("source: \"Fund\"", "source: \"\(emoji)\"")) == [])
        #expect(scenarioErrors(validYAML.replacingOnce("source: \"Fund\"", "source: \"\(emoji)x\"")) == [
            "big.yaml:18:13: error: funding[0].source must be at most 2000 characters as a workbook counts them (UTF-16 code units: an accent written as a combining mark or an emoji counts more than one), found 2001 (1001 as displayed); shorten it"])
    }

    /// Texts the model joins into one cell (a calendar event's reasons: the names of every
    /// blackout on its day) are checked against the cell's limit at load time too.
    @Test func composedCalendarTextMustFitACell() {
        let long = String(repeating: "b", count: 2_000)
        var blackouts = ""
        for i in 0..<17 { blackouts += "    - { name: \"\(i)\(long.dropFirst(2))\", date: 2027-09-14 }\n" }
        let calendar = """
        calendar:
          school_years:
            - { first_day: 2027-09-01, last_day: 2028-06-15 }
          meeting: { week: 2, weekday: tuesday, time: "16:00" }
          blackouts:

        """
        let text = validYAML + calendar + blackouts
        let errors = scenarioErrors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("big.yaml:25:5: error: calendar.blackouts: the blackout names make the reasons of the September 2027 meeting ") == true, "\(errors)")
        #expect(errors.first?.contains("more than a workbook cell's 32767; shorten the blackout names") == true)
        // Sixteen such names fit (16 × 2,000 + separators < 32,767): accepted.
        let fewer = validYAML + calendar + blackouts.split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        #expect(scenarioErrors(fewer) == [])
    }

    @Test func controlCharactersAreRefused() {
        let nul = validYAML.replacingOccurrences(of: "name: \"Test community\"", with: "name: \"a\\0b\"")
        #expect(scenarioErrors(nul) == ["big.yaml:2:7: error: name must not contain control characters (found U+0000); only tab and line breaks are allowed"])
        let escape = validYAML.replacingOccurrences(of: "source: \"Fund\"", with: "source: \"x\\e[31m\"")
        #expect(scenarioErrors(escape) == ["big.yaml:18:13: error: funding[0].source must not contain control characters (found U+001B); only tab and line breaks are allowed"])
        let allowed = validYAML.replacingOccurrences(of: "name: \"Test community\"", with: "name: \"a\\tb\\r\\nc\"")
        #expect(scenarioErrors(allowed) == [])
    }

    @Test func csvWithMoreThanTheRowLimitIsRefusedQuickly() {
        let row = "Ana,participant,2027-09-14,meeting,2\n"
        let text = "educator,role,date,activity,hours\n" + String(repeating: row, count: CSVParser.maximumRows + 1)
        let clock = ContinuousClock()
        let started = clock.now
        let errors = importErrors { _ = try AttendanceCSV.parse(text, file: "big.csv", calendar: nil) }
        #expect(clock.now - started < .seconds(10))
        #expect(errors == ["big.csv:100002:1: error: has more than 100000 rows after the header; split it into several imports"])
        // A thousand educators' rows read (rows differ: an exact repeat is refused without --again).
        let atLimit = "educator,role,date,activity,hours\n" + (0..<1000).map { "Ana \($0),participant,2027-09-14,meeting,2\n" }.joined()
        #expect(importErrors { _ = try AttendanceCSV.parse(atLimit, file: "ok.csv", calendar: nil) } == [])
    }

    @Test func aRowOfEndlessCommasIsRefused() {
        let text = "date,category,item,amount,payer,memo\n" + String(repeating: ",", count: 1_000_000) + "\n"
        #expect(importErrors { _ = try ActualsCSV.parse(text, file: "wide.csv", calendar: nil) }
                == ["wide.csv:2:1: error: this row has more than 100 fields; the importers read five or six columns"])
    }

    @Test func aCSVFileOverThirtyTwoMegabytesIsRefusedBeforeParsing() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-big-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let block = Data(repeating: UInt8(ascii: "x"), count: 1_048_576)
        for _ in 0..<33 { handle.write(block) }
        try handle.close()
        let clock = ContinuousClock()
        let started = clock.now
        #expect(importErrors { _ = try CSVFile.read(path: url.path) }
                == ["\(url.path): error: is larger than 32 MB; split it into several imports"])
        #expect(clock.now - started < .seconds(2))
    }
}

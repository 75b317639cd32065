import Foundation
import TestSupport
import Testing
@testable import LCLoader
@testable import LCModel

/// Hostile text stays out: bidirectional controls, C1 controls and invisible format characters
/// are refused in scenario text (written raw or as a YAML escape) and in CSV files, with the
/// line and column; attendance that would pay for more hours than a day has is refused.
@Suite struct InertTextTests {
    @Test func aRightToLeftOverrideWrittenAsAnEscapeIsRefused() {
        let text = validYAML.replacingOnce("source: \"Fund\"", "source: \"Fund\\u202e\"")
        #expect(errors(text) == ["s.yaml:18:13: error: funding[0].source must not contain a bidirectional control character (U+202E), "
                                 + "which can reverse the text around it; delete it (scenario text may hold only visible characters, tab and line breaks)"])
    }

    @Test(arguments: ["\u{202E}", "\u{2066}", "\u{2069}", "\u{202A}", "\u{0085}", "\u{009B}", "\u{200B}", "\u{2028}", "\u{00AD}"])
    func aRawInvisibleCharacterIsRefusedWithItsLineAndColumn(character: String) {
        let text = validYAML.replacingOnce("name: \"Test community\"", "name: \"Test \(character)community\"")
        let found = errors(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("s.yaml:2:13: error: contains ") == true, "\(found)")
    }

    @Test func ordinaryScriptsAreAllowed() {
        #expect(errors(validYAML.replacingOnce("name: \"Test community\"", "name: \"河畔教师学习社区 — École מורים \u{1F469}\u{1F3FD}\u{200D}\u{1F3EB} می\u{200C}خواهم\"")) == [])
    }

    @Test func anEscapeSequenceInAnAttendanceNameIsRefused() {
        let csv = "educator,role,date,activity,hours\nAna\u{1B}[2J\u{1B}]0;pwned\u{07},participant,2027-09-14,meeting,2\n"
        #expect(importErrors { _ = try AttendanceCSV.parse(csv, file: "a.csv", calendar: importCalendar()) }
                == ["a.csv:2:4: error: contains a control character (U+001B); delete it and import the file again (nothing was imported)"])
    }

    @Test func aBidiOverrideInAnActualsMemoIsRefused() {
        let csv = "date,category,item,amount,payer,memo\n2027-09-14,food,Dinner,45.50,Deli,ok\u{202E}txt\n"
        let found = importErrors { _ = try ActualsCSV.parse(csv, file: "x.csv", calendar: importCalendar()) }
        #expect(found.count == 1 && found[0].hasPrefix("x.csv:2:37: error: contains a bidirectional control character (U+202E)"), "\(found)")
    }

    @Test func aHeaderOnlyFileIsRefusedAsEmpty() {
        let found = importErrors { _ = try AttendanceCSV.parse("educator,role,date,activity,hours\n", file: "a.csv", calendar: importCalendar()) }
        #expect(found == ["a.csv: error: has a header but no rows; nothing to import (add a row under the header)"])
    }

    @Test func aFieldLongerThanTheMaximumIsRefused() {
        let long = String(repeating: "x", count: 2_001)
        let csv = "educator,role,date,activity,hours\n\(long),participant,2027-09-14,meeting,2\n"
        let found = importErrors { _ = try AttendanceCSV.parse(csv, file: "a.csv", calendar: importCalendar()) }
        #expect(found == ["a.csv:2:1: error: this field has 2001 characters; a CSV field may hold at most 2000 (shorten it)"])
    }

    /// Five rows of 24 hours for one person on one date would pay a 120-hour day.
    @Test func moreThanADaysHoursForOnePersonIsRefused() {
        let row = "Ana Diaz,participant,2027-09-14,meeting,24\n"
        var csv = "educator,role,date,activity,hours\n"
        for activity in ["meeting", "coaching", "planning", "other", "meeting"] {
            csv += row.replacingOccurrences(of: "meeting", with: activity)
        }
        let found = importErrors { _ = try AttendanceCSV.parse(csv, file: "a.csv", calendar: importCalendar(), allowDuplicates: true) }
        #expect(found == ["a.csv:6:41: error: Ana Diaz has 120 hours on 2027-09-14 (rows 2, 3, 4, 5, 6); a day has at most 24 hours: correct the sign-in rows"])
        // 8 + 16 on one day is a full day and is accepted.
        let full = "educator,role,date,activity,hours\nAna,participant,2027-09-14,meeting,8\nAna,participant,2027-09-14,planning,16\n"
        #expect(importErrors { _ = try AttendanceCSV.parse(full, file: "a.csv", calendar: importCalendar()) } == [])
    }

    @Test func anExactDuplicateRowIsRefusedUnlessAgain() {
        let csv = "educator,role,date,activity,hours\nAna,participant,2027-09-14,meeting,2\nBo,leader,2027-09-14,meeting,2\nAna,participant,2027-09-14,meeting,2\n"
        #expect(importErrors { _ = try AttendanceCSV.parse(csv, file: "a.csv", calendar: importCalendar()) }
                == ["a.csv:4:36: error: this row repeats row 2 exactly (Ana, 2027-09-14, 2 h); delete the duplicate, or import with --again if both really happened"])
        #expect(importErrors { _ = try AttendanceCSV.parse(csv, file: "a.csv", calendar: importCalendar(), allowDuplicates: true) } == [])
    }
}

/// The documented number rules: one `_` only between digits, no leading zero, no YAML tags.
@Suite struct NumberRuleTests {
    @Test(arguments: [
        ("!!str 50", "s.yaml:12:16: error: has the YAML tag !!str; the scenario format uses no tags: delete it and write the value plainly"),
        ("!foo 50", "s.yaml:12:16: error: has the YAML tag !foo; the scenario format uses no tags: delete it and write the value plainly"),
        ("!!binary 50", "s.yaml:12:16: error: has the YAML tag !!binary; the scenario format uses no tags: delete it and write the value plainly"),
        ("_50", "s.yaml:12:16: error: stipends.hourly_rate must be a number from 0 to 10,000, found '_50'"),
        ("5__0", "s.yaml:12:16: error: stipends.hourly_rate must be a number from 0 to 10,000, found '5__0'"),
        ("50_", "s.yaml:12:16: error: stipends.hourly_rate must be a number from 0 to 10,000, found '50_'"),
        ("062", "s.yaml:12:16: error: stipends.hourly_rate must be a number from 0 to 10,000, found '062'"),
    ])
    func refused(value: String, expected: String) {
        let found = errors(validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: \(value)"))
        #expect(found.first == expected, "\(found)")
    }

    @Test(arguments: ["5_0", "1_000.25", "0", "0.5", "50.00"])
    func accepted(value: String) {
        #expect(errors(validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: \(value)")) == [])
    }

    /// The fast path (`TextRules.isPlainASCII`) says "nothing to refuse" only of text every
    /// rule would pass: byte by byte over all 128 ASCII codes, and on random mixes with
    /// refused and allowed non-ASCII characters.
    @Test func plainASCIIIsExactlyTheTextNoRuleRefuses() {
        for code in 0..<128 {
            let scalar = Unicode.Scalar(UInt8(code))
            let text = "a" + String(Character(scalar)) + "b"
            let refused = TextRules.refusal(scalar) != nil || MappingReader.isRefusedControl(scalar)
            #expect(TextRules.isPlainASCII(text) == !refused, "U+\(String(code, radix: 16))")
        }
        let pieces = ["a", "7", " ", "\t", "\n", "\u{7F}", "\u{1B}", "é", "\u{202E}", "\u{200B}", "👩🏽‍🏫", "“"]
        var rng = SplitMix64(seed: 12)
        for _ in 0..<5_000 {
            let text = (0..<Int(rng.next() % 8)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let plain = TextRules.isPlainASCII(text)
            #expect(plain == text.unicodeScalars.allSatisfy { $0.isASCII && TextRules.refusal($0) == nil && !MappingReader.isRefusedControl($0) }, "\(text.debugDescription)")
            if plain { #expect(TextRules.firstRefused(in: text) == nil && text.utf16.count == text.utf8.count) }
        }
    }

    @Test func plainNumberText() {
        #expect(MappingReader.plainNumberText("72_000") == "72000")
        #expect(MappingReader.plainNumberText("-1_000.5") == "-1000.5")
        #expect(MappingReader.plainNumberText("1.") == nil)
        #expect(MappingReader.plainNumberText(".5") == nil)
        #expect(MappingReader.plainNumberText("1.2.3") == nil)
        #expect(MappingReader.plainNumberText("00") == nil)
    }
}

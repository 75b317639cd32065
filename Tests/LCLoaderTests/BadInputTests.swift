import Foundation
import TestSupport
import Testing
import LCLoader
import LCModel

/// Every bad input the spec and the issue name: the exact message and location.
@Suite struct BadInputTests {
    @Test func theBaseTextIsValid() {
        #expect(errors(validYAML) == [])
    }

    @Test func yearsOutOfRange() {
        #expect(errors(validYAML.replacingOnce("years: 2", "years: 7"))
                == ["s.yaml:5:8: error: years is larger than the maximum 5 (years), found 7"])
        #expect(errors(validYAML.replacingOnce("years: 2", "years: 0"))
                == ["s.yaml:5:8: error: years is smaller than the minimum 1 (years), found 0"])
    }

    @Test func leadersMoreThanParticipants() {
        #expect(errors(validYAML.replacingOnce("leaders: 3", "leaders: 30"))
                == ["s.yaml:8:12: error: cohort.leaders (30) must not be greater than cohort.participants (24); participants include leaders"])
    }

    @Test func negativeRate() {
        #expect(errors(validYAML.replacingOnce("daily_rate: 200", "daily_rate: -200"))
                == ["s.yaml:16:15: error: substitutes.daily_rate is smaller than the minimum 0 ($ per day), found -200"])
        #expect(errors(validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: -0.01"))
                == ["s.yaml:12:16: error: stipends.hourly_rate is smaller than the minimum 0 ($ per hour), found -0.01"])
    }

    @Test func otherFormats() {
        #expect(errors(validYAML.replacingOnce("format: 1", "format: 2"))
                == ["s.yaml:1:9: error: format must be 1 (the only scenario format this version reads), found '2'"])
        #expect(errors(validYAML.replacingOnce("format: 1", "format: \"1\""))
                == ["s.yaml:1:9: error: format must be 1 (the only scenario format this version reads), found the text \"1\""])
    }

    @Test func misspelledKeysSuggestTheNearest() {
        #expect(errors(validYAML.replacingOnce("stipends:", "stipend:"))
                == ["s.yaml:11:1: error: unknown key 'stipend'; did you mean 'stipends'?"])
        // A missing key is reported where its section's contents begin (both at 12:3 here).
        #expect(Set(errors(validYAML.replacingOnce("hourly_rate: 50", "hourly_rat: 50")))
                == ["s.yaml:12:3: error: unknown key 'stipends.hourly_rat'; did you mean 'hourly_rate'?",
                    "s.yaml:12:3: error: missing required key 'stipends.hourly_rate' (a number)"])
        // No key is near: the message lists the valid ones (the list grows as the format does).
        let messages = errors(validYAML + "budget_owner: me\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("s.yaml:20:1: error: unknown key 'budget_owner'; valid keys here: format, name, organization, goal, start, years,") == true)
        #expect(messages.first?.contains(", funding") == true)
    }

    @Test func byYearWithTheWrongCount() {
        #expect(errors(validYAML.replacingOnce("by_year: [1000, 1000]", "by_year: [1000]"))
                == ["s.yaml:19:14: error: funding[0].by_year must have exactly 2 amounts (one per project year), found 1"])
        #expect(errors(validYAML.replacingOnce("  leaders: 3\n", "  leaders: 3\n  by_year:\n    - { participants: 24 }\n"))
                == ["s.yaml:10:5: error: cohort.by_year must have exactly 2 entries (one per project year), found 1"])
    }

    @Test func startMonthOutOfRange() {
        #expect(errors(validYAML.replacingOnce("start: 2027-08", "start: 2027-13"))
                == ["s.yaml:4:8: error: start must be a month as YYYY-MM (a year from 1900, a month from 01 to 12), found '2027-13'"])
        #expect(errors(validYAML.replacingOnce("start: 2027-08", "start: 2027-8"))
                == ["s.yaml:4:8: error: start must be a month as YYYY-MM (a year from 1900, a month from 01 to 12), found '2027-8'"])
    }

    @Test func quotedNumbersAreRefused() {
        #expect(errors(validYAML.replacingOnce("years: 2", "years: \"2\""))
                == ["s.yaml:5:8: error: years must be a whole number from 1 to 5, found the text \"2\"; write it without quotes: 2"])
        #expect(errors(validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: '50'"))
                == ["s.yaml:12:16: error: stipends.hourly_rate must be a number from 0 to 10,000, found the text \"50\"; write it without quotes: 50"])
    }

    @Test func malformedNumbersAreRefusedNotTruncated() {
        #expect(errors(validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: 50.5.1"))
                == ["s.yaml:12:16: error: stipends.hourly_rate must be a number from 0 to 10,000, found '50.5.1'"])
        #expect(errors(validYAML.replacingOnce("daily_rate: 200", "daily_rate: 2e2"))
                == ["s.yaml:16:15: error: substitutes.daily_rate must be a number from 0 to 100,000, found '2e2'"])
    }

    @Test func yamlSyntaxError() {
        #expect(errors(validYAML.replacingOnce("name: \"Test community\"", "name: [unclosed"))
                == ["s.yaml:3:5: error: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 2, column 7)"])
        #expect(errors(validYAML.replacingOnce("years: 2", "years: 2\nyears: 3"))
                == ["s.yaml:6:1: error: not valid YAML: 'years' is given twice in one mapping (first on line 5); keep one of the two and delete the other"])
    }

    @Test func textThatIsNotAScenario() {
        #expect(errors("hello world, this is not yaml\n")
                == ["s.yaml:1:1: error: the scenario must be a YAML mapping of keys to values (format: 1, name: ..., goal: ...), found 'hello world, this is not yaml'"])
        #expect(errors("- a\n- b\n")
                == ["s.yaml:1:1: error: the scenario must be a YAML mapping of keys to values (format: 1, name: ..., goal: ...), found a list"])
    }

    @Test func everyProblemIsReportedInFileOrder() {
        let text = validYAML.replacingOnce("years: 2", "years: 9").replacingOnce("format: 1", "format: 3")
            .replacingOnce("daily_rate: 200", "daily_rate: -1")
        #expect(errors(text).map { $0.components(separatedBy: ": error:")[0] } == ["s.yaml:1:9", "s.yaml:5:8", "s.yaml:16:15"])
    }

    @Test func missingFile() {
        let path = temporaryFolder().appendingPathComponent("nowhere.yaml").path
        #expect(loadErrors(path) == ["\(path): error: no such file"])
    }

    @Test func directory() {
        let path = temporaryFolder().path
        #expect(loadErrors(path) == ["\(path): error: is a directory, not a scenario file"])
    }

    @Test(arguments: ["", "\n  \n\t\n", "# only a comment\n"])
    func emptyFile(contents: String) throws {
        let url = temporaryFolder().appendingPathComponent("empty.yaml")
        try Data(contents.utf8).write(to: url)
        #expect(loadErrors(url.path)
                == ["\(url.path): error: is empty; a scenario needs at least format, name, goal, start, years, cohort and meetings"])
    }

    @Test func binaryJunk() throws {
        let url = temporaryFolder().appendingPathComponent("junk.yaml")
        var bytes = [UInt8](repeating: 0, count: 256)
        for i in bytes.indices { bytes[i] = UInt8((i * 37 + 11) % 256) }   // the first 0 byte is at 145
        try Data(bytes).write(to: url)
        #expect(loadErrors(url.path) == ["\(url.path): error: is not a text file (binary data at byte 145)"])
        try Data([0xFF, 0xFE, 0x80, 0x41]).write(to: url)
        #expect(loadErrors(url.path) == ["\(url.path):1:1: error: is not UTF-8 text: it is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8 (in most editors: Save As, then the encoding UTF-8)"])
    }

    @Test func aliasBombIsRefused() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 { text += "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 10).joined(separator: ", ") + "]\n" }
        #expect(errors(text) == ["s.yaml:1:1: error: has more than 20000 values (after expanding YAML aliases); refusing it"])
    }
}

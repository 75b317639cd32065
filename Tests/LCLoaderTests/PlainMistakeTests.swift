import Foundation
import TestSupport
import Testing
import LCLoader

/// The mistakes a new user makes, each explained in plain words at its own line and column,
/// with the fix (docs/scenario-format.md "Common mistakes"). Each case changes one line of
/// `validYAML` (line numbers in LoaderFixtures.swift).
@Suite struct PlainMistakeTests {
    // MARK: Layout

    @Test func aTabInTheIndentationIsNamedAtTheTab() {
        #expect(errors(validYAML.replacingOnce("  participants: 24", "\tparticipants: 24"))
                == ["s.yaml:7:1: error: not valid YAML: line 7 is indented with a tab, which YAML does not allow; indent with spaces instead (two per level, like the lines around it)"])
        // After spaces, and on a later line of a section: still the tab's own line and column.
        #expect(errors(validYAML.replacingOnce("  leaders: 3", " \tleaders: 3"))
                == ["s.yaml:8:2: error: not valid YAML: line 8 is indented with a tab, which YAML does not allow; indent with spaces instead (two per level, like the lines around it)"])
    }

    @Test func aThreeSpaceIndentNamesItsSectionAndTheIndentItNeeds() {
        #expect(errors(validYAML.replacingOnce("  leaders: 3", "   leaders: 3"))
                == ["s.yaml:8:4: error: not valid YAML: 'leaders' is indented 3 spaces but the keys of cohort (line 6) around it are indented 2 spaces; it seems to belong to cohort: indent it by 2 spaces, like them"])
        // The section's first key set an odd indentation; the parser stops at the next key.
        #expect(errors(validYAML.replacingOnce("  participants: 24", "   participants: 24"))
                == ["s.yaml:7:4: error: not valid YAML: 'participants' is indented 3 spaces but 'leaders' after it in cohort (line 6) is indented 2 spaces; indent every key of cohort by 2 spaces, like line 8"])
        // Less indented than the keys above it, with no usual indentation to go by.
        #expect(errors("a:\n    b: 1\n   c: 2\n")
                == ["s.yaml:3:4: error: not valid YAML: 'c' is indented 3 spaces but the keys of a (line 1) above it are indented 4 spaces; it seems to belong to a: indent it by 4 spaces, like them"])
    }

    @Test func anUnindentedKeyIsBlamedNotTheLineAfterIt() {
        // The parser stops at line 9; the mistake is line 8.
        #expect(errors(validYAML.replacingOnce("  leaders: 3", "leaders: 3\n  students_per_educator: 25"))
                == ["s.yaml:8:1: error: not valid YAML: 'leaders' is indented 0 spaces, which takes it out of cohort (line 6), so line 9 after it no longer fits; indent it by 2 spaces, like line 9"])
        #expect(errors(validYAML.replacingOnce("  participants: 24", "participants: 24"))
                == ["s.yaml:7:1: error: not valid YAML: 'participants' is indented 0 spaces, which takes it out of cohort (line 6), so line 8 after it no longer fits; indent it by 2 spaces, like line 8"])
        // Valid YAML (leaders becomes a top-level key): the section it belongs to is named.
        #expect(errors(validYAML.replacingOnce("  leaders: 3", "leaders: 3"))
                == ["s.yaml:8:1: error: unknown key 'leaders' at the top level; it is a key of cohort: indent it under cohort: like cohort's other keys"])
    }

    @Test func anIndentedTopLevelKeyIsSentBackToTheMargin() {
        #expect(errors(validYAML.replacingOnce("stipends:", " stipends:"))
                == ["s.yaml:11:2: error: not valid YAML: 'stipends' is indented 1 space, but it is a top-level key; start it at the margin, like the other top-level keys"])
    }

    @Test func aSectionWithAValueOnItsLineCannotHoldKeys() {
        #expect(errors(validYAML.replacingOnce("meetings:", "meetings: 10"))
                == ["s.yaml:10:3: error: not valid YAML: 'per_year' is indented under 'meetings' (line 9), which already has a value on its own line and so cannot hold keys; delete the value after 'meetings:'"])
    }

    @Test func aListItemsKeyIsNamedByItsItem() {
        #expect(errors(validYAML.replacingOnce("    by_year: [1000, 1000]", "      by_year: [1000, 1000]"))
                == ["s.yaml:19:7: error: not valid YAML: 'by_year' is indented 6 spaces but the keys of the list item on line 18 around it are indented 4 spaces; indent it by 4 spaces, like them"])
    }

    @Test func aMissingSpaceAfterTheColonIsNamed() {
        // The parser stops at line 6; the mistake is line 5.
        #expect(errors(validYAML.replacingOnce("years: 2", "years:2"))
                == ["s.yaml:5:7: error: not valid YAML: 'years:2' has no space after the colon, so YAML reads it as one word instead of a key and its value; write years: 2"])
    }

    @Test func aColonInsideAValueSaysToQuoteIt() {
        #expect(errors(validYAML.replacingOnce("name: \"Test community\"", "name: Pine Ridge: Makers"))
                == ["s.yaml:2:7: error: not valid YAML: the value of 'name' holds ': ', which YAML reads as the start of another key; put the value in quotes: name: \"Pine Ridge: Makers\""])
    }

    @Test func otherParserFailuresKeepTheParsersWords() {
        #expect(errors(validYAML.replacingOnce("name: \"Test community\"", "name: [unclosed"))
                == ["s.yaml:3:5: error: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 2, column 7)"])
    }

    @Test func aDuplicatedKeyPointsAtTheSecondAndNamesTheFirstsLine() {
        #expect(errors(validYAML.replacingOnce("years: 2", "years: 2\nyears: 3"))
                == ["s.yaml:6:1: error: not valid YAML: 'years' is given twice in one mapping (first on line 5); keep one of the two and delete the other"])
        #expect(errors(validYAML.replacingOnce("  hours_per_month: 4", "  hours_per_month: 4\n  hourly_rate: 45"))
                == ["s.yaml:14:3: error: not valid YAML: 'hourly_rate' is given twice in one mapping (first on line 12); keep one of the two and delete the other"])
    }

    // MARK: Numbers

    /// `buyouts` added after `cohort` (lines 9-12), so line 11 is benefits_rate and 10 is salary.
    func withBuyouts(salary: String = "68000", benefits: String = "0.4") -> String {
        validYAML.replacingOnce("  leaders: 3\n", "  leaders: 3\nbuyouts:\n  salary: \(salary)\n  benefits_rate: \(benefits)\n  leader_share: 0.2\n")
    }

    @Test func aPercentageSuggestsTheShare() {
        #expect(errors(withBuyouts()) == [])
        #expect(errors(withBuyouts(benefits: "40%"))
                == ["s.yaml:11:18: error: buyouts.benefits_rate must be a number from 0 to 1, found '40%'; write a percentage as a share: 0.4"])
        #expect(errors(withBuyouts(benefits: "7.65%"))
                == ["s.yaml:11:18: error: buyouts.benefits_rate must be a number from 0 to 1, found '7.65%'; write a percentage as a share: 0.0765"])
    }

    @Test func aDollarSignAndUnitSuggestTheBareNumber() {
        #expect(errors(validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: \"$45/hr\""))
                == ["s.yaml:12:16: error: stipends.hourly_rate must be a number from 0 to 10,000, found the text \"$45/hr\"; write just the number, without the $ sign, the unit and the quotes: 45"])
        #expect(errors(validYAML.replacingOnce("daily_rate: 200", "daily_rate: $200"))
                == ["s.yaml:16:15: error: substitutes.daily_rate must be a number from 0 to 100,000, found '$200'; write just the number, without the $ sign: 200"])
    }

    @Test func thousandsCommasSuggestTheNumberWithoutThem() {
        #expect(errors(withBuyouts(salary: "68,000"))
                == ["s.yaml:10:11: error: buyouts.salary must be a number from 0 to 10,000,000, found '68,000'; write it without commas: 68000 (or 68_000)"])
        #expect(errors(withBuyouts(salary: "\"$68,000.50\""))
                == ["s.yaml:10:11: error: buyouts.salary must be a number from 0 to 10,000,000, found the text \"$68,000.50\"; write just the number, without the $ sign, commas and the quotes: 68000.50 (or 68_000.50)"])
    }

    @Test func commasInsideAmountsSplitTheList() {
        let text = validYAML.replacingOnce("years: 2", "years: 3").replacingOnce("by_year: [1000, 1000]", "by_year: [$20,000, $20,000, $20,000]")
        #expect(errors(text)
                == ["s.yaml:19:14: error: funding[0].by_year: the commas inside the amounts split the list, so [$20,000, $20,000, $20,000] is read as 6 values; write each amount without commas or $: [20000, 20000, 20000]"])
        #expect(errors(validYAML.replacingOnce("by_year: [1000, 1000]", "by_year: [20,000, 20,000]"))
                == ["s.yaml:19:14: error: funding[0].by_year: the commas inside the amounts split the list, so [20,000, 20,000] is read as 4 values; write each amount without commas or $: [20000, 20000]"])
    }

    @Test func aValidListIsNeverTakenForASplitOne() throws {
        // 100 after 50000 could be the tail of "50000,100", but both are numbers and the count is right.
        let loaded = try ScenarioLoader.parse(validYAML.replacingOnce("by_year: [1000, 1000]", "by_year: [50000, 100]"), file: "s.yaml")
        #expect(loaded.scenario.funding?.first?.byYear == [50000, 100])
        // Plain numbers, but four of them for two years, and two as meant: the split is named.
        #expect(errors(validYAML.replacingOnce("by_year: [1000, 1000]", "by_year: [20,500, 20,500]"))
                == ["s.yaml:19:14: error: funding[0].by_year: the commas inside the amounts split the list, so [20,500, 20,500] is read as 4 values; write each amount without commas or $: [20500, 20500]"])
        // Uncertainty lists are read the same way.
        let uncertain = validYAML + "uncertainty:\n  cohort.participants: { discrete: { values: [20, 24], weights: [1,000, 2] } }\n"
        #expect(errors(uncertain)
                == ["s.yaml:21:65: error: uncertainty.cohort.participants.discrete.weights: the commas inside the amounts split the list, so [1,000, 2] is read as 3 values; write each amount without commas or $: [1000, 2]"])
    }

    @Test func anIndirectBaseInCapitalsSuggestsTheName() {
        #expect(errors(validYAML + "indirect:\n  rate: 0.1\n  base: MTDC\n")
                == ["s.yaml:22:9: error: indirect.base must be total_direct or mtdc, found 'MTDC'; did you mean 'mtdc'?"])
    }

    @Test func typographicQuotesAroundAKeyAreRefused() {
        let found = errors(validYAML.replacingOnce("name: \"Test community\"", "“name”: \"Test community\""))
        #expect(found.contains("s.yaml:2:1: error: the key “name” is wrapped in typographic quotes “…”, which YAML does not read as quotes (they would become part of the value); replace them with straight quotes \" or remove them"))
        #expect(!found.contains { $0.contains("unknown key") })
    }

    @Test func hintsNeverGuessAnotherNumber() {
        #expect(errors(validYAML.replacingOnce("daily_rate: 200", "daily_rate: 2e2"))
                == ["s.yaml:16:15: error: substitutes.daily_rate must be a number from 0 to 100,000, found '2e2'"])
        #expect(errors(validYAML.replacingOnce("daily_rate: 200", "daily_rate: two hundred"))
                == ["s.yaml:16:15: error: substitutes.daily_rate must be a number from 0 to 100,000, found 'two hundred'"])
    }

    // MARK: Names

    @Test func aCapitalizedKindSuggestsTheName() {
        #expect(errors(validYAML.replacingOnce("  - source: \"Fund\"", "  - source: \"Fund\"\n    kind: Grant"))
                == ["s.yaml:19:11: error: funding[0].kind must be one of district, grant, partner, in_kind, other, found 'Grant'; did you mean 'grant'?"])
    }

    @Test func anUnknownKeyInASectionLooksInThatSectionFirst() {
        // Near a key of stipends: that one, though planning also has hours_per_month.
        #expect(errors(validYAML.replacingOnce("  hours_per_month: 4", "  hours_per_mont: 4"))
                .contains("s.yaml:13:3: error: unknown key 'stipends.hours_per_mont'; did you mean 'hours_per_month'?"))
        // Near none of substitutes' keys, but a key of other sections: where it may go.
        #expect(errors(validYAML.replacingOnce("  daily_rate: 200", "  daily_rate: 200\n  hourly_rate: 30"))
                == ["s.yaml:17:3: error: unknown key 'substitutes.hourly_rate'; 'hourly_rate' is a key of childcare, planning or stipends, not of substitutes: move it under childcare:, planning: or stipends:"])
    }

    // MARK: Typographic quotes

    @Test func typographicQuotesAroundAValueAreRefusedWithTheFix() {
        #expect(errors(validYAML.replacingOnce("name: \"Test community\"", "name: “Pine Ridge Makers”"))
                == ["s.yaml:2:7: error: name is wrapped in typographic quotes “…”, which YAML does not read as quotes (they would become part of the value); replace them with straight quotes \" or remove them"])
        #expect(errors(validYAML.replacingOnce("  - source: \"Fund\"", "  - source: ‘Fund’"))
                == ["s.yaml:18:13: error: funding[0].source is wrapped in typographic quotes ‘…’, which YAML does not read as quotes (they would become part of the value); replace them with straight quotes \" or remove them"])
    }

    @Test func typographicQuotesAroundANumberSayTheyAreTypographic() {
        // One message for the value, not a second "must be a number" for the same place.
        #expect(errors(validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: “45”"))
                == ["s.yaml:12:16: error: stipends.hourly_rate is wrapped in typographic quotes “…”, which YAML does not read as quotes (they would become part of the value); a number takes no quotes: write 45"])
    }

    @Test func typographicQuotesInsideTextOrMeantAreKept() throws {
        let inside = try ScenarioLoader.parse(validYAML.replacingOnce("name: \"Test community\"", "name: Pine Ridge “Makers”"), file: "s.yaml")
        #expect(inside.scenario.name == "Pine Ridge “Makers”")
        let meant = try ScenarioLoader.parse(validYAML.replacingOnce("name: \"Test community\"", "name: \"“Pine Ridge”\""), file: "s.yaml")
        #expect(meant.scenario.name == "“Pine Ridge”")
    }

    // MARK: Encoding

    @Test func aWindows1252FileNamesTheFirstBadByteAndTheFix() throws {
        let url = temporaryFolder().appendingPathComponent("cp1252.yaml")
        // Line 2 is `name: “Test community”` as Windows-1252 writes it: 0x93 and 0x94.
        var bytes = [UInt8](validYAML.replacingOnce("name: \"Test community\"", "name: @Test community#").utf8)
        bytes = bytes.map { $0 == UInt8(ascii: "@") ? 0x93 : $0 == UInt8(ascii: "#") ? 0x94 : $0 }
        try Data(bytes).write(to: url)
        #expect(loadErrors(url.path)
                == ["\(url.path):2:7: error: is not UTF-8 text: byte 0x93 (“ in Windows-1252) here is not valid UTF-8, so the file was probably saved as Windows-1252 or Latin-1; save the file as UTF-8 (in most editors: Save As, then the encoding UTF-8)"])
        // A column counts characters, not bytes: é before the bad byte is one column.
        try Data([UInt8]("format: 1\nname: é".utf8) + [0xE9]).write(to: url)
        #expect(loadErrors(url.path).first?.hasPrefix("\(url.path):2:8: error: is not UTF-8 text: byte 0xE9 (é in Windows-1252) here") == true)
        // A byte-order mark (spreadsheets write one) is not a column.
        try Data([0xEF, 0xBB, 0xBF] + [UInt8]("a: ".utf8) + [0x96]).write(to: url)
        #expect(loadErrors(url.path).first?.hasPrefix("\(url.path):1:4: error: is not UTF-8 text: byte 0x96 (– in Windows-1252) here") == true)
    }

    // MARK: Documentation

    /// docs/scenario-format.md "Common mistakes" and the README show the messages lcbudget prints.
    @Test func theDocsShowTheMessagesAsPrinted() throws {
        let page = try String(contentsOf: packageRoot.appendingPathComponent("docs/scenario-format.md"), encoding: .utf8)
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let years3 = validYAML.replacingOnce("years: 2", "years: 3")
        let texts = [
            validYAML.replacingOnce("  participants: 24", "\tparticipants: 24"),
            validYAML.replacingOnce("  leaders: 3", "   leaders: 3"),
            validYAML.replacingOnce("  leaders: 3", "leaders: 3\n  students_per_educator: 25"),
            validYAML.replacingOnce("  leaders: 3", "leaders: 3"),
            validYAML.replacingOnce("name: \"Test community\"", "name: Pine Ridge: Makers"),
            validYAML.replacingOnce("years: 2", "years:2"),
            validYAML.replacingOnce("years: 2", "years: 2\nyears: 3"),
            withBuyouts(benefits: "40%"),
            validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: \"$45/hr\""),
            withBuyouts(salary: "68,000"),
            years3.replacingOnce("by_year: [1000, 1000]", "by_year: [$20,000, $20,000, $20,000]"),
            validYAML.replacingOnce("  - source: \"Fund\"", "  - source: \"Fund\"\n    kind: Grant"),
            validYAML.replacingOnce("  daily_rate: 200", "  daily_rate: 200\n  hourly_rate: 30"),
            validYAML.replacingOnce("name: \"Test community\"", "name: “Pine Ridge Makers”"),
            validYAML.replacingOnce("hourly_rate: 50", "hourly_rate: “45”"),
        ]
        for text in texts {
            let printed = try #require(errors(text).first)
            let message = printed.components(separatedBy: ": error: ").dropFirst().joined(separator: ": error: ")
            #expect(page.contains("`\(printed)`") || page.contains("`… \(message)`"), "\(printed)")
        }
        #expect(readme.contains("`" + errors(withBuyouts(benefits: "40%"))[0] + "`"))
    }
}

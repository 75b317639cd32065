import Foundation
import TestSupport
import Testing
@testable import LCLoader
@testable import LCModel

/// The funding keys of docs/funding.md: parsed into `FundingTerms`, and every mistake reported
/// at its file:line:column.
@Suite struct FundingLoaderTests {
    /// The worked example as the repository ships it (`scenarios/riverside-worked-example.yaml`,
    /// five comment lines above the specification's text, so its keys stand five lines lower).
    static let example: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let spec = root.appendingPathComponent("scenarios/riverside-worked-example.yaml")
        // Followed by a blank line, so the keys a test appends start two lines below the file's end.
        return try! String(contentsOf: spec, encoding: .utf8) + "\n"
    }()

    func errors(_ text: String) -> [String] { LCLoaderTests.errors(text) }

    @Test func exampleStillLoadsWithDefaults() throws {
        let s = try ScenarioLoader.parse(Self.example, file: "s.yaml").scenario
        #expect(s.fiscalYearStartMonth == 7)
        #expect(s.fundingTerms.form524.isEmpty && s.fundingTerms.indirectProgram == .general)
        #expect(!s.fundingTerms.deMinimis && s.fundingTerms.awardDate == nil)
        #expect(s.fundingTerms.sources == [SourceTerms(), SourceTerms()])
    }

    @Test func fundingKeysParse() throws {
        var text = Self.example.replacingOccurrences(of: "  base: mtdc\n", with: """
          base: mtdc
          program: ed_training
          de_minimis: true
          award_date: 2024-09-30

        """)
        text = text.replacingOccurrences(of: "    kind: grant\n", with: """
            kind: grant
            covers: [food, kits]
            federal: true
            planning: 2500.50

        """)
        text += "fiscal_year_start_month: 10\nform_524:\n  other.0: contractual\n  food: supplies\n"
        let s = try ScenarioLoader.parse(text, file: "s.yaml").scenario
        #expect(s.fiscalYearStartMonth == 10)
        #expect(s.fundingTerms.indirectProgram == .edTraining)
        #expect(s.fundingTerms.deMinimis)
        #expect(s.fundingTerms.awardDate == CivilDate(year: 2024, month: 9, day: 30))
        #expect(s.fundingTerms.source(1) == SourceTerms(covers: [.food, .kits], federal: true, planning: Decimal(string: "2500.50")!))
        #expect(s.fundingTerms.source(0) == SourceTerms())
        #expect(s.fundingTerms.form524 == ["other.0": .contractual, "food": .supplies])
    }

    /// `federal:` takes true, false or a share from 0 to 1; anything else is one error with the forms it takes.
    @Test func aFederalShare() throws {
        func text(_ value: String) -> String {
            Self.example.replacingOccurrences(of: "    kind: grant\n", with: "    kind: grant\n    federal: \(value)\n")
        }
        #expect(try ScenarioLoader.parse(text("0.4"), file: "s.yaml").scenario.fundingTerms.source(1).federalShare == Decimal(string: "0.4")!)
        #expect(try ScenarioLoader.parse(text("1"), file: "s.yaml").scenario.fundingTerms.source(1).federalShare == 1)
        #expect(try ScenarioLoader.parse(text("false"), file: "s.yaml").scenario.fundingTerms.source(1).federal == false)
        let amounts = try ScenarioLoader.parse(text("{ by_year: [1000, 2000], planning: 50 }"), file: "s.yaml").scenario.fundingTerms.source(1)
        #expect(amounts.federalAmounts == [50, 1000, 2000] && amounts.federal)
        #expect(errors(text("{ by_year: [1000, -5] }")).count == 1)
        #expect(errors(text("{ per_year: [1000] }")).count >= 1)
        for bad in ["1.5", "-0.2", "\"0.4\"", "40%", "maybe"] {
            let found = errors(text(bad))
            #expect(found.count == 1 && found[0].contains("federal must be true, false or the federal share of what the source pays, from 0 to 1"), "\(bad): \(found)")
        }
    }

    @Test func anAllocationRule() throws {
        func text(_ value: String) -> String {
            Self.example.replacingOccurrences(of: "    kind: grant\n", with: "    kind: grant\n    allocation: \(value)\n")
        }
        #expect(try ScenarioLoader.parse(text("proportional"), file: "s.yaml").scenario.fundingTerms.source(1).allocation == .proportional)
        #expect(try ScenarioLoader.parse(Self.example, file: "s.yaml").scenario.fundingTerms.source(1).allocation == .priority)
        let found = errors(text("propotional"))
        #expect(found.count == 1 && found[0].hasSuffix("found 'propotional'; did you mean 'proportional'?"), "\(found)")
    }

    @Test func mistakesAreReportedWhereTheyStand() {
        let lines = Self.example.components(separatedBy: "\n").count
        // Appended after the last line (the file ends with a newline, so the first new line is `lines`).
        let cases: [(String, String)] = [
            ("form_524:\n  other.3: contractual\n", "s.yaml:\(lines + 1):3: error: form_524 names 'other.3', which is not a line or category of this scenario; did you mean 'other.0'?"),
            ("form_524:\n  kits: suplies\n", "s.yaml:\(lines + 1):9: error: form_524.kits must be one of personnel, fringe_benefits, travel, equipment, supplies, contractual, construction, other, training_stipends, found 'suplies'; did you mean 'supplies'?"),
            ("form_524:\n  indirect.indirect: other\n", "s.yaml:\(lines + 1):3: error: form_524.indirect.indirect: indirect costs are always line 10 and cannot be moved"),
            ("fiscal_year_start_month: 13\n", "s.yaml:\(lines):26: error: fiscal_year_start_month is larger than the maximum 12 (month), found 13"),
        ]
        for (extra, expected) in cases {
            #expect(errors(Self.example + extra) == [expected])
        }
        let covers = Self.example.replacingOccurrences(of: "    kind: grant\n", with: "    kind: grant\n    covers: [food, kit]\n")
        #expect(errors(covers).first?.hasSuffix("error: funding[1].covers[1] must be a category (planning, stipends, buyouts, substitutes, food, childcare, kits, coaching, credentials, other, indirect) or a line key such as food.meals, found 'kit'; did you mean 'kits'?") == true)
        // Line keys: read into `coverLines`, checked against the scenario's lines.
        let lineCovers = Self.example.replacingOccurrences(of: "    kind: grant\n", with: "    kind: grant\n    covers: [food.meals, other.0, indirect]\n")
        #expect(errors(lineCovers).isEmpty)
        let typoLine = Self.example.replacingOccurrences(of: "    kind: grant\n", with: "    kind: grant\n    covers: [food.meal]\n")
        #expect(errors(typoLine).first?.hasSuffix("error: funding[1].covers names 'food.meal', which is not a line of this scenario; did you mean 'food.meals'?") == true)
        let both = Self.example.replacingOccurrences(of: "    kind: grant\n", with: "    kind: grant\n    covers: [food, food.meals]\n")
        #expect(errors(both).first?.hasSuffix("error: funding[1].covers names food.meals and its whole category food; keep one") == true)
        let program = Self.example.replacingOccurrences(of: "  base: mtdc\n", with: "  base: mtdc\n  program: ed-training\n  award_date: 2024-02-30\n")
        let found = errors(program)
        #expect(found.count == 2)
        #expect(found.first?.contains(":67:12: error: indirect.program must be one of general, ed_training") == true)
        #expect(found.last?.contains(":68:15: error: indirect.award_date must be a date as YYYY-MM-DD") == true)
        let typo = Self.example.replacingOccurrences(of: "  base: mtdc\n", with: "  base: mtdc\n  deminimis: true\n")
        #expect(errors(typo) == ["s.yaml:67:3: error: unknown key 'indirect.deminimis'; did you mean 'de_minimis'?"])
    }
}

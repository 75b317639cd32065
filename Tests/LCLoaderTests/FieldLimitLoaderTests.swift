import Foundation
import TestSupport
import Testing
@testable import LCLoader
import LCModel

/// Every number in a scenario is bounded by the field registry, and the loader says which bound
/// was broken: the overflow probes of the trust review are refused with a clear message.
@Suite struct FieldLimitLoaderTests {
    static let example = (try? String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)) ?? ""

    /// The worked example with `path` (a registry path; `*` = the first element) set to `value`.
    static func setting(_ path: String, _ value: String, in text: String = example) -> String {
        var lines = text.components(separatedBy: "\n")
        let parts = path.split(separator: ".").map(String.init)
        if path == "funding.*.by_year.*" {
            let i = lines.firstIndex { $0.hasPrefix("    by_year: [") }!
            lines[i] = "    by_year: [\(value), 150000]"
            return lines.joined(separator: "\n")
        }
        let key = parts.last!
        guard parts.count > 1 else {
            // A top-level key: replaced where it stands, or added at the end.
            if let i = lines.firstIndex(where: { $0.hasPrefix("\(key):") }) { lines[i] = "\(key): \(value)" } else { lines.append("\(key): \(value)") }
            return lines.joined(separator: "\n")
        }
        let section = lines.firstIndex { $0 == "\(parts[0]):" }! + 1
        let end = lines[section...].firstIndex { !$0.hasPrefix(" ") && !$0.hasPrefix("-") } ?? lines.count
        if let i = lines[section..<end].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(key):") }) {
            let indent = lines[i].prefix { $0 == " " || $0 == "-" }
            lines[i] = "\(indent)\(key): \(value)"
        } else {
            lines.insert("  \(key): \(value)", at: section)
        }
        return lines.joined(separator: "\n")
    }

    static func errors(_ text: String) -> [String] {
        importErrors { _ = try ScenarioLoader.parse(text, file: "s.yaml") }
    }

    static let present = FieldRegistry.all.filter {
        $0.isNumeric && $0.extensionPage == nil && $0.path != "format" && !$0.path.hasPrefix("cohort.by_year")
    }

    @Test(arguments: ["10000000000000000", "100000000000000", "100000000000000000000",
                      "1234567890123456789012345678901", "123456789012345678901234567890123456789012345"])
    func theOverflowProbesAreRefusedAsLargerThanTheMaximum(value: String) {
        let found = value.count > 40 ? String(value.prefix(40)) + "…" : value
        #expect(Self.errors(Self.setting("stipends.hourly_rate", value))
                == ["s.yaml:22:16: error: stipends.hourly_rate is larger than the maximum 10,000 ($ per hour), found \(found)"])
    }

    @Test func hugeNegativesAndTinyFractionsSayWhatIsWrong() {
        #expect(Self.errors(Self.setting("stipends.hourly_rate", "-99999999999999999999999999999999999"))
                == ["s.yaml:22:16: error: stipends.hourly_rate is smaller than the minimum 0 ($ per hour), found -99999999999999999999999999999999999"])
        #expect(Self.errors(Self.setting("stipends.hourly_rate", "0.0000000000000000000000000000000001"))
                == ["s.yaml:22:16: error: stipends.hourly_rate has more digits than lcbudget keeps exactly (at most 30), found 0.0000000000000000000000000000000001"])
        #expect(Self.errors(Self.setting("cohort.participants", "99999999999999999999"))
                == ["s.yaml:14:17: error: cohort.participants is larger than the maximum 10,000 (educators), found 99999999999999999999"])
        #expect(Self.errors(Self.setting("years", "2.5")) == ["s.yaml:11:8: error: years must be a whole number from 1 to 5, found '2.5'"])
    }

    @Test func everyNumberOneStepPastItsMaximumIsRefusedNamingFieldValueAndMaximum() throws {
        for field in Self.present {
            let max = try #require(field.maximum)
            let over = max + (field.kind == .integer ? 1 : Decimal(string: "0.01")!)
            let errors = Self.errors(Self.setting(field.path, over.plainText))
            let name = field.path.replacingOccurrences(of: "other.*", with: "other[0]")
                .replacingOccurrences(of: "funding.*.by_year.*", with: "funding[0].by_year[0]")
            let expected = "error: \(name) is larger than the maximum \(NumberRule.shown(max)) (\(field.unit)), found \(over.plainText)"
            #expect(errors.contains { $0.hasSuffix(expected) }, "\(field.path): \(errors)")
        }
    }

    @Test func everyNumberOneStepBelowItsMinimumIsRefused() throws {
        for field in Self.present {
            let min = try #require(field.minimum)
            let under = min - (field.kind == .integer ? 1 : Decimal(string: "0.01")!)
            let errors = Self.errors(Self.setting(field.path, under.plainText))
            #expect(errors.contains { $0.contains("is smaller than the minimum \(NumberRule.shown(min))") && $0.contains("found \(under.plainText)") },
                    "\(field.path): \(errors)")
        }
    }

    /// Every number at its maximum at once (leaders as many as participants, 5 years funded):
    /// the file loads and projects without a trap or a negative figure.
    static var allAtMaximum: String {
        var text = example
        for field in present {
            text = setting(field.path, field.maximum!.plainText, in: text)
        }
        text = text.replacingOccurrences(of: "by_year: [1000000000, 150000]", with: "by_year: [1000000000, 1000000000, 1000000000, 1000000000, 1000000000]")
            .replacingOccurrences(of: "by_year: [60000, 60000]", with: "by_year: [1000000000, 1000000000, 1000000000, 1000000000, 1000000000]")
        return text
    }

    @Test func everyNumberAtItsMaximumLoadsAndProjects() throws {
        let loaded = try ScenarioLoader.parse(Self.allAtMaximum, file: "max.yaml")
        #expect(loaded.scenario.stipends?.hourlyRate == 10_000)
        #expect(loaded.scenario.years == 5)
        let p = Projector.project(loaded.scenario)
        #expect(p.total.cents > 0 && p.presentValue.cents > 0)
        #expect(p.periods.allSatisfy { $0.lines.allSatisfy { $0.amount.cents >= 0 } })
        #expect(Decimal(p.total.cents) / 100 <= FieldRegistry.worstCaseTotal(values: 1, meetings: 12))
    }
}

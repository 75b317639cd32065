import Foundation
import TestSupport
import Testing
import Yams
@testable import LCLoader

/// `SourceNode.yamlBool` (read under the loader's rule-free resolver) answers exactly what Yams's
/// `node.bool` answers under its default resolver, for every spelling, style and tag.
@Suite struct YAMLBoolTests {
    static let words = ["true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO",
                        "on", "On", "ON", "off", "Off", "OFF", "tRUE", "yES", "oN", "y", "n", "Y", "1", "0", "truee",
                        "true x", "null", "~", "2024-01-01", "1.5", "no way"]
    static let forms = ["W", "!!bool W", "!!str W", "! W", "!!int W", "!custom W", "'W'", "\"W\"", "!!bool 'W'"]

    /// The value of `k` in `k: <text>` composed with `resolver`.
    static func value(_ text: String, _ resolver: Resolver) throws -> Node? {
        try Yams.compose(yaml: "k: \(text)\n", resolver, .default, .utf8)?.mapping?.first?.value
    }

    /// The same value as the loader reads it (its tree composed under its own resolver).
    static func read(_ text: String) throws -> SourceNode? {
        try Yams.compose(yaml: "k: \(text)\n", ScenarioLoader.resolver, .default, .utf8)
            .flatMap { SourceTree.converting($0).root.mapping?.first?.value }
    }

    @Test func matchesYamsDefaultResolverForEveryWordAndForm() throws {
        var checked = 0, booleans = 0
        for word in Self.words {
            for form in Self.forms {
                let text = form.replacingOccurrences(of: "W", with: word)
                let expected = try Self.value(text, .default)?.bool
                let actual = try Self.read(text)?.yamlBool
                #expect(actual == expected, "k: \(text)")
                checked += 1
                if expected != nil { booleans += 1 }
            }
        }
        #expect(checked == Self.words.count * Self.forms.count)
        // Not vacuous: plain, !!bool and other explicit tags all read booleans somewhere.
        #expect(booleans > 40)
    }

    @Test func plainSpellingsAreRead() throws {
        #expect(try Self.read("Yes")?.yamlBool == true)
        #expect(try Self.read("OFF")?.yamlBool == false)
        #expect(try Self.read("tRUE")?.yamlBool == true)
        #expect(try Self.read("'true'")?.yamlBool == nil)   // quoted: Yams tags it !!str
        #expect(try Self.read("truee")?.yamlBool == nil)
        #expect(try Self.read("!!str true")?.yamlBool == nil)
        #expect(try Self.read("!!bool tRUE")?.yamlBool == true)
    }

    @Test func aliasedAndKeyedValuesAnswerAsBefore() throws {
        let yaml = "a: &x yes\nb: *x\nyes: 1\nc: yes\n"
        for key in ["a", "b", "c"] {
            let old = try Yams.compose(yaml: yaml, .default, .default, .utf8)?.mapping?.first { $0.key.string == key }?.value
            let new = try Yams.compose(yaml: yaml, ScenarioLoader.resolver, .default, .utf8)
                .flatMap { SourceTree.converting($0).root.mapping?.first { $0.key.string == key }?.value }
            #expect(new?.yamlBool == old?.bool, "\(key)")
            #expect(new?.yamlBool == true, "\(key)")
        }
    }

    @Test func scenarioBooleansLoadFromEverySpelling() throws {
        // The reader's own flags go through yamlBool: a cohort of employees written three ways.
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios/district-two-year.yaml").path
        let base = try String(contentsOfFile: example, encoding: .utf8)
        #expect(base.contains("  employees: true "))
        for (spelling, expected) in [("true", true), ("Yes", true), ("OFF", false), ("no", false)] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("yamlbool-\(spelling).yaml").path
            let text = base.replacingOccurrences(of: "  employees: true ", with: "  employees: \(spelling) ")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let loaded = try ScenarioLoader.load(path: path)
            #expect(loaded.scenario.cohort.employees == expected, "employees: \(spelling)")
        }
    }
}

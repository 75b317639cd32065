import Foundation
import TestSupport
import LCLoader
import LCModel
import LCReports
import LCServer
import Testing

/// The document <-> YAML conversions and the JSON reader.
@Suite struct DocumentTests {
    @Test("YAML -> document -> YAML loads and projects to the same cents, for every shipped scenario")
    func roundTrip() throws {
        for name in shippedScenarios {
            let text = shipped(name)
            let document = try #require(YAMLTree(text: text)).document
            let yaml = YAMLEmitter.yaml(document)
            let before = Projector.project(try ScenarioLoader.parse(text, file: name).scenario)
            let after = Projector.project(try ScenarioLoader.parse(yaml, file: name).scenario)
            #expect(ProjectionJSON.render(after) == ProjectionJSON.render(before), "\(name)")
            // And the emitted YAML is a fixed point.
            #expect(YAMLEmitter.yaml(try #require(YAMLTree(text: yaml)).document) == yaml, "\(name)")
        }
    }

    @Test("Scalars: plain when YAML reads them back as themselves, quoted otherwise")
    func scalars() throws {
        let texts = ["plain", "Riverside: K-8", "a #b", "#hash", "- dash", "-5", "50.00", "true", "null", "~", "", " lead",
                     "trail ", "line\nbreak", "tab\there", "quote\"s", "back\\slash", "'single'", "[list]", "{map}", "*star",
                     "&anchor", "!tag", "%pct", "@at", "`tick`", "|pipe", ">fold", "colon:", "?q", "? q", "---", "...", "é ü 中",
                     "ls\u{2028}ps\u{2029}", "nel\u{85}", "bom\u{FEFF}", "=HYPERLINK(\"x\")", "a: b", "x,y", "key:value"]
        for text in texts where !text.isEmpty {
            let yaml = YAMLEmitter.yaml(.object([("name", .string(text)), ("list", .array([.string(text), .string("b")]))]))
            let tree = try #require(YAMLTree(text: yaml), "\(text.debugDescription)")
            #expect(tree.document["name"]?.string == text, "\(text.debugDescription) -> \(yaml)")
            #expect(tree.document["list"]?[0]?.string == text, "\(text.debugDescription) -> \(yaml)")
        }
        // A number is written plain so the loader reads it; `abc` typed into one is reported.
        #expect(YAMLEmitter.yaml(.object([("years", .string("2"))])) == "years: 2\n")
        #expect(YAMLEmitter.yaml(.object([("years", .string("abc"))])) == "years: abc\n")
        #expect(YAMLEmitter.yaml(.object([("years", .number("2")), ("flag", .bool(true))])) == "years: 2\nflag: true\n")
    }

    @Test("Structure: empty fields left out, key order of the format, flow lists of scalars, blocks of mappings")
    func structure() throws {
        let document = try JSONParser.parse(#"""
            {"funding": [{"source": "A", "by_year": ["1", "2"]}, {}], "cohort": {"leaders": "", "participants": "5"},
             "name": "N", "format": "1", "other": [], "food": {}, "organization": null}
            """#)
        #expect(YAMLEmitter.yaml(document) == """
            format: 1
            name: N
            cohort:
              participants: 5
            food: {}
            other: []
            funding:
              - source: A
                by_year: [1, 2]
              - {}

            """)
    }

    @Test("Diagnostics find their field from line and column")
    func paths() throws {
        let tree = try #require(YAMLTree(text: "a: 1\nb:\n  c: x\n  d: [1, 2]\ne:\n  - f: 3\n    g: 4\n"))
        #expect(tree.path(line: 1, column: 4) == "a")
        #expect(tree.path(line: 3, column: 6) == "b.c")
        #expect(tree.path(line: 4, column: 10) == "b.d.1")
        #expect(tree.path(line: 6, column: 8) == "e.0.f")
        #expect(tree.path(line: 7, column: 8) == "e.0.g")
        #expect(tree.path(line: 7, column: 5) == "e.0.g")
        #expect(tree.path(line: 99, column: 1) == "")
        #expect(YAMLTree(text: "a: [1, 2") == nil)
    }

    @Test("JSON: key order and number text kept; strict about syntax and depth")
    func json() throws {
        let value = try JSONParser.parse(#" {"b": 1.50, "a": [true, false, null, "x\u00e9\ud83d\ude00\n"], "b": 2} "#)
        #expect(value == .object([("b", .number("2")), ("a", .array([.bool(true), .bool(false), .null, .string("xé😀\n")]))]))
        for bad in ["", "{", "{\"a\" 1}", "[1,]", "01", "1.", "\"\\x\"", "\"\u{01}\"", "\"\\ud800\"", "[1] 2", "tru",
                    String(repeating: "[", count: 65) + String(repeating: "]", count: 65)] {
            #expect(throws: JSONParser.Failure.self, "\(bad)") { try JSONParser.parse(bad) }
        }
        #expect(try JSONParser.parse(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) != .null)
    }
}

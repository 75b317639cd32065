import Foundation
import TestSupport
import Testing
@testable import LCLoader
import LCModel

/// Hostile scenario files are refused quickly, with a clear message and bounded memory.
@Suite struct HostileInputTests {
    private func refusal(_ text: String) -> [String] {
        do {
            _ = try ScenarioLoader.parse(text, file: "hostile.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func billionLaughsIsRefused() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let clock = ContinuousClock()
        let started = clock.now
        let messages = refusal(yaml)
        #expect(clock.now - started < .seconds(5))
        #expect(messages == ["hostile.yaml:1:1: error: has more than 20000 values (after expanding YAML aliases); refusing it"])
    }

    @Test func deepNestingIsRefused() {
        let yaml = String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        let messages = refusal(yaml)
        #expect(messages == ["hostile.yaml:1:1: error: is nested more than 32 levels deep; refusing it"])
    }

    @Test func oversizedFileIsRefusedBeforeParsing() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-big-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        let line = "# " + String(repeating: "x", count: 1000) + "\n"
        try Data(String(repeating: line, count: 1100).utf8).write(to: url)
        let clock = ContinuousClock()
        let started = clock.now
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: url.path) }
        #expect(clock.now - started < .seconds(2), "refused before parsing, so quickly")
        do {
            _ = try ScenarioLoader.load(path: url.path)
        } catch {
            #expect(error.description == "\(url.path): error: is larger than 1 MB; a scenario file is a few kilobytes")
        }
    }

    @Test func numbersAreParsedWholeNotByPrefix() {
        for bad in ["1.2.3", "12abc", "-", ".", "1e3", "0x10", ".inf", "NaN"] {
            #expect(Decimal(exactly: bad) == nil, "\(bad) must not parse")
        }
        #expect(Decimal(exactly: "50.00") == Decimal(50))
        #expect(Decimal(exactly: "-0.1") == Decimal(string: "-0.1"))
        #expect(Decimal(exactly: ".5") == Decimal(string: "0.5"))
    }
}

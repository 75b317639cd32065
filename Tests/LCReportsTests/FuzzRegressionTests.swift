import Foundation
import Testing
import LCLoader
import LCModel
@testable import LCReports

/// Replays every input the fuzz targets (Fuzz/Sources/Fuzz*) were ever seeded with or crashed on,
/// through the same calls and the same checks, so a fixed crash stays fixed without a fuzzer.
///
/// `Tests/FuzzCorpus/regressions/<Target>-<what>` holds the crashing inputs, byte for byte as
/// libFuzzer wrote them (for FuzzCSV and FuzzTemplates the first byte picks the mode).
@Suite struct FuzzRegressionTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzCorpus")

    static func files(_ folder: String, prefix: String = "") -> [String] {
        let dir = corpus.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: corpus.appendingPathComponent(path)) }

    static let example = try! ScenarioLoader.load(path: corpus.appendingPathComponent("../../scenarios/riverside-worked-example.yaml").standardized.path)

    // MARK: FuzzScenario

    @Test(arguments: files("scenario") + files("regressions", prefix: "FuzzScenario-"))
    func scenarioInput(path: String) throws {
        guard let text = String(data: try Self.bytes(path), encoding: .utf8) else { return }
        do {
            let loaded = try ScenarioLoader.parse(text, file: "fuzz.yaml")
            _ = Projector.project(loaded.scenario).total
        } catch {
            #expect(!error.diagnostics.isEmpty && error.diagnostics.allSatisfy { !$0.message.isEmpty })
        }
    }

    // MARK: FuzzCSV

    /// The same call as FuzzCSV: bit 0 picks the importer, bit 1 drops the project calendar.
    static func csv(_ data: Data) -> [String]? {
        guard let mode = data.first, let text = String(data: data.dropFirst(), encoding: .utf8) else { return nil }
        let calendar = mode & 2 == 0 ? ProjectCalendar(example.scenario) : nil
        do {
            if mode & 1 == 0 { _ = try ActualsCSV.parse(text, file: "fuzz.csv", calendar: calendar) }
            else { _ = try AttendanceCSV.parse(text, file: "fuzz.csv", calendar: calendar) }
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test(arguments: files("csv") + files("regressions", prefix: "FuzzCSV-"))
    func csvInput(path: String) throws {
        let errors = Self.csv(try Self.bytes(path))
        if let errors { #expect(errors.allSatisfy { $0.contains(": error: ") }) }
    }

    @Test func theRealSampleSeedsImportCleanly() throws {
        let real = Self.files("csv").filter { $0.contains("actuals-") && !$0.contains("quoted") || $0.contains("attendance-") && !$0.contains("bad") }
        #expect(real.count == 5)
        for path in real { #expect(Self.csv(try Self.bytes(path)) == [], "\(path)") }
        // The unclosed quote on the last line stops the parse before any row is checked.
        #expect(Self.csv(try Self.bytes("csv/attendance-bad-rows.csv"))
                == ["fuzz.csv:5:1: error: this quoted field is never closed (a missing double quote)"])
        let values = Self.csv(try Self.bytes("csv/attendance-bad-values.csv")) ?? []
        // Every bad field, each located by hand (line:column of the field's first character).
        #expect(values.map { String($0.prefix { $0 != " " }) } == [
            "fuzz.csv:2:17:", "fuzz.csv:3:11:", "fuzz.csv:3:22:", "fuzz.csv:3:30:", "fuzz.csv:4:1:", "fuzz.csv:4:2:",
            "fuzz.csv:4:21:", "fuzz.csv:5:11:", "fuzz.csv:5:30:"], "\(values.joined(separator: "\n"))")
        #expect(values.last == "fuzz.csv:5:30: error: hours '1e3' is not a number (e.g. 2 or 1.5)")
    }

    // MARK: FuzzTemplates

    @Test(arguments: files("templates") + files("regressions", prefix: "FuzzTemplates-"))
    func templateInput(path: String) throws {
        let data = try Self.bytes(path)
        guard let mode = data.first, let text = String(data: data.dropFirst(), encoding: .utf8) else { return }
        let names = ["brief.md", "brief.html", "justification.md", "recommendation", "extra"]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-fuzz-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(text.utf8).write(to: dir.appendingPathComponent(names[Int(mode) % names.count] + ".mustache"))
        do {
            let narrative = try Narrative(Projector.project(Self.example.scenario), templates: dir)
            if path.hasPrefix("templates/brief.md") {
                // A shipped template fed back unchanged renders what the shipped set renders.
                #expect(narrative.briefMarkdown == (try Narrative(Projector.project(Self.example.scenario), templates: nil)).briefMarkdown)
            }
        } catch {
            #expect(!error.description.isEmpty)
        }
    }
}

import Foundation
import TestSupport
import Testing

/// `lcbudget simulate` run as a user runs it: the built binary, its exit status and outputs.
@Suite struct SimulateCommandTests {
    static let scenario = scenarioPath("riverside-uncertain.yaml")

    struct Run { var status: Int32; var out: String; var err: String }

    /// Through the one runner (`LCBudgetBinary.run`: output to files, never two pipes in turn).
    func lcbudget(_ arguments: [String]) throws -> Run {
        let run = try LCBudgetBinary.run(arguments)
        return Run(status: run.status, out: run.stdout, err: run.stderr)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func sameSeedGivesByteIdenticalOutputWhateverTheJobs() throws {
        let one = try lcbudget(["simulate", Self.scenario, "--draws", "30001", "--seed", "9", "--jobs", "1", "--format", "json"])
        let four = try lcbudget(["simulate", Self.scenario, "--draws", "30001", "--seed", "9", "--jobs", "4", "--format", "json"])
        #expect(one.status == 0 && four.status == 0)
        #expect(one.out == four.out)
        #expect(one.err.isEmpty)   // no progress bar when standard error is a pipe
        let other = try lcbudget(["simulate", Self.scenario, "--draws", "30001", "--seed", "10", "--jobs", "1", "--format", "json"])
        #expect(other.out != one.out)
    }

    @Test func baseFiguresAreTheProjectionsAndPercentilesAreOrdered() throws {
        let simulated = try json(try lcbudget(["simulate", Self.scenario, "--draws", "5000", "--format", "json"]).out)
        let projected = try json(try lcbudget(["project", Self.scenario, "--format", "json"]).out)
        let total = try #require(simulated["total"] as? [String: Any])
        #expect((total["base"] as? Double) == (projected["total"] as? Double))
        let periods = try #require(projected["periods"] as? [[String: Any]])
        let years = try #require(simulated["years"] as? [[String: Any]])
        #expect(years.map { $0["base"] as? Double } == periods.dropFirst().map { $0["total"] as? Double })
        for figure in years + [total] {
            let keys = ["min", "p10", "p50", "p90", "max"]
            let values = keys.compactMap { figure[$0] as? Double }
            #expect(values.count == 5 && values == values.sorted())
        }
        #expect(simulated["arithmetic"] as? String == "Simulated in binary floating point, each line rounded to cents; the projection itself is exact.")
        #expect((simulated["tornado"] as? [[String: Any]])?.count == 4)
    }

    @Test func tableNamesTheArithmeticAndTheTornado() throws {
        let run = try lcbudget(["simulate", Self.scenario, "--draws", "2000"])
        #expect(run.status == 0)
        #expect(run.out.contains("Monte Carlo: 2,000 draws, seed 1. Simulated in binary floating point"))
        #expect(run.out.contains("One-way sensitivity (tornado)"))
        #expect(run.out.contains("P(over funding)"))
    }

    @Test func aScenarioWithoutUncertaintyIsAnError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("no-uncertainty-\(UUID()).yaml")
        let text = try String(contentsOfFile: Self.scenario, encoding: .utf8)
        try String(text[..<text.range(of: "# What the budget team")!.lowerBound]).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try lcbudget(["simulate", file.path])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("\(file.path): error: the scenario has no uncertainty: section"))
    }

    @Test func aBadUncertaintySectionIsReportedWithItsLocation() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-uncertainty-\(UUID()).yaml")
        let text = try String(contentsOfFile: Self.scenario, encoding: .utf8)
            .replacingOccurrences(of: "{ uniform: { low: 180, high: 240 } }", with: "{ uniform: { low: 240, high: 180 } }")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let lines = text.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains("substitutes.daily_rate: {") })
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "240")!.lowerBound) + 1
        let run = try lcbudget(["simulate", file.path])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == "\(file.path):\(row + 1):\(column): error: uncertainty.substitutes.daily_rate.uniform.low (240) must not be greater than high (180)\n")
        // check refuses it too.
        #expect(try lcbudget(["check", file.path]).status == 1)
    }

    @Test func helpHasExamplesAndOptionsAreChecked() throws {
        let help = try lcbudget(["simulate", "--help"])
        #expect(help.out.contains("Examples:") && help.out.contains("--draws") && help.out.contains("--jobs"))
        let bad = try lcbudget(["simulate", Self.scenario, "--draws", "0"])
        #expect(bad.status != 0)
        #expect(bad.err.contains("--draws must be from 1"))
    }
}

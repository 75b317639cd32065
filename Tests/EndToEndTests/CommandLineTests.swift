import Foundation
import TestSupport
import Testing

/// The table view against a golden file, help and version.
@Suite struct CommandLineTests {
    /// Tests/Golden/riverside-worked-example.table.txt was checked by hand against the spec's worked
    /// example: every Planning / Year 1 / Year 2 category cell, each total, present value,
    /// per participant-year, per student and both funding gaps (see docs/scenario-format.md).
    @Test func tableMatchesTheGoldenFile() throws {
        let golden = try String(contentsOf: packageRoot.appendingPathComponent(
            "Tests/Golden/riverside-worked-example.table.txt"), encoding: .utf8)
        let run = try lcbudget("project", scenarioPath("riverside-worked-example.yaml"))
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == golden)
        // The figures the golden file must hold, so it cannot drift from the spec unnoticed.
        for figure in ["$5,130.00", "$268,582.60", "$274,096.99", "$547,809.59", "$539,826.18", "$11,305.82",
                       "$190.21", "$58,582.60", "$64,096.99", "$49,334.51", "[FUNDING_GAP]"] {
            #expect(golden.contains(figure), "\(figure)")
        }
    }

    @Test func checkPrintsAdvisoriesAsWarningsAndExitsZero() throws {
        let path = scenarioPath("riverside-worked-example.yaml")
        let run = try lcbudget("check", path)
        #expect(run.status == 0)
        #expect(run.stdout == "\(path): ok (1 advisory)\n")
        #expect(run.stderr == "\(path):68:3: warning: [FUNDING_GAP] Funding falls short: year 1 $58,582.60, year 2 $64,096.99.\n")
    }

    @Test func everyShippedScenarioChecks() throws {
        let folder = packageRoot.appendingPathComponent("scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 5)
        for file in files {
            let run = try lcbudget("check", folder.appendingPathComponent(file).path)
            #expect(run.status == 0, "\(file): \(run.stderr)")
        }
    }

    @Test(arguments: [["--help"], ["check", "--help"], ["project", "--help"], ["report", "--help"]])
    func helpHasExamples(arguments: [String]) throws {
        let run = try lcbudget(arguments)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:"))
        let command = arguments.count == 2 ? "lcbudget \(arguments[0]) scenarios/" : "lcbudget project scenarios/"
        #expect(run.stdout.contains(command), "\(arguments)")
    }

    @Test func versionPrintsTheVersion() throws {
        let run = try lcbudget("--version")
        #expect(run.status == 0)
        #expect(run.stdout == "0.1.0\n")
    }
}

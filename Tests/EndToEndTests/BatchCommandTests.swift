import Foundation
import TestSupport
import Testing

/// `lcbudget batch` through the built binary: a folder with one broken file, the record, the
/// outputs, `--jobs` independence and the refusal to overwrite. (Figures are checked against
/// each projection in Tests/Python/test_batch.py.)
@Suite struct BatchCommandTests {
    /// Two good scenarios (one in a subfolder) and one with `years: 7` at line 11, column 8.
    func makeFolder() throws -> URL {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let riverside = try String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)
        try riverside.write(to: folder.appendingPathComponent("a-riverside.yaml"), atomically: true, encoding: .utf8)
        try String(contentsOfFile: scenarioPath("district-two-year.yaml"), encoding: .utf8)
            .write(to: folder.appendingPathComponent("sub/c-district.yml"), atomically: true, encoding: .utf8)
        try riverside.replacingOccurrences(of: "years: 2", with: "years: 7")
            .write(to: folder.appendingPathComponent("b-broken.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aBrokenFileIsReportedAndTheRestAreRecordedAndWritten() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), db = folder.appendingPathComponent("r.sqlite")
        let run = try lcbudget("batch", folder.path, "--out", out.path, "--db", db.path, "--jobs", "2")
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(folder.path)/b-broken.yaml:11:8: error: years is larger than the maximum 5 (years), found 7"))
        #expect(run.stderr.contains("2 of 3 scenario files projected; 1 skipped (errors above)"))
        #expect(run.stderr.contains("recorded 2 runs (ids 1-2)"))
        #expect(run.stdout.contains("wrote \(out.path)/portfolio.xlsx") && run.stdout.contains("wrote \(out.path)/portfolio.md"))
        let markdown = try String(contentsOf: out.appendingPathComponent("portfolio.md"), encoding: .utf8)
        #expect(markdown.contains("2 scenarios projected, total $"))
        #expect(markdown.contains("| Riverside K-8 Maker Educator Learning Community |"))
        #expect(markdown.contains("| $547,809.59 |"))     // the spec's worked-example total
        let runs = try lcbudget("runs", "--db", db.path)
        #expect(runs.status == 0)
        #expect(runs.stdout.contains("a-riverside.yaml") && runs.stdout.contains("c-district.yml"))
        #expect(!runs.stdout.contains("b-broken.yaml"))
    }

    @Test func everyFileGoodExitsZero() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let run = try lcbudget("batch", folder.appendingPathComponent("a-riverside.yaml").path,
                               folder.appendingPathComponent("sub").path, "--out", out.path,
                               "--db", folder.appendingPathComponent("r.sqlite").path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("2 of 2 scenario files projected") && !run.stderr.contains("skipped"))
    }

    @Test func jobsOneAndFourGiveByteIdenticalOutputs() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [[Data]] = []
        for jobs in ["1", "4"] {
            let out = folder.appendingPathComponent("out-\(jobs)")
            _ = try lcbudget("batch", folder.path, "--out", out.path, "--db", folder.appendingPathComponent("r\(jobs).sqlite").path,
                             "--jobs", jobs)
            outputs.append(try ["portfolio.xlsx", "portfolio.md"].map { try Data(contentsOf: out.appendingPathComponent($0)) })
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0][0].count > 1000)
    }

    @Test func existingOutputsAreRefusedBeforeAnythingIsRecorded() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), db = folder.appendingPathComponent("r.sqlite")
        _ = try lcbudget("batch", folder.path, "--out", out.path, "--db", db.path)
        let again = try lcbudget("batch", folder.path, "--out", out.path, "--db", db.path)
        #expect(again.status == 1)
        #expect(again.stderr.contains("portfolio.xlsx already exists; use --force to overwrite it"))
        let runs = try lcbudget("runs", "--db", db.path)
        #expect(runs.stdout.split(separator: "\n").count == 2 + 2)   // header, rule, two runs: nothing added
        let forced = try lcbudget("batch", folder.path, "--out", out.path, "--db", db.path, "--force")
        #expect(forced.status == 1 && forced.stderr.contains("recorded 2 runs (ids 3-4)"))
    }

    @Test func badArgumentsAndHelp() throws {
        let help = try lcbudget("batch", "--help")
        #expect(help.status == 0 && help.stdout.contains("Examples:") && help.stdout.contains("lcbudget batch"))
        #expect(try lcbudget("batch", "--jobs", "0", "scenarios").status != 0)
        let missing = try lcbudget("batch", "no-such-folder", "--out", temporaryFolder().path)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-folder: error: no such file or folder"))
        #expect(missing.stderr.contains("no scenario could be projected"))
    }
}

import Foundation
import TestSupport
import Testing

/// Through the real commands: a scenario's name never decides where a file goes (only `--out`
/// and `--ics` do), and a run killed mid-write leaves no file under a final name.
@Suite struct OutputPathSafetyTests {
    static let calendarSample = try! String(contentsOfFile: scenarioPath("calendar-sample.yaml"), encoding: .utf8)

    /// The calendar sample (every output kind) renamed; `yamlName` is the inside of a YAML
    /// double-quoted string, so `\0` is a NUL byte.
    static func scenario(named yamlName: String) -> String {
        calendarSample.replacingOccurrences(
            of: "name: \"Riverside K-8 Maker Educator Learning Community (calendar sample)\"", with: "name: \"\(yamlName)\"")
    }

    /// Makes `sandbox/path` and writes each `(file, community name)` scenario into it.
    static func folder(_ path: String, in sandbox: URL, scenarios: [(file: String, name: String)]) throws -> URL {
        let work = sandbox.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        for (file, name) in scenarios { try Data(scenario(named: name).utf8).write(to: work.appendingPathComponent(file)) }
        return work
    }

    /// Every file under `root`, relative to it.
    static func tree(_ root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
            }
        }
        return files.sorted()
    }

    static let hostileNames: [(yaml: String, slug: String)] = [
        ("../../etc/x", "etc-x"),
        ("/etc/passwd", "etc-passwd"),
        ("..", "scenario-85281eb4"),
        ("a\\tb/../../c", "a-b-c"),
        ("!!! ... ///", "scenario-d322fc99"),
        ("~/.ssh/authorized_keys", "ssh-authorized-keys"),
        (String(repeating: "Long community name ", count: 90), String(String(repeating: "long-community-name-", count: 4).dropLast())),
    ]

    @Test(arguments: hostileNames.indices)
    func reportWritesOnlyIntoOut(index: Int) throws {
        let (yamlName, slug) = Self.hostileNames[index]
        // Deep enough that "../../etc/x" taken literally would still land inside the sandbox.
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let work = try Self.folder("a/b/c", in: sandbox, scenarios: [("s.yaml", yamlName)])
        let run = try lcbudget("report", "s.yaml", "--out", "out", "--db", "record.sqlite", in: work)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(slug.count <= 80)
        let expected = ["a/b/c/out/\(slug)-brief.html", "a/b/c/out/\(slug)-brief.md", "a/b/c/out/\(slug)-justification.md",
                        "a/b/c/out/\(slug).ics", "a/b/c/out/\(slug).xlsx", "a/b/c/record.sqlite", "a/b/c/s.yaml"]
        #expect(Self.tree(sandbox) == expected.sorted())
    }

    @Test func compareWritesOnlyItsOwnFilesIntoOut() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let work = try Self.folder("a/b", in: sandbox, scenarios: [("one.yaml", "../../../etc/x"), ("two.yaml", "/tmp/y\\tz")])
        let run = try lcbudget("compare", "one.yaml", "two.yaml", "--out", "cmp", in: work)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.tree(sandbox) == ["a/b/cmp/comparison.json", "a/b/cmp/comparison.md", "a/b/cmp/comparison.xlsx", "a/b/one.yaml", "a/b/two.yaml"])
    }

    @Test func calendarWritesExactlyTheIcsPathGiven() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let work = try Self.folder("a/b", in: sandbox, scenarios: [("s.yaml", "../../evil.ics")])
        let run = try lcbudget("calendar", "s.yaml", "--ics", "cal/meetings.ics", in: work)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.tree(sandbox) == ["a/b/cal/meetings.ics", "a/b/s.yaml"])
    }

    @Test func aNameLongerThanTwoThousandCharactersIsRefusedAndNothingIsWritten() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        try Data(Self.scenario(named: String(repeating: "x", count: 40_000)).utf8).write(to: sandbox.appendingPathComponent("s.yaml"))
        let run = try lcbudget("report", "s.yaml", "--out", "out", "--db", "record.sqlite", in: sandbox)
        #expect(run.status == 1)
        #expect(run.stderr == "s.yaml:16:7: error: name must be at most 2000 characters, found 40000; shorten it\n")
        #expect(Self.tree(sandbox) == ["s.yaml"])
    }

    @Test func aNameWithANulByteIsRefusedAndNothingIsWritten() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        try Data(Self.scenario(named: "../x\\0.xlsx").utf8).write(to: sandbox.appendingPathComponent("s.yaml"))
        for run in [try lcbudget("report", "s.yaml", "--out", "out", "--db", "record.sqlite", in: sandbox),
                    try lcbudget("calendar", "s.yaml", "--ics", "c.ics", in: sandbox),
                    try lcbudget("compare", "s.yaml", "s.yaml", "--out", "cmp", in: sandbox),
                    try lcbudget("project", "s.yaml", "--save", "--db", "record.sqlite", in: sandbox)] {
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("s.yaml:16:7: error: name must not contain control characters (found U+0000)"), "\(run.stderr)")
        }
        #expect(Self.tree(sandbox) == ["s.yaml"])
    }

    /// Kills `report` (SIGKILL) after the workbook is written to its temporary name: no file
    /// appears under a final name, and a second run with --force replaces nothing until complete.
    @Test func aKilledReportLeavesNoFileUnderAFinalName() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let out = sandbox.appendingPathComponent("out")

        func killMidOutput(force: Bool) throws {
            let process = Process()
            process.executableURL = try LCBudgetBinary.checked(hooks: true)
            process.arguments = ["report", scenarioPath("calendar-sample.yaml"), "--out", out.path,
                                 "--db", sandbox.appendingPathComponent("record.sqlite").path] + (force ? ["--force"] : [])
            process.environment = ProcessInfo.processInfo.environment.merging(["LCBUDGET_TEST_PAUSE_MID_OUTPUT": "30"]) { $1 }
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var said = Data()
            while !String(decoding: said, as: UTF8.self).contains("paused mid-output") {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                said += chunk
            }
            #expect(String(decoding: said, as: UTF8.self).contains("paused mid-output"), "\(String(decoding: said, as: UTF8.self))")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
        }

        try killMidOutput(force: false)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
        // Only the private staging folder of the unfinished set; nothing under a final name.
        #expect(left.count == 1 && left.allSatisfy { $0.hasPrefix(".lcbudget-set-") }, "\(left)")

        // A complete run, then a killed --force run: every final file keeps its bytes.
        let done = try lcbudget("report", scenarioPath("calendar-sample.yaml"), "--out", out.path, "--force",
                                "--db", sandbox.appendingPathComponent("record.sqlite").path)
        #expect(done.status == 0, "\(done.stderr)")
        let finals = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(finals.count == 5)
        let before = try finals.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        try killMidOutput(force: true)
        let after = try finals.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(before == after)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted() == finals)
    }

    /// The pauses are the test harness's alone: the shipped binary reads no test variable, so
    /// with both set it neither pauses nor mentions a hook, and completes.
    @Test func theShippedBinaryHasNoTestHooks() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let run = try LCBudgetBinary.run(["report", scenarioPath("riverside-worked-example.yaml"), "--out", sandbox.appendingPathComponent("out").path,
                                          "--db", sandbox.appendingPathComponent("record.sqlite").path],
                                         environment: ["LCBUDGET_TEST_PAUSE_MID_OUTPUT": "600", "LCBUDGET_TEST_PAUSE_MID_IMPORT": "600"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("test hook"))
        let binary = try Data(contentsOf: LCBudgetBinary.url)
        #expect(binary.range(of: Data("LCBUDGET_TEST_PAUSE".utf8)) == nil, "the shipped binary names a test variable")
        let harness = try Data(contentsOf: try LCBudgetBinary.checked(hooks: true))
        #expect(harness.range(of: Data("LCBUDGET_TEST_PAUSE".utf8)) != nil)
    }
}

import Foundation
import TestSupport
import LCReports
import LCStore
import Testing

/// One run = one complete set of files = one record: `report` and `batch` killed (SIGKILL) at
/// random moments leave the folder holding the previous complete set or the new one, and the
/// record holding a run exactly when its files are in place (docs/reports.md, SECURITY.md).
@Suite(.serialized) struct ReportSetKillTests {
    static var binary: URL { LCBudgetBinary.url }

    /// Starts `lcbudget` and kills it after `delay` seconds (or lets it finish first).
    static func runAndKill(_ arguments: [String], after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(delay)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return killed && process.terminationReason == .uncaughtSignal
    }

    /// What the next run in the folder would do first: finish or roll back a killed publish.
    static func recover(_ folder: URL) throws {
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        try ReportSet.recover(lockingFolder: folder) { manifest in
            guard let db = manifest.record else { return true }
            do { return try RecordStore(path: db, create: false, readOnly: true).hasOutputSet(manifest.setID) } catch {
                return (error as? StoreError) == .missing(path: db) ? false : nil
            }
        }
    }

    static func visible(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Two scenarios with one name (so one slug and one set of file names), with and without a
    /// calendar: a mix of their files is easy to see, and the second retires the first's .ics.
    static func twoVersions(in folder: URL) throws -> [URL] {
        let calendar = try text(URL(fileURLWithPath: scenarioPath("calendar-sample.yaml")))
        let name = "name: \"Riverside K-8 Maker Educator Learning Community (calendar sample)\""
        #expect(calendar.contains(name))
        let worked = try text(URL(fileURLWithPath: scenarioPath("riverside-worked-example.yaml")))
        let plain = worked.replacingOccurrences(of: try #require(worked.firstMatch(of: /name: .*\n/)).output, with: name + "\n")
        #expect(plain != worked)
        let a = folder.appendingPathComponent("a.yaml"), b = folder.appendingPathComponent("b.yaml")
        try Data(calendar.utf8).write(to: a)
        try Data(plain.utf8).write(to: b)
        return [a, b]
    }

    /// The folder holds exactly one complete set and it is the record's latest report run.
    static func expectOneCompleteSetMatchingTheRecord(_ out: URL, db: URL, sources: [URL], context: String) throws {
        let slug = "riverside-k-8-maker-educator-learning-community-calendar-sample"
        let files = visible(out)
        let hidden = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "\(context): left behind \(hidden)")
        let runs = FileManager.default.fileExists(atPath: db.path)
            ? try RecordStore(path: db.path, create: false, readOnly: true).runs() : []
        guard let latest = runs.last else {
            #expect(files.isEmpty, "\(context): files \(files) with no run recorded")
            return
        }
        let hashes = try sources.map { try SHA256.hex(text($0)) }
        let withCalendar = latest.sourceSHA256 == hashes[0]
        var expected = ["\(slug)-brief.html", "\(slug)-brief.md", "\(slug)-justification.md", "\(slug).xlsx"]
        if withCalendar { expected.append("\(slug).ics") }
        #expect(files == expected.sorted(), "\(context): run \(latest.id) recorded, folder holds \(files)")
        #expect(runs.allSatisfy { $0.outputSet != nil }, "\(context)")
        let stamp = "run \(latest.id); scenario SHA-256 \(latest.sourceSHA256)"
        for name in ["\(slug)-brief.md", "\(slug)-justification.md"] where files.contains(name) {
            #expect(try text(out.appendingPathComponent(name)).contains("Recorded as \(stamp)."), "\(context): \(name)")
        }
        if files.contains("\(slug)-brief.html") {
            let html = try text(out.appendingPathComponent("\(slug)-brief.html"))
            #expect(html.contains("<span data-run-id>\(latest.id)</span>") && html.contains(latest.sourceSHA256), "\(context)")
        }
        if withCalendar {
            let ics = try text(out.appendingPathComponent("\(slug).ics"))
            #expect(ics.contains("X-LCBUDGET-RUN:\(latest.id)\r\n"), "\(context): ics")
        }
        let custom = try packagePart(out.appendingPathComponent("\(slug).xlsx"), "docProps/custom.xml")
        #expect(custom.contains("name=\"lcbudget run\"><vt:lpwstr>\(latest.id)</vt:lpwstr>")
                && custom.contains(latest.sourceSHA256), "\(context): workbook properties \(custom)")
    }

    /// 100 SIGKILLs at random moments of `report --force`, alternating two versions of one
    /// scenario: after each, the folder is one complete set matching the record.
    @Test func killedReportsLeaveOneCompleteSetMatchingTheRecord() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let sources = try Self.twoVersions(in: sandbox)
        let out = sandbox.appendingPathComponent("out"), db = sandbox.appendingPathComponent("record.sqlite")
        // How long one complete run takes here, so the kills spread over all of it.
        let started = Date()
        #expect(try !Self.runAndKill(["report", sources[0].path, "--out", out.path, "--db", db.path, "--force"], after: 60))
        let duration = max(Date().timeIntervalSince(started), 0.05)
        try Self.expectOneCompleteSetMatchingTheRecord(out, db: db, sources: sources, context: "first run")
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        for index in 0..<100 {
            let delay = Double.random(in: 0...(duration * 1.1), using: &generator)
            let source = sources[index % 2]
            if try Self.runAndKill(["report", source.path, "--out", out.path, "--db", db.path, "--force"], after: delay) {
                kills += 1
            }
            // Before any recovery, the visible names are one whole set unless a committed publish
            // is in progress (its staging folder is there for the next run to finish).
            let staging = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [])
                .filter { $0.hasPrefix(ReportSet.stagingPrefix) }
            try Self.recover(out)
            try Self.expectOneCompleteSetMatchingTheRecord(out, db: db, sources: sources,
                                                            context: "kill \(index) after \(delay) s (staging \(staging))")
        }
        // On a loaded machine (CI runs the suites in parallel) more runs finish before their kill
        // lands; a quarter killed mid-way still exercises every stage many times.
        #expect(kills >= 25, "many runs must really be killed mid-way (\(kills))")
        let runs = try RecordStore(path: db.path, create: false, readOnly: true).runs()
        #expect(Set(runs.compactMap(\.outputSet)).count == runs.count, "one set per run")
    }

    /// 50 SIGKILLs of `batch --force` alternating two portfolios: the folder holds the portfolio
    /// of the record's latest batch, or none when no batch was ever recorded.
    @Test func killedBatchesLeaveThePortfolioOfTheLatestRecordedBatch() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let small = sandbox.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        for name in ["guide-ten-month.yaml", "teacher-identity-pilot.yaml"] {
            try FileManager.default.copyItem(atPath: scenarioPath(name), toPath: small.appendingPathComponent(name).path)
        }
        let inputs = [packageRoot.appendingPathComponent("scenarios").path, small.path]
        let out = sandbox.appendingPathComponent("out"), db = sandbox.appendingPathComponent("record.sqlite")
        let started = Date()
        #expect(try !Self.runAndKill(["batch", inputs[0], "--out", out.path, "--db", db.path, "--force"], after: 60))
        let duration = max(Date().timeIntervalSince(started), 0.05)
        let fullCount = try RecordStore(path: db.path, create: false, readOnly: true).runs().count
        #expect(fullCount >= 8)
        var kills = 0
        for index in 0..<50 {
            let delay = Double.random(in: 0...(duration * 1.1))
            if try Self.runAndKill(["batch", inputs[index % 2], "--out", out.path, "--db", db.path, "--force"], after: delay) {
                kills += 1
            }
            try Self.recover(out)
            let runs = try RecordStore(path: db.path, create: false, readOnly: true).runs()
            let latestSet = try #require(runs.last?.outputSet, "kill \(index)")
            let names = Set(runs.filter { $0.outputSet == latestSet }.map(\.scenario))
            let allSets = runs.compactMap(\.outputSet)
            #expect(Self.visible(out) == ["portfolio.md", "portfolio.xlsx"], "kill \(index)")
            let markdown = try Self.text(out.appendingPathComponent("portfolio.md"))
            let strings = try packagePart(out.appendingPathComponent("portfolio.xlsx"), "xl/worksheets/sheet1.xml")
            let everyName = Set(runs.map(\.scenario))
            for name in everyName {
                let escaped = name.replacingOccurrences(of: "&", with: "&amp;")
                #expect(markdown.contains(name) == names.contains(name), "kill \(index): \(name) in portfolio.md")
                #expect(strings.contains(escaped) == names.contains(name), "kill \(index): \(name) in portfolio.xlsx")
            }
            // Runs come in whole batches: every set holds all of one batch's runs.
            for set in Set(allSets) { #expect([fullCount, 2].contains(allSets.filter { $0 == set }.count), "kill \(index)") }
        }
        #expect(kills >= 10, "many batches must really be killed mid-way (\(kills))")
    }
}

import Foundation
import Testing
import LCLoader
import LCModel
@testable import LCStore

/// `recordRuns` (batch): one transaction, the same rows as recording each run alone.
@Suite struct BatchRecordTests {
    /// The worked example and a three-year variant under another name.
    func twoScenarios() throws -> [RunToRecord] {
        let first = try riverside()
        let text = first.source.replacingOccurrences(of: "years: 2", with: "years: 3")
            .replacingOccurrences(of: "[150000, 150000]", with: "[150000, 150000, 150000]")
            .replacingOccurrences(of: "[60000, 60000]", with: "[60000, 60000, 60000]")
            .replacingOccurrences(of: "name: \"Riverside", with: "name: \"Three-year Riverside")
        let second = try ScenarioLoader.parse(text, file: "three.yaml")
        return [first, second].map { RunToRecord(projection: Projector.project($0.scenario), sourceFile: $0.file, sourceText: $0.source) }
    }

    @Test func aBatchStoresWhatSingleRunsStore() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = try twoScenarios()
        let batch = try RecordStore(path: folder.appendingPathComponent("batch.sqlite").path)
        let ids = try batch.recordRuns(runs, command: .project, toolVersion: "t", recordedAt: "2026-01-01T00:00:00Z")
        let single = try RecordStore(path: folder.appendingPathComponent("single.sqlite").path)
        for run in runs {
            try single.recordRun(run.projection, command: .project, sourceFile: run.sourceFile, sourceText: run.sourceText,
                                 toolVersion: "t", recordedAt: "2026-01-01T00:00:00Z")
        }
        #expect(ids == [1, 2])
        for id in ids {
            let stored = try batch.run(id: id)
            #expect(stored == (try single.run(id: id)))
            #expect(stored.lines == StoredLine.lines(of: runs[Int(id) - 1].projection))
            #expect(stored.figure("total") == runs[Int(id) - 1].projection.total)
        }
        #expect(try batch.integrityCheck() == "ok")
    }

    @Test func aFailureLeavesNoRunOfTheBatch() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try RecordStore(path: folder.appendingPathComponent("r.sqlite").path)
        var runs = try twoScenarios()
        runs.append(runs[0])
        _ = try store.recordRuns(runs, command: .report, toolVersion: "t", recordedAt: "x")
        #expect(try store.runs().count == 3)
        // A trigger aborts the second batch midway through its second run (id 5), 20 lines in.
        try store.pool.write { db in try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON run_line WHEN NEW.position = 20 AND NEW.run_id = 5 BEGIN SELECT RAISE(ABORT, 'refused'); END") }
        #expect(throws: StoreError.self) {
            try store.recordRuns(runs, command: .project, toolVersion: "t", recordedAt: "y")
        }
        #expect(try store.runs().count == 3)
        #expect(try store.integrityCheck() == "ok")
    }
}

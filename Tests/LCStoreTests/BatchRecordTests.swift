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

    /// The streaming recorder stores exactly what `recordRuns` stores, in the same order, and
    /// never holds more than its capacity of runs queued. Deferred, it waits for a full queue
    /// or the producer's end; either way the producer's last step (`afterProducing`) runs once
    /// every run is queued and before `whileRecording`, which sees every id. Undeferred and
    /// deferred, with a queue that fills (3) and one the producer never fills (64).
    @Test(arguments: [(3, false), (3, true), (64, true)])
    func aStreamedBatchStoresWhatAnArrayBatchStores(capacity: Int, deferred: Bool) throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let two = try twoScenarios()
        let runs = (0..<40).map { two[$0 % 2] }
        let array = try RecordStore(path: folder.appendingPathComponent("array.sqlite").path)
        let arrayIDs = try array.recordRuns(runs, command: .project, toolVersion: "t", recordedAt: "z")
        let streamed = try RecordStore(path: folder.appendingPathComponent("stream.sqlite").path)
        let events = EventLog(), seen = IDList()
        let ids = try streamed.recordRunStream(
            command: .project, toolVersion: "t", recordedAt: "z", capacity: capacity, deferred: deferred,
            produce: { emit in for run in runs { emit(run, SHA256.hex(run.sourceText)) }; events.add("produced") },
            afterProducing: { events.add("last step") },
            whileRecording: { ids in seen.ids = ids; events.add("files") })
        #expect(ids == arrayIDs)
        #expect(seen.ids == ids)
        for id in ids { #expect(try streamed.run(id: id) == (try array.run(id: id))) }
        #expect(events.all == ["produced", "last step", "files"])
        #expect(try streamed.integrityCheck() == "ok")
    }

    /// An error thrown while the files are written (inside the transaction) records nothing,
    /// and a failure part-way through leaves the producer released and nothing recorded.
    @Test func aStreamedBatchThatFailsRecordsNothing() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try RecordStore(path: folder.appendingPathComponent("r.sqlite").path)
        let runs = Array(repeating: try twoScenarios()[0], count: 200)
        struct FilesFailed: Error {}
        #expect(throws: StoreError.self) {
            try store.recordRunStream(command: .project, toolVersion: "t", recordedAt: "z",
                                      produce: { emit in for run in runs { emit(run, "h") } },
                                      whileRecording: { _ in throw FilesFailed() })
        }
        #expect(try store.runs().isEmpty)
        try store.pool.write { db in try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON run_line WHEN NEW.run_id = 3 BEGIN SELECT RAISE(ABORT, 'refused'); END") }
        // 200 runs offered through a queue of 2: the third fails, the producer's other calls
        // return at once, and the call returns (a deadlock would hang the test).
        #expect(throws: StoreError.self) {
            try store.recordRunStream(command: .project, toolVersion: "t", recordedAt: "z", capacity: 2,
                                      produce: { emit in for run in runs { emit(run, "h") } })
        }
        #expect(try store.runs().isEmpty)
        #expect(try store.integrityCheck() == "ok")
    }
}

private final class IDList: @unchecked Sendable {
    var ids: [Int64] = []
}

private final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [String] = []
    func add(_ event: String) { lock.lock(); events.append(event); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return events }
}

import Foundation
import GRDB
import Testing
import LCLoader
import LCModel
@testable import LCStore

@Suite struct MigrationTests {
    @Test func fromEmpty() throws {
        let dir = temporaryDirectory(); defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("new.sqlite").path
        let store = try RecordStore(path: path)
        #expect(try store.schemaVersion() == Schema.currentVersion)
        #expect(try store.integrityCheck() == "ok")
        let (tables, mode, fk, app) = try store.pool.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'grdb_%' ORDER BY name"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try Int32.fetchOne(db, sql: "PRAGMA application_id"))
        }
        #expect(tables == ["actual_expense", "actuals_dollars", "attendance", "attendance_hours", "import_batch", "latest_run",
                           "run", "run_advisory", "run_figure", "run_line", "run_line_dollars", "scenario"])
        #expect(mode == "wal")
        #expect(fk == 1)
        #expect(app == Schema.applicationID)
    }

    /// A database at schema version 1 (before the analyst views), with a run and an import in it,
    /// is upgraded on open and keeps every row.
    @Test func fromThePreviousSchema() throws {
        let dir = temporaryDirectory(); defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v1.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator(through: 1).migrate(queue)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO scenario (id, name) VALUES (1, 'Old')")
                try db.execute(sql: """
                    INSERT INTO run (id, scenario_id, command, recorded_at, tool_version, source_file, source_text, source_sha256, start, years)
                    VALUES (1, 1, 'project', '2025-01-01T00:00:00Z', '0.0.9', 'old.yaml', 'name: Old', 'x', '2025-08', 1)
                    """)
                try db.execute(sql: "INSERT INTO run_line VALUES (1, 0, 1, 'Year 1', 'food', 'Meeting food', 'food.meals', 123456)")
                try db.execute(sql: "INSERT INTO import_batch VALUES (1, 1, 'actuals', 'a.csv', 'h', '2025-09-01T00:00:00Z', 1, NULL)")
                try db.execute(sql: "INSERT INTO actual_expense VALUES (1, 1, 2, '2025-09-01', 'food', 'Dinner', 4550, 'Deli', '')")
            }
            #expect(try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 1)
        }
        let store = try RecordStore(path: path)
        #expect(try store.schemaVersion() == Schema.currentVersion)
        #expect(try store.runs().map(\.id) == [1])
        #expect(try store.actuals(scenario: "Old").map(\.amount) == [Money(cents: 4550)])
        let dollars = try store.pool.read { try Double.fetchOne($0, sql: "SELECT amount FROM run_line_dollars WHERE run_id = 1") }
        #expect(dollars == 1234.56)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aNewerSchemaIsRefusedAndLeftAlone() throws {
        let dir = temporaryDirectory(); defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("newer.sqlite").path
        _ = try RecordStore(path: path)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "PRAGMA user_version = 7") }
        }
        #expect(throws: StoreError.newerSchema(path: path, found: 7, known: Schema.currentVersion)) { try RecordStore(path: path) }
        let version = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == 7)
        #expect(StoreError.newerSchema(path: path, found: 7, known: Schema.currentVersion).description.contains("was written by a newer lcbudget (schema version 7; this lcbudget knows up to \(Schema.currentVersion))"))
    }

    @Test func anUnknownMigrationIsRefused() throws {
        let dir = temporaryDirectory(); defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("future.sqlite").path
        _ = try RecordStore(path: path)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        #expect(throws: StoreError.newerSchema(path: path, found: Schema.currentVersion + 1, known: Schema.currentVersion)) { try RecordStore(path: path) }
    }

    @Test func foreignFilesAreRefused() throws {
        let dir = temporaryDirectory(); defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("notes.sqlite").path
        try Data("these are not the tables you are looking for\n".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.notADatabase(path: text)) { try RecordStore(path: text) }
        let other = dir.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE payroll (id INTEGER)") }
        #expect(throws: StoreError.notLCBudget(path: other)) { try RecordStore(path: other) }
        let missing = dir.appendingPathComponent("missing.sqlite").path
        #expect(throws: StoreError.missing(path: missing)) { try RecordStore(path: missing, create: false) }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}

@Suite struct RunRecordTests {
    @Test func aRunKeepsEveryLineAndFigure() throws {
        let dir = temporaryDirectory(); defer { try? FileManager.default.removeItem(at: dir) }
        let store = try RecordStore(path: dir.appendingPathComponent("r.sqlite").path)
        let loaded = try riverside()
        let projection = Projector.project(loaded.scenario)
        let id = try store.recordRun(projection, command: .project, sourceFile: loaded.file, sourceText: loaded.source,
                                     toolVersion: "9.9.9", recordedAt: RecordClock.iso(unixTime: 1_767_225_600))
        let run = try store.run(id: id)
        #expect(run.scenario == riversideName)
        #expect(run.recordedAt == "2026-01-01T00:00:00Z")
        #expect(run.sourceText == loaded.source)
        #expect(run.sourceSHA256 == SHA256.hex(loaded.source))
        #expect(run.lines == StoredLine.lines(of: projection))
        #expect(run.lines.map(\.amount).sum() == projection.total)
        // The worked example's figures, as the spec fixes them.
        #expect(run.figure("total") == Money(cents: 54_780_959))
        #expect(run.figure("presentValue") == Money(cents: 53_982_618))
        #expect(run.figure("periods.1.total") == Money(cents: 26_858_260))
        #expect(run.figure("categoryTotals.indirect") == Money(cents: 4_933_451))
        #expect(run.figure("funding.y2.gap") == Money(cents: 6_409_699))
        #expect(run.advisories.map(\.code) == ["FUNDING_GAP"])
        #expect(try store.latestRun(scenario: riversideName).id == id)
        #expect(throws: StoreError.unknownRun(id: 99)) { try store.run(id: 99) }
    }
}

@Suite struct ImportTests {
    func prepared() throws -> (URL, RecordStore) {
        let dir = temporaryDirectory()
        let store = try RecordStore(path: dir.appendingPathComponent("i.sqlite").path)
        let loaded = try riverside()
        try store.recordRun(Projector.project(loaded.scenario), command: .project, sourceFile: loaded.file,
                            sourceText: loaded.source, toolVersion: "t", recordedAt: "2026-01-01T00:00:00Z")
        return (dir, store)
    }

    let rows: [(line: Int, expense: ActualExpense)] = (0..<10).map { i in
        (i + 2, ActualExpense(date: CivilDate(iso: "2027-09-1\(i)")!, category: .food, item: "Dinner \(i)",
                              amount: Money(cents: Int64(1000 + i)), payer: "Deli'; DROP TABLE run; --", memo: ""))
    }

    @Test func duplicateImportsAreRefusedUnlessAgain() throws {
        let (dir, store) = try prepared(); defer { try? FileManager.default.removeItem(at: dir) }
        let first = try store.importActuals(rows, scenario: riversideName, fileName: "a.csv", content: "same bytes",
                                            again: false, importedAt: "t1")
        #expect(first.rowCount == 10)
        #expect(throws: StoreError.duplicateImport(kind: "actual spending", scenario: riversideName, previousID: first.id,
                                                   previousFile: "a.csv", previousAt: "t1")) {
            try store.importActuals(rows, scenario: riversideName, fileName: "renamed.csv", content: "same bytes",
                                    again: false, importedAt: "t2")
        }
        #expect(try store.actuals(scenario: riversideName).count == 10)
        let second = try store.importActuals(rows, scenario: riversideName, fileName: "a.csv", content: "same bytes",
                                             again: true, importedAt: "t3")
        #expect(second.repeatOf == first.id)
        #expect(try store.actuals(scenario: riversideName).count == 20)
        // The payer text went in as a bound parameter: it is stored as written and the run table is intact.
        #expect(try store.actuals(scenario: riversideName)[0].payer == "Deli'; DROP TABLE run; --")
        #expect(try store.runs().count == 1)
    }

    @Test func aFailureInsideTheTransactionLeavesNothing() throws {
        struct Interrupted: Error {}
        let (dir, store) = try prepared(); defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: StoreError.self) {
            try store.importActuals(rows, scenario: riversideName, fileName: "a.csv", content: "x", again: false,
                                    importedAt: "t", midWrite: { throw Interrupted() })
        }
        #expect(try store.actuals(scenario: riversideName).isEmpty)
        #expect(try store.imports(scenario: riversideName).isEmpty)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func importsNeedARecordedScenario() throws {
        let (dir, store) = try prepared(); defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: StoreError.unknownScenario(name: "Riverside", known: [riversideName])) {
            try store.importActuals(rows, scenario: "Riverside", fileName: "a.csv", content: "x", again: false, importedAt: "t")
        }
    }

    @Test func attendanceRoundTripsExactHours() throws {
        let (dir, store) = try prepared(); defer { try? FileManager.default.removeItem(at: dir) }
        let records: [(line: Int, record: AttendanceRecord)] = [
            (2, AttendanceRecord(educator: "Ana", role: .leader, date: CivilDate(iso: "2027-09-15")!, activity: .planning,
                                 hours: Decimal(string: "0.3333")!)),
        ]
        try store.importAttendance(records, scenario: riversideName, fileName: "s.csv", content: "s", again: false, importedAt: "t")
        #expect(try store.attendance(scenario: riversideName) == records.map(\.record))
    }
}

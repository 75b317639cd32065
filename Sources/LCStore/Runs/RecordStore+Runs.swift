import Foundation
import GRDB
import LCModel

extension RecordStore {
    /// Records one run of `project --save` or `report` in one transaction; returns its id.
    ///
    /// The projection must be the one the command printed or wrote: its lines and derived
    /// figures are stored as they are, not recomputed.
    ///
    /// `outputSet` names the set of report files the run wrote (`ReportSet.setID`), and
    /// `whileRecording` is called with the new run's id inside the transaction, before it
    /// commits: `report` writes and seals its files there, so the run is recorded if and only
    /// if its files are complete (an error thrown there records nothing).
    ///
    /// ```swift
    /// let id = try store.recordRun(projection, command: .report, sourceFile: f, sourceText: t,
    ///                              toolVersion: v, recordedAt: now, outputSet: set.setID) { id in
    ///     try set.write(files(for: id)); try set.seal(record: store.path)
    /// }
    /// ```
    @discardableResult
    public func recordRun(_ projection: Projection, command: RunCommand, sourceFile: String, sourceText: String,
                          toolVersion: String, recordedAt: String, outputSet: String? = nil,
                          whileRecording: ((Int64) throws -> Void)? = nil) throws(StoreError) -> Int64 {
        let lines = StoredLine.lines(of: projection)
        let figures = StoredFigure.figures(of: projection)
        let scenario = projection.scenario
        let hash = SHA256.hex(sourceText)
        return try write { db in
            let scenarioID = try RecordStore.scenarioID(db, creating: scenario.name)
            try db.execute(sql: """
                INSERT INTO run (scenario_id, command, recorded_at, tool_version, source_file, source_text,
                                 source_sha256, start, years, output_set)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [scenarioID, command.rawValue, recordedAt, toolVersion, sourceFile, sourceText,
                                 hash, scenario.start.iso, scenario.years, outputSet])
            let runID = db.lastInsertedRowID
            let lineInsert = try db.makeStatement(sql: """
                INSERT INTO run_line (run_id, position, period, period_label, category, item, key, amount_cents)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (position, line) in lines.enumerated() {
                try lineInsert.execute(arguments: [runID, position, line.period, line.periodLabel, line.category,
                                                   line.item, line.key, line.amount.cents])
            }
            let figureInsert = try db.makeStatement(sql: "INSERT INTO run_figure (run_id, name, cents) VALUES (?, ?, ?)")
            for figure in figures {
                try figureInsert.execute(arguments: [runID, figure.name, figure.amount?.cents])
            }
            let advisoryInsert = try db.makeStatement(sql: """
                INSERT INTO run_advisory (run_id, position, code, severity, message) VALUES (?, ?, ?, ?, ?)
                """)
            for (position, advisory) in projection.advisories.enumerated() {
                try advisoryInsert.execute(arguments: [runID, position, advisory.code.rawValue,
                                                       "\(advisory.severity)", advisory.message])
            }
            try whileRecording?(runID)
            return runID
        }
    }

    /// Whether a run that wrote the report set `setID` is recorded (the set's commit happened).
    public func hasOutputSet(_ setID: String) throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM run WHERE output_set = ?)", arguments: [setID]) ?? false
        }
    }

    /// Every recorded run, oldest first.
    public func runs() throws(StoreError) -> [RunSummary] {
        try read { db in
            let summaries = try Row.fetchAll(db, sql: """
                SELECT r.id, s.name, r.command, r.recorded_at, r.tool_version, r.source_file, r.source_sha256,
                       (SELECT cents FROM run_figure f WHERE f.run_id = r.id AND f.name = 'total') AS total
                FROM run r JOIN scenario s ON s.id = r.scenario_id ORDER BY r.id
                """).map { row in
                RunSummary(id: row[0], scenario: row[1], command: RunCommand(rawValue: row[2]) ?? .project,
                           recordedAt: row[3], toolVersion: row[4], sourceFile: row[5], sourceSHA256: row[6],
                           total: Money(cents: row[7] ?? 0))
            }
            // A schema-2 file opened read-only has no output_set column; its runs published no set.
            guard try db.columns(in: "run").contains(where: { $0.name == "output_set" }) else { return summaries }
            let sets = try Row.fetchAll(db, sql: "SELECT id, output_set FROM run ORDER BY id")
            var byID: [Int64: String] = [:]
            for row in sets { if let set: String = row[1] { byID[row[0]] = set } }
            return summaries.map { var s = $0; s.outputSet = byID[s.id]; return s }
        }
    }

    /// One run with its lines, figures and advisories.
    public func run(id: Int64) throws(StoreError) -> StoredRun {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT r.id, s.name, r.command, r.recorded_at, r.tool_version, r.source_file, r.source_text,
                       r.source_sha256, r.start, r.years
                FROM run r JOIN scenario s ON s.id = r.scenario_id WHERE r.id = ?
                """, arguments: [id]) else { throw StoreError.unknownRun(id: id) }
            let lines = try Row.fetchAll(db, sql: """
                SELECT period, period_label, category, item, key, amount_cents FROM run_line
                WHERE run_id = ? ORDER BY position
                """, arguments: [id]).map { l in
                StoredLine(period: l[0], periodLabel: l[1], category: l[2], item: l[3], key: l[4], amount: Money(cents: l[5]))
            }
            let figures = try Row.fetchAll(db, sql: "SELECT name, cents FROM run_figure WHERE run_id = ? ORDER BY rowid",
                                           arguments: [id]).map { f in
                StoredFigure(name: f[0], amount: (f[1] as Int64?).map { Money(cents: $0) })
            }
            let advisories = try Row.fetchAll(db, sql: """
                SELECT code, severity, message FROM run_advisory WHERE run_id = ? ORDER BY position
                """, arguments: [id]).map { a in StoredAdvisory(code: a[0], severity: a[1], message: a[2]) }
            return StoredRun(id: row[0], scenario: row[1], command: RunCommand(rawValue: row[2]) ?? .project,
                             recordedAt: row[3], toolVersion: row[4], sourceFile: row[5], sourceText: row[6],
                             sourceSHA256: row[7], start: row[8], years: row[9], lines: lines, figures: figures,
                             advisories: advisories)
        }
    }

    /// The latest run of a scenario (the budget `variance` and `stipends` read), or `unknownScenario`.
    public func latestRun(scenario name: String) throws(StoreError) -> StoredRun {
        let id: Int64 = try read { db in
            let scenarioID = try scenarioID(db, name: name)
            return try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM run WHERE scenario_id = ?", arguments: [scenarioID])!
        }
        return try run(id: id)
    }
}

import Foundation
import GRDB
import LCModel

/// One scenario of a batch to record: its projection and the text it was projected from.
public struct RunToRecord: Sendable {
    public var projection: Projection
    public var sourceFile: String
    public var sourceText: String

    public init(projection: Projection, sourceFile: String, sourceText: String) {
        self.projection = projection
        self.sourceFile = sourceFile
        self.sourceText = sourceText
    }
}

extension RecordStore {
    /// Records many runs in ONE transaction (for `batch`); returns their ids in order.
    ///
    /// All or nothing: a crash or error leaves none of them recorded (one WAL commit instead of
    /// one per scenario; see docs/batch.md for durability). Each run is stored exactly as
    /// `recordRun` stores one (same tables, same lines, figures and advisories), through
    /// statements prepared once for the whole batch, with every value bound as a parameter
    /// (`BoundInsert`).
    ///
    /// `hashes` are the SHA-256 hex digests of the source texts when the caller has them already
    /// (computed in parallel); nil computes them here.
    @discardableResult
    ///
    /// `outputSet` and `whileRecording` work as in `recordRun`: `batch` seals its portfolio files
    /// inside the transaction, so the runs are recorded if and only if the files are published.
    public func recordRuns(_ runs: [RunToRecord], hashes: [String]? = nil, command: RunCommand,
                           toolVersion: String, recordedAt: String, outputSet: String? = nil,
                           whileRecording: (([Int64]) throws -> Void)? = nil) throws(StoreError) -> [Int64] {
        let hashes = hashes ?? runs.map { SHA256.hex($0.sourceText) }
        precondition(hashes.count == runs.count, "one hash per run")
        return try write { db in
            let statements = try BatchStatements(db)
            var ids: [Int64] = []
            ids.reserveCapacity(runs.count)
            var scenarioIDs: [String: Int64] = [:]
            for (run, hash) in zip(runs, hashes) {
                let scenario = run.projection.scenario
                let scenarioID: Int64
                if let known = scenarioIDs[scenario.name] { scenarioID = known } else {
                    scenarioID = try self.scenarioID(db, creating: scenario.name)
                    scenarioIDs[scenario.name] = scenarioID
                }
                try statements.run.insert(db, .int(scenarioID), .text(command.rawValue), .text(recordedAt), .text(toolVersion),
                                          .text(run.sourceFile), .text(run.sourceText), .text(hash),
                                          .text(scenario.start.iso), .int(Int64(scenario.years)),
                                          outputSet.map { .text($0) } ?? .null)
                let runID = db.lastInsertedRowID
                ids.append(runID)
                try statements.insertLines(db, runID, run.projection)
                for figure in StoredFigure.figures(of: run.projection) {
                    try statements.figure.insert(db, .int(runID), .text(figure.name), figure.amount.map { .int($0.cents) } ?? .null)
                }
                for (position, advisory) in run.projection.advisories.enumerated() {
                    try statements.advisory.insert(db, .int(runID), .int(Int64(position)), .text(advisory.code.rawValue),
                                                   .text("\(advisory.severity)"), .text(advisory.message))
                }
            }
            try whileRecording?(ids)
            return ids
        }
    }
}

/// The INSERT statements of a run, prepared once per batch.
private struct BatchStatements {
    let run: BoundInsert
    let line: BoundInsert
    let figure: BoundInsert
    let advisory: BoundInsert

    init(_ db: Database) throws {
        run = try BoundInsert(db, sql: """
            INSERT INTO run (scenario_id, command, recorded_at, tool_version, source_file, source_text,
                             source_sha256, start, years, output_set)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        line = try BoundInsert(db, sql: """
            INSERT INTO run_line (run_id, position, period, period_label, category, item, key, amount_cents)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        figure = try BoundInsert(db, sql: "INSERT INTO run_figure (run_id, name, cents) VALUES (?, ?, ?)")
        advisory = try BoundInsert(db, sql: """
            INSERT INTO run_advisory (run_id, position, code, severity, message) VALUES (?, ?, ?, ?, ?)
            """)
    }

    /// Every line of the projection, zero lines included, in `StoredLine.lines(of:)` order.
    func insertLines(_ db: Database, _ runID: Int64, _ projection: Projection) throws {
        var position = 0
        for period in projection.periods {
            for line in period.lines {
                try self.line.insert(db, .int(runID), .int(Int64(position)), .int(Int64(period.index)), .text(period.label),
                                     .text(line.category.rawValue), .text(line.item), .text(line.key), .int(line.amount.cents))
                position += 1
            }
        }
    }
}

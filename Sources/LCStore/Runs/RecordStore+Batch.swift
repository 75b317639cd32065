import Dispatch
import Foundation
import GRDB
import LCLoader
import LCModel

/// One scenario of a batch to record: its projection and the text it was projected from.
public struct RunToRecord: Sendable {
    public var projection: Projection
    public var sourceFile, sourceText: String

    public init(projection: Projection, sourceFile: String, sourceText: String) {
        (self.projection, self.sourceFile, self.sourceText) = (projection, sourceFile, sourceText)
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
    /// (computed in parallel); nil computes them here. `outputSet` and `whileRecording` work as
    /// in `recordRun`.
    @discardableResult
    public func recordRuns(_ runs: [RunToRecord], hashes: [String]? = nil, command: RunCommand,
                           toolVersion: String, recordedAt: String, outputSet: String? = nil,
                           whileRecording: (([Int64]) throws -> Void)? = nil) throws(StoreError) -> [Int64] {
        let hashes = hashes ?? runs.map { SHA256.hex($0.sourceText) }
        precondition(hashes.count == runs.count, "one hash per run")
        return try write { db in
            var recording = try BatchRecording(db, command: command, toolVersion: toolVersion,
                                               recordedAt: recordedAt, outputSet: outputSet)
            for (run, hash) in zip(runs, hashes) { try recording.insert(db, run, hash: hash) }
            try whileRecording?(recording.ids)
            return recording.ids
        }
    }

    /// Records runs as `produce` hands them over, in ONE transaction, holding at most a few of
    /// them in memory: `batch` of any number of scenarios records in flat memory.
    ///
    /// `produce` runs on another thread and calls its argument once per run, in order, with the
    /// run and the SHA-256 hex of its source; each call waits while `capacity` runs are queued.
    /// When `produce` returns, `whileRecording` runs inside the transaction with every id (as in
    /// `recordRuns`), and the transaction commits. If recording fails, the rest of what
    /// `produce` hands over is dropped, and the transaction rolls back; an error that
    /// `whileRecording` throws rolls it back too. Nothing is committed before the end, so a kill
    /// at any moment leaves none of the runs recorded.
    ///
    /// ```swift
    /// let ids = try store.recordRunStream(command: .project, toolVersion: v, recordedAt: now,
    ///                                     produce: { emit in for run in runs { emit(run, SHA256.hex(run.sourceText)) } },
    ///                                     whileRecording: { ids in try publishFiles() })
    /// ```
    @discardableResult
    public func recordRunStream(command: RunCommand, toolVersion: String, recordedAt: String,
                                outputSet: String? = nil, capacity: Int = 32,
                                produce: @escaping @Sendable (_ emit: @escaping (RunToRecord, String) -> Void) -> Void,
                                whileRecording: (([Int64]) throws -> Void)? = nil) throws(StoreError) -> [Int64] {
        let queue = RunQueue(capacity: capacity)
        // A thread of its own for the whole run (not a Dispatch pool thread, which the loaders
        // inside `produce` would wait for: see DedicatedThreads).
        let produced = DedicatedThreads.start {
            produce { run, hash in queue.push((run, hash)) }
            queue.close()
        }
        // Whatever happens in the transaction, the producer is released and finished before
        // this returns, so no thread outlives the call.
        defer { queue.cancel(); produced.wait() }
        return try write { db in
            var recording = try BatchRecording(db, command: command, toolVersion: toolVersion,
                                               recordedAt: recordedAt, outputSet: outputSet)
            while let (run, hash) = queue.pop() { try recording.insert(db, run, hash: hash) }
            produced.wait()
            try whileRecording?(recording.ids)
            return recording.ids
        }
    }
}

/// A bounded first-in first-out hand-over from one producing thread to the recording one.
private final class RunQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [(RunToRecord, String)] = []
    private var head = 0
    private var closed = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Waits while the queue is full; drops the item once the consumer has given up.
    func push(_ item: (RunToRecord, String)) {
        condition.lock(); defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return }
        items.append(item)
        condition.broadcast()
    }

    /// The next item, or nil once the producer has closed the queue and it is empty.
    func pop() -> (RunToRecord, String)? {
        condition.lock(); defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head >= 64 && head * 2 >= items.count {   // drop what was consumed, now and then
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    func close() { condition.lock(); closed = true; condition.broadcast(); condition.unlock() }
    func cancel() { condition.lock(); cancelled = true; items = []; head = 0; condition.broadcast(); condition.unlock() }
}

/// One batch's recording inside its transaction: the prepared statements, the scenario ids met
/// so far and the run ids given.
private struct BatchRecording {
    let statements: BatchStatements
    let command: RunCommand
    let toolVersion, recordedAt: String
    let outputSet: String?
    var scenarioIDs: [String: Int64] = [:]
    var ids: [Int64] = []

    init(_ db: Database, command: RunCommand, toolVersion: String, recordedAt: String, outputSet: String?) throws {
        statements = try BatchStatements(db)
        self.command = command
        self.toolVersion = toolVersion
        self.recordedAt = recordedAt
        self.outputSet = outputSet
    }

    mutating func insert(_ db: Database, _ run: RunToRecord, hash: String) throws {
        let scenario = run.projection.scenario
        let scenarioID: Int64
        if let known = scenarioIDs[scenario.name] { scenarioID = known } else {
            scenarioID = try RecordStore.scenarioID(db, creating: scenario.name)
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
}

/// The INSERT statements of a run, prepared once per batch.
private struct BatchStatements {
    let run, line, figure, advisory: BoundInsert

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
            // Each line read in place, not copied out whole (its exact fraction and basis
            // included) to bind four of its fields.
            for index in period.lines.indices {
                try self.line.insert(db, .int(runID), .int(Int64(position)), .int(Int64(period.index)), .text(period.label),
                                     .text(period.lines[index].category.rawValue), .text(period.lines[index].item),
                                     .text(period.lines[index].key), .int(period.lines[index].amount.cents))
                position += 1
            }
        }
    }
}

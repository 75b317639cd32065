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
            for (run, hash) in zip(runs, hashes) { try recording.insert(db, QueuedRun(run, hash: hash)) }
            try whileRecording?(recording.ids)
            return recording.ids
        }
    }

    /// Records runs as `produce` hands them over, in ONE transaction, holding at most
    /// `capacity` of them in memory: `batch` of any number of scenarios records in flat memory.
    ///
    /// `produce` runs on another thread and calls its argument once per run, in order, with the
    /// run and the SHA-256 hex of its source; each call waits while `capacity` runs are queued.
    /// A queued run is kept as the rows to insert (`QueuedRun`, made on the producer's thread),
    /// not as its projection, which takes several times the memory.
    /// When `produce` returns, `whileRecording` runs inside the transaction with every id (as in
    /// `recordRuns`), and the transaction commits. If recording fails, the rest of what
    /// `produce` hands over is dropped, and the transaction rolls back; an error that
    /// `whileRecording` throws rolls it back too. Nothing is committed before the end, so a kill
    /// at any moment leaves none of the runs recorded.
    ///
    /// - Parameter deferred: recording begins only once `capacity` runs are queued or `produce`
    ///   has returned. For a producer that keeps every core busy and then ends with a long step
    ///   of its own on one core (the batch compresses its workbook), the inserts then run beside
    ///   that step instead of competing with the loading: the same work in less time.
    /// - Parameter afterProducing: the producer's own last step, run on its thread once
    ///   `produce` has returned and the queue is closed, while the recording catches up;
    ///   `whileRecording` runs after it.
    ///
    /// ```swift
    /// let ids = try store.recordRunStream(command: .project, toolVersion: v, recordedAt: now,
    ///                                     produce: { emit in for run in runs { emit(run, SHA256.hex(run.sourceText)) } },
    ///                                     whileRecording: { ids in try publishFiles() })
    /// ```
    @discardableResult
    public func recordRunStream(command: RunCommand, toolVersion: String, recordedAt: String,
                                outputSet: String? = nil, capacity: Int = 32, deferred: Bool = false,
                                produce: @escaping @Sendable (_ emit: @escaping (RunToRecord, String) -> Void) -> Void,
                                afterProducing: (@Sendable () -> Void)? = nil,
                                whileRecording: (([Int64]) throws -> Void)? = nil) throws(StoreError) -> [Int64] {
        let queue = RunQueue(capacity: capacity, deferred: deferred)
        // A thread of its own for the whole run (not a Dispatch pool thread, which the loaders
        // inside `produce` would wait for: see DedicatedThreads).
        let produced = DedicatedThreads.start {
            produce { run, hash in queue.push(QueuedRun(run, hash: hash)) }
            queue.close()
            afterProducing?()
        }
        // Whatever happens in the transaction, the producer is released and finished before
        // this returns, so no thread outlives the call.
        defer { queue.cancel(); produced.wait() }
        return try write { db in
            var recording = try BatchRecording(db, command: command, toolVersion: toolVersion,
                                               recordedAt: recordedAt, outputSet: outputSet)
            while let run = queue.pop() { try recording.insert(db, run) }
            produced.wait()
            try whileRecording?(recording.ids)
            return recording.ids
        }
    }
}

/// A run as the recording needs it: the values of its `run` row and of its lines, figures and
/// advisories, read from the projection on the producer's thread.
struct QueuedRun {
    let scenarioName, sourceFile, sourceText, hash, start: String
    let years: Int
    let lines: [StoredLine]
    let figures: [StoredFigure]
    let advisories: [Advisory]

    init(_ run: RunToRecord, hash: String) {
        let projection = run.projection
        (scenarioName, sourceFile, sourceText, self.hash) = (projection.scenario.name, run.sourceFile, run.sourceText, hash)
        (start, years) = (projection.scenario.start.iso, projection.scenario.years)
        (lines, figures, advisories) = (StoredLine.lines(of: projection), StoredFigure.figures(of: projection), projection.advisories)
    }
}

/// A bounded first-in first-out hand-over from one producing thread to the recording one.
private final class RunQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [QueuedRun] = []
    private var head = 0
    private var closed = false
    private var cancelled = false
    private let capacity: Int
    /// Whether `pop` still waits for a full queue or the producer's end (`deferred`).
    private var holding: Bool

    init(capacity: Int, deferred: Bool) {
        self.capacity = max(1, capacity)
        holding = deferred
    }

    /// Waits while the queue is full; drops the item once the consumer has given up.
    func push(_ item: QueuedRun) {
        condition.lock(); defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return }
        items.append(item)
        // Wake the recorder only when it can go on: at the first item after it emptied the
        // queue, or (held) at the item that fills it. Woken at every item, it was scheduled a
        // thousand times a batch to find nothing to do, taking turns from the loaders.
        let queued = items.count - head
        if (queued == 1 && !holding) || queued == capacity { condition.broadcast() }
    }

    /// The next item, or nil once the producer has closed the queue and it is empty.
    func pop() -> QueuedRun? {
        condition.lock(); defer { condition.unlock() }
        while holding && !closed && items.count - head < capacity { condition.wait() }
        holding = false
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        // The producer waits only on a full queue: wake it when this pop makes room.
        let madeRoom = items.count - head == capacity - 1
        if head >= 64 && head * 2 >= items.count {   // drop what was consumed, now and then
            items.removeFirst(head)
            head = 0
        }
        if madeRoom { condition.broadcast() }
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

    mutating func insert(_ db: Database, _ run: QueuedRun) throws {
        let scenarioID: Int64
        if let known = scenarioIDs[run.scenarioName] { scenarioID = known } else {
            scenarioID = try RecordStore.scenarioID(db, creating: run.scenarioName)
            scenarioIDs[run.scenarioName] = scenarioID
        }
        try statements.run.insert(db, .int(scenarioID), .text(command.rawValue), .text(recordedAt), .text(toolVersion),
                                  .text(run.sourceFile), .text(run.sourceText), .text(run.hash),
                                  .text(run.start), .int(Int64(run.years)), outputSet.map { .text($0) } ?? .null)
        let runID = db.lastInsertedRowID
        ids.append(runID)
        for (position, line) in run.lines.enumerated() {
            try statements.line.insert(db, .int(runID), .int(Int64(position)), .int(Int64(line.period)), .text(line.periodLabel),
                                       .text(line.category), .text(line.item), .text(line.key), .int(line.amount.cents))
        }
        for figure in run.figures {
            try statements.figure.insert(db, .int(runID), .text(figure.name), figure.amount.map { .int($0.cents) } ?? .null)
        }
        for (position, advisory) in run.advisories.enumerated() {
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
}

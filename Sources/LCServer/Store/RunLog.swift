import LCLoader
import LCModel
import LCReports
import LCStore

/// The server's SQLite record (`--db`): each save is recorded as a run, the page lists the
/// runs, and downloads add the variance against recorded actuals as `lcbudget report` does.
///
/// ```swift
/// let log = try RunLog(path: "lcbudget.sqlite", toolVersion: "0.1.0")
/// let id = try await log.record(projection, file: "scenarios/new.yaml", text: yaml)
/// await log.close()
/// ```
///
/// An actor: `RecordStore` is a class over a GRDB pool, used here from one place at a time.
/// `close()` drops the store at shutdown (GRDB closes the pool when it is released), after
/// which every call fails with `closed`.
public actor RunLog {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case closed
        case store(StoreError)

        public var description: String {
            switch self {
            case .closed: "the record is closed (the server is stopping)"
            case .store(let error): error.description
            }
        }
    }

    private var store: RecordStore?
    public nonisolated let path: String
    let toolVersion: String

    public init(path: String, toolVersion: String) throws(StoreError) {
        self.path = path
        self.toolVersion = toolVersion
        store = try RecordStore(path: path, create: true)
    }

    private func open() throws(Failure) -> RecordStore {
        guard let store else { throw .closed }
        return store
    }

    /// Records a saved scenario as a run (`command` = project: the save projected it); its id.
    public func record(_ projection: Projection, file: String, text: String) throws(Failure) -> Int64 {
        let store = try open()
        do {
            return try store.recordRun(projection, command: .project, sourceFile: file, sourceText: text,
                                       toolVersion: toolVersion, recordedAt: RecordClock.now())
        } catch { throw .store(error) }
    }

    public func runs() throws(Failure) -> [RunSummary] {
        let store = try open()
        do { return try store.runs() } catch { throw .store(error) }
    }

    public func variance(of projection: Projection) throws(Failure) -> Variance? {
        let store = try open()
        do { return try store.variance(of: projection) } catch { throw .store(error) }
    }

    public func close() { store = nil }
}

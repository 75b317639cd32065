import Foundation
import GRDB

/// The SQLite record of runs, actual spending and attendance (one file, `lcbudget.sqlite` by default).
///
/// Opening checks the file is an lcbudget database no newer than this lcbudget knows, then
/// upgrades an older one by the migrations in `Schema`. Foreign keys are on and the journal is
/// WAL (a `DatabasePool`). Every multi-row write runs in one transaction, and every value from a
/// scenario or CSV reaches SQL only as a bound parameter.
///
/// ```swift
/// let store = try RecordStore(path: "lcbudget.sqlite")            // creates and migrates
/// let store = try RecordStore(path: "lcbudget.sqlite", create: false)  // read-only commands
/// ```
public final class RecordStore {
    public let path: String
    /// A `DatabasePool` (WAL) for commands that write; a read-only `DatabaseQueue` for `readOnly`.
    let pool: any DatabaseWriter
    public let isReadOnly: Bool

    /// Opens the database; with `create`, a missing path or an empty file becomes a new database.
    ///
    /// - Only a missing path or an empty file may become a database; any other file that does not
    ///   start with SQLite's header is refused untouched (`notADatabase`).
    /// - A foreign SQLite file or a newer schema is refused after a read-only look, before
    ///   anything (journal mode included) is changed.
    /// - `readOnly` (for `runs`, `variance`, `stipends`): opened with SQLITE_OPEN_READONLY and
    ///   never migrated, so every byte of the file stays as it was.
    /// - Otherwise the schema is brought up to date in one exclusive transaction, so several
    ///   processes opening one new file at once all succeed.
    public init(path: String, create: Bool = true, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        self.isReadOnly = readOnly
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists && info.st_mode & S_IFMT == S_IFDIR {
            throw .sqlite(path: path, message: "is a directory; --db names a database file")
        }
        let empty = !exists || info.st_size == 0
        if exists && !empty && !RecordStore.hasSQLiteHeader(path) { throw .notADatabase(path: path) }
        if empty && (readOnly || !create) { throw .missing(path: path) }
        let folder = (path as NSString).deletingLastPathComponent
        if !exists && !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            throw .sqlite(path: path, message: "cannot be created: the folder \(folder) does not exist")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        // Several processes opening one new file at once can meet SQLITE_BUSY where SQLite does
        // not call the busy handler (the switch to WAL, a read-only look while another opener
        // holds the file's first write). Those moments last milliseconds, so the whole open is
        // retried with a short random pause for up to 10 seconds before the error is reported.
        let deadline = Date().addingTimeInterval(10)
        while true {
            do {
                pool = try RecordStore.open(path: path, readOnly: readOnly, configuration: configuration)
                return
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError {
                let busy = error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
                if busy && Date() < deadline {
                    usleep(UInt32.random(in: 2_000...20_000))
                    continue
                }
                throw RecordStore.translate(error, path: path)
            } catch {
                throw .sqlite(path: path, message: "\(error)")
            }
        }
    }

    /// One attempt at opening (see `init`); SQLite's busy errors reach the caller, which retries.
    private static func open(path: String, readOnly: Bool, configuration: Configuration) throws -> any DatabaseWriter {
        // Whether the file has content now, not when `init` first looked: another opener may
        // have created it in between.
        var info = stat()
        if stat(path, &info) == 0 && info.st_size > 0 {
            // A read-only look first: a foreign or newer file is refused before it is touched.
            var look = configuration
            look.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: look)
            try queue.read { db in try RecordStore.check(db, path: path) }
            if readOnly { return queue }
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.exclusive) {
                try RecordStore.check(db, path: path)
                try Schema.migrate(db)
                return .commit
            }
        }
        return pool
    }

    /// Whether the file starts with "SQLite format 3\0" (the first 16 bytes of every database).
    static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head == Data("SQLite format 3\0".utf8)
    }

    /// Refuses foreign and newer databases (inside the caller's transaction or read).
    static func check(_ db: Database, path: String) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%'") ?? 0
        if tables > 0 && application != Schema.applicationID { throw StoreError.notLCBudget(path: path) }
        let unknown = try Schema.hasUnknownMigrations(db)
        if version > Schema.currentVersion || unknown {
            throw StoreError.newerSchema(path: path, found: max(version, Schema.currentVersion + 1), known: Schema.currentVersion)
        }
    }

    /// The schema version the file holds (`PRAGMA user_version`).
    public func schemaVersion() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    // MARK: Error translation

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw translate(error) }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(body) } catch { throw translate(error) }
    }

    func translate(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError { return RecordStore.translate(error, path: path) }
        return .aborted(message: "\(error)")
    }

    static func translate(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        default: return .sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}

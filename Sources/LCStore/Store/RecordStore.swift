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
    let pool: DatabasePool

    /// Opens (and with `create`, creates) the database and brings its schema up to date.
    public init(path: String, create: Bool = true) throws(StoreError) {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if !exists && !create { throw .missing(path: path) }
        if isDirectory.boolValue { throw .sqlite(path: path, message: "is a directory; --db names a database file") }
        let folder = (path as NSString).deletingLastPathComponent
        if !exists && !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            throw .sqlite(path: path, message: "cannot be created: the folder \(folder) does not exist")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try RecordStore.checkAndMigrate(pool, path: path)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw RecordStore.translate(error, path: path)
        } catch {
            throw .sqlite(path: path, message: "\(error)")
        }
    }

    /// Refuses foreign and newer databases before changing anything, then migrates.
    static func checkAndMigrate(_ pool: DatabasePool, path: String) throws {
        let migrator = Schema.migrator()
        let (version, application, tables, superseded) = try pool.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
             try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%'") ?? 0,
             try migrator.hasBeenSuperseded(db))
        }
        if tables > 0 && application != Schema.applicationID { throw StoreError.notLCBudget(path: path) }
        if version > Schema.currentVersion || superseded {
            throw StoreError.newerSchema(path: path, found: max(version, Schema.currentVersion + 1), known: Schema.currentVersion)
        }
        try migrator.migrate(pool)
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
        return .sqlite(path: path, message: "\(error)")
    }

    static func translate(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        default: return .sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}

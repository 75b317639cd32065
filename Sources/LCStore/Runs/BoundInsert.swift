import GRDB
import GRDBSQLite

/// An INSERT prepared by GRDB, executed through SQLite's own bind/step/reset calls.
///
/// `batch` inserts ~75,000 rows; GRDB's `execute(arguments:)` boxes every value into a
/// `StatementArguments` array first, which cost more than SQLite's own insert work (callgrind).
/// Values are still bound as parameters, never spliced into SQL. Text is bound with
/// `SQLITE_TRANSIENT` (SQLite copies it), so no Swift string has to outlive the call.
struct BoundInsert {
    let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
    }

    /// One value of a row, in parameter order.
    enum Value {
        case int(Int64)
        case text(String)
        case null
    }

    /// Binds `values` to the parameters 1...n, runs the insert and resets the statement.
    func insert(_ db: Database, _ values: Value...) throws {
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            let code: Int32
            switch value {
            case .int(let number): code = sqlite3_bind_int64(handle, position, number)
            case .text(let text):
                var text = text
                code = text.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { chars in
                        // A nil pointer would bind NULL: an empty text gets a real (empty) C string.
                        guard let base = chars.baseAddress, !chars.isEmpty else {
                            return "".withCString { sqlite3_bind_text(handle, position, $0, 0, SQLITE_TRANSIENT) }
                        }
                        return sqlite3_bind_text(handle, position, base, Int32(chars.count), SQLITE_TRANSIENT)
                    }
                }
            case .null: code = sqlite3_bind_null(handle, position)
            }
            guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql) }
        }
        let step = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard step == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: step), message: db.lastErrorMessage, sql: statement.sql)
        }
    }
}

/// SQLite's "copy this text now" destructor (a C macro Swift cannot import).
private let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

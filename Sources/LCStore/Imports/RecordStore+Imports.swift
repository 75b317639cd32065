import Foundation
import GRDB
import LCModel

extension RecordStore {
    /// Stores a whole actuals file in one transaction, or nothing.
    ///
    /// - Parameters:
    ///   - content: the file's bytes as read; their SHA-256 detects a second import of the same file.
    ///   - again: import even when the same content was imported for this scenario before.
    ///   - midWrite: called once, inside the transaction, after half the rows are written
    ///     (the crash test uses it to kill the process mid-write).
    @discardableResult
    public func importActuals(_ rows: [(line: Int, expense: ActualExpense)], scenario: String, fileName: String,
                              content: String, again: Bool, importedAt: String,
                              midWrite: (() throws -> Void)? = nil) throws(StoreError) -> ImportSummary {
        try importBatch(kind: .actuals, count: rows.count, scenario: scenario, fileName: fileName, content: content,
                        again: again, importedAt: importedAt, midWrite: midWrite) { db, importID in
            let insert = try db.makeStatement(sql: """
                INSERT INTO actual_expense (import_id, line, date, category, item, amount_cents, payer, memo)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            return { index in
                let (line, e) = rows[index]
                try insert.execute(arguments: [importID, line, e.date.iso, e.category.rawValue, e.item,
                                               e.amount.cents, e.payer, e.memo])
            }
        }
    }

    /// Stores a whole attendance file in one transaction, or nothing (see `importActuals`).
    @discardableResult
    public func importAttendance(_ rows: [(line: Int, record: AttendanceRecord)], scenario: String, fileName: String,
                                 content: String, again: Bool, importedAt: String,
                                 midWrite: (() throws -> Void)? = nil) throws(StoreError) -> ImportSummary {
        try importBatch(kind: .attendance, count: rows.count, scenario: scenario, fileName: fileName, content: content,
                        again: again, importedAt: importedAt, midWrite: midWrite) { db, importID in
            let insert = try db.makeStatement(sql: """
                INSERT INTO attendance (import_id, line, educator, role, date, activity, hours)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            return { index in
                let (line, r) = rows[index]
                try insert.execute(arguments: [importID, line, r.educator, r.role.rawValue, r.date.iso,
                                               r.activity.rawValue, r.hours.plainText])
            }
        }
    }

    /// The shared import transaction: refuse a duplicate, add the batch, then every row.
    private func importBatch(kind: ImportKind, count: Int, scenario: String, fileName: String, content: String,
                             again: Bool, importedAt: String, midWrite: (() throws -> Void)?,
                             rows makeInsert: (Database, Int64) throws -> (Int) throws -> Void) throws(StoreError) -> ImportSummary {
        let hash = SHA256.hex(content)
        return try write { db in
            let scenarioID = try scenarioID(db, name: scenario)
            let previous = try Row.fetchOne(db, sql: """
                SELECT id, file_name, imported_at FROM import_batch
                WHERE scenario_id = ? AND kind = ? AND content_sha256 = ? ORDER BY id LIMIT 1
                """, arguments: [scenarioID, kind.rawValue, hash])
            if let previous, !again {
                throw StoreError.duplicateImport(kind: kind.noun, scenario: scenario, previousID: previous[0],
                                                 previousFile: previous[1], previousAt: previous[2])
            }
            let repeatOf: Int64? = previous?[0]
            try db.execute(sql: """
                INSERT INTO import_batch (scenario_id, kind, file_name, content_sha256, imported_at, row_count, repeat_of)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [scenarioID, kind.rawValue, fileName, hash, importedAt, count, repeatOf])
            let importID = db.lastInsertedRowID
            let insert = try makeInsert(db, importID)
            for index in 0..<count {
                if index == count / 2 { try midWrite?() }
                try insert(index)
            }
            if count == 0 { try midWrite?() }
            return ImportSummary(id: importID, scenario: scenario, kind: kind, fileName: fileName, contentSHA256: hash,
                                 importedAt: importedAt, rowCount: count, repeatOf: repeatOf)
        }
    }

    /// Every import of a scenario (both kinds), oldest first.
    public func imports(scenario: String) throws(StoreError) -> [ImportSummary] {
        try read { db in
            let scenarioID = try scenarioID(db, name: scenario)
            return try Row.fetchAll(db, sql: """
                SELECT id, kind, file_name, content_sha256, imported_at, row_count, repeat_of FROM import_batch
                WHERE scenario_id = ? ORDER BY id
                """, arguments: [scenarioID]).map { row in
                ImportSummary(id: row[0], scenario: scenario, kind: ImportKind(rawValue: row[1]) ?? .actuals,
                              fileName: row[2], contentSHA256: row[3], importedAt: row[4], rowCount: row[5], repeatOf: row[6])
            }
        }
    }

    /// Every actual expense imported for a scenario, in import and line order.
    public func actuals(scenario: String) throws(StoreError) -> [ActualExpense] {
        try read { db in
            let scenarioID = try scenarioID(db, name: scenario)
            return try Row.fetchAll(db, sql: """
                SELECT e.date, e.category, e.item, e.amount_cents, e.payer, e.memo
                FROM actual_expense e JOIN import_batch b ON b.id = e.import_id
                WHERE b.scenario_id = ? ORDER BY b.id, e.line
                """, arguments: [scenarioID]).compactMap { row -> ActualExpense? in
                guard let date = CivilDate(iso: row[0]), let category = CostCategory(rawValue: row[1]) else { return nil }
                return ActualExpense(date: date, category: category, item: row[2], amount: Money(cents: row[3]),
                                     payer: row[4], memo: row[5])
            }
        }
    }

    /// Every attendance row imported for a scenario, in import and line order.
    public func attendance(scenario: String) throws(StoreError) -> [AttendanceRecord] {
        try read { db in
            let scenarioID = try scenarioID(db, name: scenario)
            return try Row.fetchAll(db, sql: """
                SELECT a.educator, a.role, a.date, a.activity, a.hours
                FROM attendance a JOIN import_batch b ON b.id = a.import_id
                WHERE b.scenario_id = ? ORDER BY b.id, a.line
                """, arguments: [scenarioID]).compactMap { row -> AttendanceRecord? in
                guard let role = EducatorRole(rawValue: row[1]), let date = CivilDate(iso: row[2]),
                      let activity = Activity(rawValue: row[3]), let hours = Decimal(exactly: row[4] as String) else { return nil }
                return AttendanceRecord(educator: row[0], role: role, date: date, activity: activity, hours: hours)
            }
        }
    }
}

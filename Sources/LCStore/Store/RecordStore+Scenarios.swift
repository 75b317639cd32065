import GRDB

extension RecordStore {
    /// Names of every scenario with a recorded run, in name order.
    public func scenarioNames() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM scenario ORDER BY name") }
    }

    /// The id of a recorded scenario, or `unknownScenario` listing the recorded names.
    func scenarioID(_ db: Database, name: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM scenario WHERE name = ?", arguments: [name]) { return id }
        throw StoreError.unknownScenario(name: name,
                                         known: try String.fetchAll(db, sql: "SELECT name FROM scenario ORDER BY name"))
    }

    /// The id of a scenario, adding it when it is new (inside the caller's transaction).
    static func scenarioID(_ db: Database, creating name: String) throws -> Int64 {
        try db.execute(sql: "INSERT OR IGNORE INTO scenario (name) VALUES (?)", arguments: [name])
        return try Int64.fetchOne(db, sql: "SELECT id FROM scenario WHERE name = ?", arguments: [name])!
    }
}

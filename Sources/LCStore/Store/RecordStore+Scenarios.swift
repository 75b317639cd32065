import Foundation
import GRDB
import LCModel

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

extension RecordStore {
    /// The recorded scenario a user means: the exact name, else the one whose slug matches,
    /// else the one whose name (or slug) starts with what was given. When two or more match,
    /// the name is ambiguous and every match is listed, never "no recorded run".
    ///
    /// ```swift
    /// try store.scenarioName(matching: "riverside")   // "Riverside K-8 Maker Educator Learning Community"
    /// ```
    public func scenarioName(matching name: String) throws(StoreError) -> String {
        let names = try scenarioNames()
        if names.contains(name) { return name }
        let slug = Slug.make(name)
        var matches = names.filter { Slug.make($0) == slug }
        if matches.isEmpty, !name.trimmingCharacters(in: .whitespaces).isEmpty {
            matches = names.filter {
                $0.lowercased().hasPrefix(name.lowercased()) || Slug.make($0).hasPrefix(slug)
            }
        }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguousScenario(name: name, matches: matches) }
        throw .unknownScenario(name: name, known: names)
    }
}

import Foundation

/// Why the record could not be opened, read or written, in words a program lead can act on.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A read-only command pointed at a database that does not exist.
    case missing(path: String)
    case notADatabase(path: String)
    /// An SQLite file with tables that lcbudget did not create.
    case notLCBudget(path: String)
    case newerSchema(path: String, found: Int, known: Int)
    case unknownScenario(name: String, known: [String])
    /// A name (or the start of one) that matches two or more recorded scenarios.
    case ambiguousScenario(name: String, matches: [String])
    case duplicateImport(kind: String, scenario: String, previousID: Int64, previousFile: String, previousAt: String)
    case unknownRun(id: Int64)
    case sqlite(path: String, message: String)
    /// The caller's own step inside a transaction failed (writing report files); nothing was recorded.
    case aborted(message: String)

    /// The database file the problem is with, when there is one.
    public var path: String? {
        switch self {
        case .missing(let path), .notADatabase(let path), .notLCBudget(let path), .newerSchema(let path, _, _),
             .sqlite(let path, _):
            path
        case .unknownScenario, .ambiguousScenario, .duplicateImport, .unknownRun, .aborted:
            nil
        }
    }

    /// What went wrong, in plain words: no "error:" label and no command to type (each front
    /// end, the command line or the web page, says how to fix it in its own terms).
    public var message: String {
        switch self {
        case .missing:
            "no database here yet"
        case .notADatabase:
            "is not an SQLite database"
        case .notLCBudget:
            "is an SQLite database that lcbudget did not create; refusing to add tables to it"
        case .newerSchema(_, let found, let known):
            "was written by a newer lcbudget (schema version \(found); this lcbudget knows up to \(known))"
        case .unknownScenario(let name, let known):
            "no recorded run of scenario '\(name)' (recorded scenarios: \(known.isEmpty ? "none recorded yet" : known.map { "'\($0)'" }.joined(separator: ", ")))"
        case .ambiguousScenario(let name, let matches):
            "scenario name '\(name)' is ambiguous: it matches \(matches.map { "'\($0)'" }.joined(separator: ", "))"
        case .duplicateImport(let kind, let scenario, let id, let file, let at):
            "this \(kind) file was already imported for '\(scenario)' (import \(id), \(file), \(at)); nothing was written"
        case .unknownRun(let id):
            "no run with id \(id)"
        case .sqlite(_, let message):
            "database error: \(message)"
        case .aborted(let message):
            "\(message); nothing was recorded"
        }
    }

    /// The place and the message: `records.sqlite: is not an SQLite database`.
    public var description: String { path.map { "\($0): \(message)" } ?? message }
}

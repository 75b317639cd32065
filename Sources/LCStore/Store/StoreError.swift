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
    case duplicateImport(kind: String, scenario: String, previousID: Int64, previousFile: String, previousAt: String)
    case unknownRun(id: Int64)
    case sqlite(path: String, message: String)
    /// The caller's own step inside a transaction failed (writing report files); nothing was recorded.
    case aborted(message: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): error: no database here yet; record a run first with `lcbudget project FILE --save --db \(path)`"
        case .notADatabase(let path):
            return "\(path): error: is not an SQLite database; point --db at an lcbudget database or a new file name"
        case .notLCBudget(let path):
            return "\(path): error: is an SQLite database that lcbudget did not create; refusing to add tables to it (use another --db)"
        case .newerSchema(let path, let found, let known):
            return "\(path): error: was written by a newer lcbudget (schema version \(found); this lcbudget knows up to \(known)); "
                + "use a newer lcbudget, or point --db at another file. Nothing was changed."
        case .unknownScenario(let name, let known):
            let list = known.isEmpty ? "none recorded yet" : known.map { "'\($0)'" }.joined(separator: ", ")
            return "error: no recorded run of scenario '\(name)' (recorded scenarios: \(list)); "
                + "record it first with `lcbudget project FILE --save`, and give its name exactly as in the file's `name:`"
        case .duplicateImport(let kind, let scenario, let id, let file, let at):
            return "error: this \(kind) file was already imported for '\(scenario)' (import \(id), \(file), \(at)); "
                + "nothing was written. Add --again to import it a second time."
        case .unknownRun(let id):
            return "error: no run with id \(id); `lcbudget runs` lists them"
        case .sqlite(let path, let message):
            return "\(path): error: database error: \(message)"
        case .aborted(let message):
            return "error: \(message); nothing was recorded"
        }
    }
}

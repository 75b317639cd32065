import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCReports
import LCStore

/// The budget of a recorded scenario: its latest run, re-projected from the stored source text.
///
/// Re-projecting (rather than reading the stored lines) gives `variance` and `stipends` the full
/// `Projection` and `Scenario` (rates, start, periods) through the same loader and projector as
/// every other view. The stored lines are then compared with the re-projection: when a newer
/// lcbudget costs the same text differently, a warning names the run, and the figures follow the
/// current rules (record a new run to make them the record's).
struct RecordedBudget {
    var run: StoredRun
    var projection: Projection

    /// Opens the record (read-only unless `forWriting`) and loads the latest run of `name`
    /// (exact, or its slug).
    static func load(_ name: String, options: StoreOptions, forWriting: Bool = false) throws -> (RecordStore, RecordedBudget) {
        let store = try Console.open(options.db, create: false, readOnly: !forWriting)
        let scenario = try Console.resolve(name, in: store)
        let run = try Console.attempt { () throws(StoreError) in try store.latestRun(scenario: scenario) }
        let loaded: LoadedScenario
        do {
            loaded = try ScenarioLoader.parse(run.sourceText, file: "\(options.db) run \(run.id) (\(run.sourceFile))")
        } catch {
            Console.report(error)
            Console.error("lcbudget: error: the recorded source of run \(run.id) no longer loads; record the scenario again with `lcbudget project FILE --save`")
            throw ExitCode(1)
        }
        let projection = loaded.project()
        if StoredLine.lines(of: projection) != run.lines {
            Console.error("lcbudget: warning: run \(run.id) was costed by lcbudget \(run.toolVersion) and its recorded lines differ from this version's; figures follow this version's rules")
        }
        return (store, RecordedBudget(run: run, projection: projection))
    }
}

extension Console {
    /// Opens the record, printing the store's message and exiting 1 when it cannot be used.
    static func open(_ path: String, create: Bool, readOnly: Bool = false) throws -> RecordStore {
        try attempt { () throws(StoreError) in try RecordStore(path: path, create: create, readOnly: readOnly) }
    }

    /// Runs a store call, turning a `StoreError` into its message and exit status 1.
    static func attempt<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do { return try body() } catch {
            Console.error(error.commandLineText)
            throw ExitCode(1)
        }
    }

    /// The recorded scenario a user means: the exact name, else the one whose slug matches,
    /// else the one whose name (or slug) starts with what was given. When two or more match,
    /// the name is ambiguous and every match is listed, never "no recorded run".
    static func resolve(_ name: String, in store: RecordStore) throws -> String {
        let names = try attempt { () throws(StoreError) in try store.scenarioNames() }
        if names.contains(name) { return name }
        let slug = Slug.make(name)
        var matches = names.filter { Slug.make($0) == slug }
        if matches.isEmpty, !name.trimmingCharacters(in: .whitespaces).isEmpty {
            matches = names.filter {
                $0.lowercased().hasPrefix(name.lowercased()) || Slug.make($0).hasPrefix(slug)
            }
        }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let list = matches.map { "'\(Console.inert($0))'" }.joined(separator: ", ")
            Console.error("lcbudget: error: scenario name '\(Console.inert(name))' is ambiguous: it matches \(list); give the full name")
            throw ExitCode(1)
        }
        Console.error(StoreError.unknownScenario(name: name, known: names).commandLineText)
        throw ExitCode(1)
    }

    /// `--as-of` or, by default, the date of the latest actual (the books are as current as the
    /// last receipt); with no actuals, today (`SOURCE_DATE_EPOCH` when set).
    static func asOfDate(_ text: String?, actuals: [ActualExpense]) throws -> CivilDate {
        if let text {
            guard let date = CivilDate(iso: text) else {
                Console.error("lcbudget: error: --as-of '\(text)' is not a date; write YYYY-MM-DD, e.g. 2028-01-31")
                throw ExitCode(1)
            }
            return date
        }
        if let latest = actuals.map(\.date).max() { return latest }
        let env = ProcessInfo.processInfo.environment
        let seconds = env["SOURCE_DATE_EPOCH"].flatMap(Int64.init) ?? Int64(Date().timeIntervalSince1970)
        return CivilDate(unixTime: seconds)
    }
}

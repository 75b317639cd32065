import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCStore

extension RecordedBudget {
    /// Opens the record (read-only unless `forWriting`) and re-analyses the latest run of `name`
    /// (`RecordStore.recordedBudget`), warning when this version costs the recorded text
    /// differently from the run's recorded lines.
    static func load(_ name: String, options: StoreOptions, forWriting: Bool = false) throws -> (RecordStore, RecordedBudget) {
        let store = try RecordStore(path: options.db, create: false, readOnly: !forWriting)
        let budget: RecordedBudget
        do { budget = try store.recordedBudget(name) } catch let error as ScenarioError {
            throw CommandFailure(error, then: "the recorded source no longer loads; record the scenario again with `lcbudget project FILE --save`")
        }
        if budget.linesDiffer {
            Console.error("lcbudget: warning: run \(budget.run.id) was costed by lcbudget \(budget.run.toolVersion) and its recorded lines differ from this version's; figures follow this version's rules")
        }
        return (store, budget)
    }
}

extension Console {
    /// `--as-of` or, by default, the date of the latest actual (the books are as current as the
    /// last receipt); with no actuals, today (`SOURCE_DATE_EPOCH` when set).
    static func asOfDate(_ text: String?, actuals: [ActualExpense]) throws -> CivilDate {
        if let text {
            guard let date = CivilDate(iso: text) else {
                throw CommandFailure("--as-of '\(text)' is not a date; write YYYY-MM-DD, e.g. 2028-01-31")
            }
            return date
        }
        if let latest = actuals.map(\.date).max() { return latest }
        let env = ProcessInfo.processInfo.environment
        let seconds = env["SOURCE_DATE_EPOCH"].flatMap(Int64.init) ?? Int64(Date().timeIntervalSince1970)
        return CivilDate(unixTime: seconds)
    }
}

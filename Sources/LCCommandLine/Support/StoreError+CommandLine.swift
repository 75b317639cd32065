import LCStore

extension StoreError {
    /// The store's problem as the command line prints it: `PATH: error: MESSAGE; FIX` (or
    /// `lcbudget: error: …` when no file is at fault), the fix naming the option or command to use.
    ///
    /// ```text
    /// records.sqlite: error: is not an SQLite database; point --db at an lcbudget database or a new file name
    /// ```
    var commandLineText: String {
        let fix: String
        switch self {
        case .missing(let path): fix = "; record a run first with `lcbudget project FILE --save --db \(path)`"
        case .notADatabase: fix = "; point --db at an lcbudget database or a new file name"
        case .notLCBudget: fix = " (use another --db)"
        case .newerSchema: fix = "; use a newer lcbudget, or point --db at another file. Nothing was changed."
        case .unknownScenario:
            fix = "; record it first with `lcbudget project FILE --save`, and give its name exactly as in the file's `name:`"
        case .ambiguousScenario: fix = "; give the full name"
        case .duplicateImport: fix = ". Add --again to import it a second time."
        case .unknownRun: fix = "; `lcbudget runs` lists them"
        case .sqlite, .aborted: fix = ""
        }
        return "\(path ?? "lcbudget"): error: \(message)\(fix)"
    }
}

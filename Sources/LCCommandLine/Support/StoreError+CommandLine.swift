import LCLoader
import LCStore

extension StoreError {
    /// The store's problem as the command line prints it: `PATH: error: MESSAGE; FIX` (or
    /// `lcbudget: error: …` when no file is at fault), the fix naming the option or command to use.
    ///
    /// ```text
    /// records.sqlite: error: is not an SQLite database; point --db at an lcbudget database or a new file name
    /// ```
    var commandLineText: String { diagnostic.description }

    /// The problem and its fix as a diagnostic (what `CommandFailure` prints).
    var diagnostic: Diagnostic { Diagnostic(.error, message + fix, file: path ?? "lcbudget") }

    /// What to do about it, in the command line's terms.
    private var fix: String {
        switch self {
        case .missing(let path): "; record a run first with `lcbudget project FILE --save --db \(path)`"
        case .notADatabase: "; point --db at an lcbudget database or a new file name"
        case .notLCBudget: " (use another --db)"
        case .newerSchema: "; use a newer lcbudget, or point --db at another file. Nothing was changed."
        case .unknownScenario:
            "; record it first with `lcbudget project FILE --save`, and give its name exactly as in the file's `name:`"
        case .ambiguousScenario: "; give the full name"
        case .duplicateImport: ". Add --again to import it a second time."
        case .unknownRun: "; `lcbudget runs` lists them"
        case .sqlite, .aborted: ""
        }
    }
}

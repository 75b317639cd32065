import Foundation

/// Pauses the crash tests inject to kill a run at a chosen moment. The shipped `lcbudget` never
/// sets them and reads no environment variable for them: only the test harness binary
/// (`lcbudget-test-hooks`, built from Tests/TestHooksBinary and never shipped) sets them before
/// it runs the same command line.
///
/// ```swift
/// TestHooks.afterFirstReportFile = { sleep(30) }   // in the harness, before `CommandLineTool.main()`
/// ```
public enum TestHooks {
    /// Called by `report` after its first file is written to its temporary name.
    nonisolated(unsafe) public static var afterFirstReportFile: (() -> Void)?
    /// Called by `actuals import` / `attendance import` inside the transaction, after half the rows.
    nonisolated(unsafe) public static var midImport: (() -> Void)?
}

/// The `lcbudget` command line, for the executables that run it.
public enum CommandLineTool {
    /// Parses `CommandLine.arguments`, runs the command, prints any error once and exits.
    public static func main() async { await LCBudget.main() }
}

import Foundation
import LCCommandLine

// `lcbudget-test-hooks`: the `lcbudget` command line with the crash tests' pauses, for the tests
// only (never shipped). `LCBUDGET_TEST_PAUSE_MID_OUTPUT=SECONDS` pauses `report` after its first
// file is written to its temporary name; `LCBUDGET_TEST_PAUSE_MID_IMPORT=SECONDS` pauses an
// import inside its transaction after half the rows. Each says so on standard error first, so
// the test knows when to kill it.

func pause(_ variable: String, _ what: String) -> (() -> Void)? {
    guard let text = ProcessInfo.processInfo.environment[variable], let seconds = UInt32(text) else { return nil }
    return {
        FileHandle.standardError.write(Data("lcbudget: test hook: paused \(what) for \(seconds) s\n".utf8))
        sleep(seconds)
    }
}

TestHooks.afterFirstReportFile = pause("LCBUDGET_TEST_PAUSE_MID_OUTPUT", "mid-output")
TestHooks.midImport = pause("LCBUDGET_TEST_PAUSE_MID_IMPORT", "mid-import")
await CommandLineTool.main()

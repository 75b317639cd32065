import Foundation

/// A pause inside `report`'s output, for the interruption test only: with
/// `LCBUDGET_TEST_PAUSE_MID_OUTPUT=SECONDS` the run stops after the first report is written to
/// its temporary name (and says so on standard error) so the test can kill it there.
enum OutputPause {
    static let variable = "LCBUDGET_TEST_PAUSE_MID_OUTPUT"

    static func hook() -> (() -> Void)? {
        guard let text = ProcessInfo.processInfo.environment[variable], let seconds = UInt32(text) else { return nil }
        return {
            Console.error("lcbudget: test hook: paused mid-output for \(seconds) s")
            sleep(seconds)
        }
    }
}

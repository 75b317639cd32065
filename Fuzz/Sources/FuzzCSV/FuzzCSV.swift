import Foundation
import FuzzSupport
import LCLoader
import LCModel

/// Feeds arbitrary bytes to the actual-spending and attendance CSV importers (parsing and every
/// row check, as `actuals import` / `attendance import` run them before touching the database).
///
/// The first byte picks the importer (bit 0) and whether rows are checked against the worked
/// example's project calendar (bit 1); the rest is the file's text. Any crash, hang or sanitizer
/// report is a bug: a bad file must only ever be refused with `file:line:column` diagnostics.
@main
enum FuzzCSV {
    /// The Riverside worked example's periods (2027-02 on-ramp to 2029-07), loaded once.
    nonisolated(unsafe) static var calendar: ProjectCalendar?

    /// Loads what every input shares (kept for the process's life; see Fuzz/lsan-suppressions.txt).
    @inline(never)
    static func fuzzSetUp() {
        guard let loaded = try? ScenarioLoader.load(path: workedExamplePath()) else { fatalError("fuzz: cannot load the worked example") }
        calendar = ProjectCalendar(loaded.scenario)
    }

    static func main() {
        fuzzSetUp()
        runFuzzer { data, size in
            let bytes = fuzzBytes(data, size)
            guard let mode = bytes.first,
                  let text = String(data: bytes.dropFirst(), encoding: .utf8) else { return 0 }
            let within = mode & 2 == 0 ? FuzzCSV.calendar : nil
            do throws(ScenarioError) {
                if mode & 1 == 0 {
                    let rows = try ActualsCSV.parse(text, file: "fuzz.csv", calendar: within)
                    precondition(rows.allSatisfy { $0.line >= 2 && !$0.value.item.isEmpty })
                } else {
                    let rows = try AttendanceCSV.parse(text, file: "fuzz.csv", calendar: within)
                    precondition(rows.allSatisfy { $0.line >= 2 && $0.value.hours >= 0 && $0.value.hours <= 24 })
                }
            } catch {
                // A refusal must always say what is wrong.
                precondition(!error.diagnostics.isEmpty && error.diagnostics.allSatisfy { !$0.message.isEmpty })
            }
            return 0
        }
    }
}

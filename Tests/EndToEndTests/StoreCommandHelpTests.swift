import Foundation
import TestSupport
import Testing

/// Standard output then standard error of one run (the help and usage texts these tests read).
func runLCBudget(_ arguments: [String]) throws -> (status: Int32, out: String) {
    let run = try LCBudgetBinary.run(arguments)
    return (run.status, run.stdout + run.stderr)
}

@Suite struct StoreCommandHelpTests {
    @Test(arguments: [["actuals", "import"], ["attendance", "import"], ["variance"], ["stipends"], ["runs", "list"],
                      ["runs", "show"], ["project"], ["report"]])
    func everyRecordCommandHasExamples(_ command: [String]) throws {
        let (status, out) = try runLCBudget(command + ["--help"])
        #expect(status == 0)
        #expect(out.contains("Examples:"))
        #expect(out.contains("--db"))
        #expect(out.contains("lcbudget \(command[0])"))
    }
}

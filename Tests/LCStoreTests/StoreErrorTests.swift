import Foundation
import Testing
@testable import LCStore

/// The store's errors are data: a place, a plain message, no "error:" label and no command-line
/// advice (the command line adds its own fix; the web page shows the message as it is).
@Suite struct StoreErrorTests {
    static let every: [StoreError] = [
        .missing(path: "r.sqlite"), .notADatabase(path: "r.sqlite"), .notLCBudget(path: "r.sqlite"),
        .newerSchema(path: "r.sqlite", found: 9, known: 3), .unknownScenario(name: "Pilot", known: ["Riverside"]),
        .duplicateImport(kind: "actuals", scenario: "Pilot", previousID: 2, previousFile: "a.csv", previousAt: "2026-01-01"),
        .unknownRun(id: 7), .sqlite(path: "r.sqlite", message: "disk I/O error"), .aborted(message: "the folder is read-only"),
    ]

    @Test(arguments: every)
    func messagesNameNoCommandAndNoLabel(error: StoreError) {
        #expect(!error.message.hasPrefix("error"))
        #expect(!error.description.contains(": error:") && !error.description.hasPrefix("error:"))
        for option in ["--db", "--save", "--again", "lcbudget project", "lcbudget runs"] {
            #expect(!error.description.contains(option), "\(error.description)")
        }
        #expect(error.description == (error.path.map { "\($0): " } ?? "") + error.message)
    }
}

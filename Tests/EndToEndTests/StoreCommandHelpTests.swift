import Foundation
import Testing

/// The built `lcbudget` next to this package.
func lcbudgetBinary() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/lcbudget")
}

func runLCBudget(_ arguments: [String]) throws -> (status: Int32, out: String) {
    let process = Process()
    process.executableURL = lcbudgetBinary()
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
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

import Foundation
import TestSupport
import Testing

/// Every command, given one mistake, prints that mistake exactly once, on standard error, and
/// exits 1 with nothing on standard output: no catcher repeats what a thrower printed, and no
/// `ExitCode(rawValue: 1)` or Swift error dump reaches a person.
@Suite struct ErrorsOnceTests {
    /// One failing invocation: its arguments (`$S` = the worked example, `$D` = the test's folder).
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        /// Text the one error line must contain.
        var says: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["check", "$D/bad.yaml"], says: "years is larger than the maximum 5"),
        Case(arguments: ["check", "$D/missing.yaml"], says: "no such file"),
        Case(arguments: ["project", "$D/bad.yaml", "--format", "json"], says: "years is larger than the maximum 5"),
        Case(arguments: ["report", "$D/bad.yaml", "--out", "$D/out"], says: "years is larger than the maximum 5"),
        Case(arguments: ["report", "$S", "--out", "$D/out", "--db", "$D/notdb.sqlite"], says: "not an SQLite database"),
        Case(arguments: ["report", "$S", "--out", "$D/afile/sub", "--db", "$D/r.sqlite"], says: "afile is a file"),
        Case(arguments: ["calendar", "$D/bad.yaml"], says: "years is larger than the maximum 5"),
        Case(arguments: ["simulate", "$S"], says: "no uncertainty"),
        Case(arguments: ["compare", "$D/bad.yaml", "$S"], says: "years is larger than the maximum 5"),
        Case(arguments: ["fit", "$D/bad.yaml", "--budget", "10", "--vary", "participants"], says: "years is larger than the maximum 5"),
        Case(arguments: ["runs", "list", "--db", "$D/notdb.sqlite"], says: "not an SQLite database"),
        Case(arguments: ["variance", "X", "--db", "$D/notdb.sqlite"], says: "not an SQLite database"),
        Case(arguments: ["stipends", "X", "--db", "$D/missing.sqlite"], says: "no database here yet"),
        Case(arguments: ["serve", "--dir", "$D/missing-dir", "--port", "0"], says: "no such folder"),
        Case(arguments: ["serve", "--port", "99999"], says: "--port must be"),
        Case(arguments: ["project", "$S", "--format", "yaml"], says: "'yaml' is invalid"),
        Case(arguments: ["fields", "--format", "xml"], says: "'xml' is invalid"),
        Case(arguments: ["project", "$S", "--funder", "Community foundation grnt"], says: "did you mean 'Community foundation grant'"),
        Case(arguments: ["report", "$S", "--out", "$D/out", "--db", "$D/r.sqlite", "--funder", "Nobody"], says: "names no funding source"),
        Case(arguments: ["calendar", "$S"], says: "has no calendar: section"),
        Case(arguments: ["check", "$D/badkey.yaml"], says: "did you mean 'food.meals'"),
        Case(arguments: ["init", "$D/afile"], says: "already exists"),
        Case(arguments: ["variance", "X", "--db", "$D/missing.sqlite"], says: "no database here yet"),
        Case(arguments: ["actuals", "import", "X", "$D/missing.csv", "--db", "$D/missing.sqlite"], says: "no such file"),
        Case(arguments: ["import-workbook", "$D/afile", "--out", "$D/new.yaml"], says: "afile"),
    ]

    @Test(arguments: cases)
    func oneMistakeIsPrintedOnce(_ invocation: Case) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The worked example with one mistake: seven project years.
        let worked = try String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)
        try worked.replacingOccurrences(of: "\nyears: 2\n", with: "\nyears: 7\n")
            .write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        try "not a database".write(to: folder.appendingPathComponent("notdb.sqlite"), atomically: true, encoding: .utf8)
        try "a file".write(to: folder.appendingPathComponent("afile"), atomically: true, encoding: .utf8)
        // A line key the booked lines do not have.
        try worked.replacingOccurrences(of: "    kind: grant\n", with: "    kind: grant\n    covers: [food.meal]\n")
            .write(to: folder.appendingPathComponent("badkey.yaml"), atomically: true, encoding: .utf8)
        let arguments = invocation.arguments.map {
            $0.replacingOccurrences(of: "$S", with: scenarioPath("riverside-worked-example.yaml"))
                .replacingOccurrences(of: "$D", with: folder.path)
        }
        let run = try lcbudget(arguments)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let errorLines = run.stderr.split(separator: "\n").filter { $0.lowercased().contains("error") }
        #expect(errorLines.count == 1, "\(run.stderr)")
        #expect(errorLines.first?.contains(invocation.says) == true, "\(run.stderr)")
        #expect(!run.stderr.contains("ExitCode"), "\(run.stderr)")
        #expect(!run.stderr.contains("Error Domain"), "\(run.stderr)")
    }

    /// A batch whose only file is bad prints the file's mistake once and then what the batch did
    /// about it, once: two different lines, neither repeated.
    @Test func aBatchOfBadFilesSaysEachThingOnce() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        try "name: x\nyears: 7\n".write(to: bad, atomically: true, encoding: .utf8)
        let run = try lcbudget("batch", bad.path, "--out", folder.appendingPathComponent("out").path,
                               "--db", folder.appendingPathComponent("r.sqlite").path)
        let lines = run.stderr.split(separator: "\n").map(String.init).filter { $0.contains("error") }
        #expect(run.status == 1)
        #expect(lines.filter { $0.contains("no scenario could be projected") }.count == 1, "\(run.stderr)")
        #expect(Set(lines).count == lines.count, "\(run.stderr)")
    }

    /// A file with several mistakes prints each once, in file order.
    @Test func severalMistakesArePrintedOnceEach() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        try "name: x\nyears: 7\n".write(to: bad, atomically: true, encoding: .utf8)
        let run = try lcbudget("check", bad.path)
        let lines = run.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
        #expect(run.status == 1)
        #expect(lines.count > 1)
        #expect(Set(lines).count == lines.count, "\(run.stderr)")
    }
}

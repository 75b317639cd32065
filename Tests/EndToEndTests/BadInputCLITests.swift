import Foundation
import Testing

/// Bad input through the binary: exit status 1, the one diagnostic on standard error, nothing on
/// standard output, and no report file written.
@Suite struct BadInputCLITests {
    static let worked = try! String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)

    /// (name, file contents or nil for "do not create", expected stderr with FILE for the path)
    static let cases: [(String, String?, String)] = [
        ("years", worked.replacingOccurrences(of: "\nyears: 2\n", with: "\nyears: 7\n"),
         "FILE:11:8: error: years is larger than the maximum 5 (years), found 7"),
        ("leaders", worked.replacingOccurrences(of: "  leaders: 3\n", with: "  leaders: 25\n"),
         "FILE:15:12: error: cohort.leaders (25) must not be greater than cohort.participants (24); participants include leaders"),
        ("negative", worked.replacingOccurrences(of: "  daily_rate: 200\n", with: "  daily_rate: -200\n"),
         "FILE:35:15: error: substitutes.daily_rate is smaller than the minimum 0 ($ per day), found -200"),
        ("format", worked.replacingOccurrences(of: "format: 1\n", with: "format: 2\n"),
         "FILE:6:9: error: format must be 1 (the only scenario format this version reads), found '2'"),
        ("stipend", worked.replacingOccurrences(of: "\nstipends:\n", with: "\nstipend:\n"),
         "FILE:21:1: error: unknown key 'stipend'; did you mean 'stipends'?"),
        ("byyear", worked.replacingOccurrences(of: "by_year: [60000, 60000]", with: "by_year: [60000]"),
         "FILE:73:14: error: funding[1].by_year must have exactly 2 amounts (one per project year), found 1"),
        ("start", worked.replacingOccurrences(of: "start: 2027-08", with: "start: 2027-13"),
         "FILE:10:8: error: start must be a month as YYYY-MM (a year from 1900, a month from 01 to 12), found '2027-13'"),
        ("syntax", "format: 1\nname: [unclosed\ngoal: x\n",
         "FILE:3:5: error: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 2, column 7)"),
        ("notyaml", "Dear budget office, please find attached\n",
         "FILE:1:1: error: the scenario must be a YAML mapping of keys to values (format: 1, name: ..., goal: ...), found 'Dear budget office, please find attached'"),
        ("empty", "", "FILE: error: is empty; a scenario needs at least format, name, goal, start, years, cohort and meetings"),
        ("junk", String(decoding: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00], as: UTF8.self),
         "FILE: error: is not a text file (binary data at byte 7)"),
        ("missing", nil, "FILE: error: no such file"),
        // The trust review's overflow probes: refused, naming the field, the value and the maximum.
        ("overflow16", worked.replacingOccurrences(of: "  hourly_rate: 50.00\n", with: "  hourly_rate: 10000000000000000\n"),
         "FILE:22:16: error: stipends.hourly_rate is larger than the maximum 10,000 ($ per hour), found 10000000000000000"),
        ("overflow14", worked.replacingOccurrences(of: "  hourly_rate: 50.00\n", with: "  hourly_rate: 100000000000000\n"),
         "FILE:22:16: error: stipends.hourly_rate is larger than the maximum 10,000 ($ per hour), found 100000000000000"),
        ("overflow20", worked.replacingOccurrences(of: "  hourly_rate: 50.00\n", with: "  hourly_rate: 100000000000000000000\n"),
         "FILE:22:16: error: stipends.hourly_rate is larger than the maximum 10,000 ($ per hour), found 100000000000000000000"),
        ("salary31", worked.replacingOccurrences(of: "  salary: 72000\n", with: "  salary: 1234567890123456789012345678901\n"),
         "FILE:30:11: error: buyouts.salary is larger than the maximum 10,000,000 ($ per year), found 1234567890123456789012345678901"),
    ]

    @Test(arguments: cases.map(\.0))
    func badInputFailsCleanly(name: String) throws {
        let (_, contents, expected) = Self.cases.first { $0.0 == name }!
        let folder = temporaryFolder()
        let file = folder.appendingPathComponent("\(name).yaml")
        if let contents { try Data(contents.utf8).write(to: file) }
        let message = expected.replacingOccurrences(of: "FILE", with: file.path) + "\n"

        for arguments in [["check", file.path], ["project", file.path], ["project", file.path, "--format", "json"],
                          ["project", file.path, "--format", "csv"]] {
            let run = try lcbudget(arguments)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == message, "\(arguments)")
            #expect(run.stdout == "", "\(arguments)")
        }
        let out = folder.appendingPathComponent("reports")
        let run = try lcbudget(["report", file.path, "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr == message)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == (contents == nil ? [] : ["\(name).yaml"]))
    }

    @Test func aDirectory() throws {
        let folder = temporaryFolder()
        let run = try lcbudget(["project", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr == "\(folder.path): error: is a directory, not a scenario file\n")
        #expect(run.stdout == "")
    }

    @Test func checkGoesOnToTheNextFileAndFailsOverall() throws {
        let folder = temporaryFolder()
        let missing = folder.appendingPathComponent("missing.yaml").path
        let good = scenarioPath("guide-ten-month.yaml")
        let run = try lcbudget(["check", missing, good])
        #expect(run.status == 1)
        #expect(run.stderr == "\(missing): error: no such file\n")
        #expect(run.stdout == "\(good): ok (0 advisories)\n")
    }
}

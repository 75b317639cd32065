import Foundation
import TestSupport
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
        // The mistakes a new user makes, in plain words with the fix (PlainMistakeTests has each in detail).
        ("tab", worked.replacingOccurrences(of: "  participants: 24\n", with: "\tparticipants: 24\n"),
         "FILE:14:1: error: not valid YAML: line 14 is indented with a tab, which YAML does not allow; indent with spaces instead (two per level, like the lines around it)"),
        ("threespaces", worked.replacingOccurrences(of: "  leaders: 3\n", with: "   leaders: 3\n"),
         "FILE:15:4: error: not valid YAML: 'leaders' is indented 3 spaces but the keys of cohort (line 13) around it are indented 2 spaces; it seems to belong to cohort: indent it by 2 spaces, like them"),
        ("unindented", worked.replacingOccurrences(of: "  leaders: 3\n", with: "leaders: 3\n"),
         "FILE:15:1: error: not valid YAML: 'leaders' is indented 0 spaces, which takes it out of cohort (line 13), so line 16 after it no longer fits; indent it by 2 spaces, like line 16"),
        ("duplicate", worked.replacingOccurrences(of: "\nyears: 2\n", with: "\nyears: 2\nyears: 3\n"),
         "FILE:12:1: error: not valid YAML: 'years' is given twice in one mapping (first on line 11); keep one of the two and delete the other"),
        ("percent", worked.replacingOccurrences(of: "  benefits_rate: 0.30\n", with: "  benefits_rate: 30%\n"),
         "FILE:31:18: error: buyouts.benefits_rate must be a number from 0 to 1, found '30%'; write a percentage as a share: 0.3"),
        ("dollars", worked.replacingOccurrences(of: "  hourly_rate: 50.00\n", with: "  hourly_rate: \"$45/hr\"\n"),
         "FILE:22:16: error: stipends.hourly_rate must be a number from 0 to 10,000, found the text \"$45/hr\"; write just the number, without the $ sign, the unit and the quotes: 45"),
        ("commas", worked.replacingOccurrences(of: "  salary: 72000\n", with: "  salary: 72,000\n"),
         "FILE:30:11: error: buyouts.salary must be a number from 0 to 10,000,000, found '72,000'; write it without commas: 72000 (or 72_000)"),
        ("splitlist", worked.replacingOccurrences(of: "by_year: [60000, 60000]", with: "by_year: [$60,000, $60,000]"),
         "FILE:73:14: error: funding[1].by_year: the commas inside the amounts split the list, so [$60,000, $60,000] is read as 4 values; write each amount without commas or $: [60000, 60000]"),
        ("kind", worked.replacingOccurrences(of: "    kind: grant\n", with: "    kind: Grant\n"),
         "FILE:72:11: error: funding[1].kind must be one of district, grant, partner, in_kind, other, found 'Grant'; did you mean 'grant'?"),
        ("curlyname", worked.replacingOccurrences(of: "name: \"Riverside K-8 Maker Educator Learning Community\"", with: "name: “Riverside K-8 Maker Educator Learning Community”"),
         "FILE:7:7: error: name is wrapped in typographic quotes “…”, which YAML does not read as quotes (they would become part of the value); replace them with straight quotes \" or remove them"),
        ("curlyrate", worked.replacingOccurrences(of: "  hourly_rate: 50.00\n", with: "  hourly_rate: “45”\n"),
         "FILE:22:16: error: stipends.hourly_rate is wrapped in typographic quotes “…”, which YAML does not read as quotes (they would become part of the value); a number takes no quotes: write 45"),
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

    /// Typographic quotes never reach the brief or the record: the run is refused before either exists.
    @Test func aCurlyQuotedNameWritesNoBriefAndRecordsNothing() throws {
        let folder = temporaryFolder()
        let file = folder.appendingPathComponent("curly.yaml")
        try Data(Self.worked.replacingOccurrences(of: "name: \"Riverside K-8 Maker Educator Learning Community\"",
                                                  with: "name: “Riverside K-8 Maker Educator Learning Community”").utf8).write(to: file)
        let run = try lcbudget(["report", file.path, "--out", "reports", "--db", "record.sqlite"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(file.path):7:7: error: name is wrapped in typographic quotes “…”"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["curly.yaml"])
    }

    @Test func aWindows1252FileNamesItsFirstBadByte() throws {
        let folder = temporaryFolder()
        let file = folder.appendingPathComponent("cp1252.yaml")
        // The worked example's name as Windows-1252 writes curly quotes: 0x93 … 0x94.
        let parts = Self.worked.components(separatedBy: "\"Riverside K-8 Maker Educator Learning Community\"")
        #expect(parts.count == 2)
        let bytes = [UInt8](parts[0].utf8) + [0x93] + [UInt8]("Riverside K-8 Maker Educator Learning Community".utf8) + [0x94] + [UInt8](parts[1].utf8)
        try Data(bytes).write(to: file)
        let run = try lcbudget(["check", file.path])
        #expect(run.status == 1)
        #expect(run.stderr == "\(file.path):7:7: error: is not UTF-8 text: byte 0x93 (“ in Windows-1252) here is not valid UTF-8, so the file was probably saved as Windows-1252 or Latin-1; save the file as UTF-8 (in most editors: Save As, then the encoding UTF-8)\n")
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

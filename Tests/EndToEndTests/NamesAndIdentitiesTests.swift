import Foundation
import TestSupport
import Testing

/// Names and identities: communities named in any script get their own files and calendar
/// UIDs; a shortened name that matches two recorded scenarios is called ambiguous; control
/// characters from the record never reach the terminal.
@Suite struct NamesAndIdentitiesTests {
    static let calendarSample = try! String(contentsOfFile: scenarioPath("calendar-sample.yaml"), encoding: .utf8)
    static let sampleName = "name: \"Riverside K-8 Maker Educator Learning Community (calendar sample)\""

    static func uids(_ ics: String) -> [String] {
        ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }

    @Test func twoCommunitiesNamedInChineseKeepTheirOwnFilesAndUIDs() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let names = ["河畔教师学习社区", "东区教师学习社区"]
        for (index, name) in names.enumerated() {
            try Data(Self.calendarSample.replacingOccurrences(of: Self.sampleName, with: "name: \"\(name)\"").utf8)
                .write(to: sandbox.appendingPathComponent("c\(index).yaml"))
            let run = try lcbudget("report", "c\(index).yaml", "--out", "out", "--force", "--db", "r.sqlite", in: sandbox)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let out = sandbox.appendingPathComponent("out")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files.count == 10, "\(files)")
        for name in names {
            #expect(files.contains("\(name).xlsx") && files.contains("\(name)-brief.md") && files.contains("\(name).ics"))
            #expect(try String(contentsOf: out.appendingPathComponent("\(name)-brief.md"), encoding: .utf8).hasPrefix("# \(name)"))
        }
        let first = Self.uids(try String(contentsOf: out.appendingPathComponent("\(names[0]).ics"), encoding: .utf8))
        let second = Self.uids(try String(contentsOf: out.appendingPathComponent("\(names[1]).ics"), encoding: .utf8))
        #expect(first.count == 40 && second.count == 40)
        #expect(Set(first).count == 40 && Set(second).count == 40, "unique per event and date")
        #expect(Set(first).isDisjoint(with: second), "unique per community")
    }

    @Test func aShortenedNameMatchingTwoScenariosIsAmbiguous() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        for file in ["calendar-sample.yaml", "riverside-uncertain.yaml"] {
            let run = try lcbudget("project", scenarioPath(file), "--save", "--db", "r.sqlite", in: sandbox)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let run = try lcbudget("stipends", "Riverside K-8", "--db", "r.sqlite", in: sandbox)
        #expect(run.status == 1)
        #expect(run.stderr == "lcbudget: error: scenario name 'Riverside K-8' is ambiguous: it matches "
                + "'Riverside K-8 Maker Educator Learning Community (calendar sample)', "
                + "'Riverside K-8 Maker Educator Learning Community (uncertain)'; give the full name\n")
        let one = try lcbudget("stipends", "Riverside K-8 Maker Educator Learning Community (unc", "--db", "r.sqlite", in: sandbox)
        #expect(one.status == 0, "\(one.stderr)")
    }

    /// A scratch folder whose record `r.sqlite` holds the worked example's run, with `csv` as `a.csv`.
    static func recorded(csv: String) throws -> URL {
        let sandbox = temporaryFolder()
        let saved = try lcbudget("project", scenarioPath("riverside-worked-example.yaml"), "--save", "--db", "r.sqlite", in: sandbox)
        #expect(saved.status == 0, "\(saved.stderr)")
        try Data(csv.utf8).write(to: sandbox.appendingPathComponent("a.csv"))
        return sandbox
    }

    /// A name with escape sequences already in a record (written before imports refused them)
    /// is shown escaped: the terminal never receives ESC or BEL.
    @Test func controlCharactersFromTheRecordNeverReachTheTerminal() throws {
        let sandbox = try Self.recorded(csv: "educator,role,date,activity,hours\nAna,participant,2027-09-14,meeting,2\n")
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let name = "Riverside K-8 Maker Educator Learning Community"
        let imported = try lcbudget("attendance", "import", name, "a.csv", "--db", "r.sqlite", in: sandbox)
        #expect(imported.status == 0, "\(imported.stderr)")
        let sql = Process()
        sql.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sql.arguments = [sandbox.appendingPathComponent("r.sqlite").path,
                         "UPDATE attendance SET educator = 'Ana' || char(27) || '[2J' || char(27) || ']0;pwned' || char(7)"]
        try sql.run()
        sql.waitUntilExit()
        let shown = try lcbudget("stipends", name, "--db", "r.sqlite", in: sandbox)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(!shown.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(shown.stdout.contains("Ana\\u{1B}[2J\\u{1B}]0;pwned\\u{7}"), "\(shown.stdout)")
    }

    /// ESC in an attendance CSV is refused with its place; nothing is imported.
    @Test func anEscapeInAnAttendanceCSVIsRefused() throws {
        let sandbox = try Self.recorded(csv: "educator,role,date,activity,hours\nAna\u{1B}[2J,participant,2027-09-14,meeting,2\n")
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let run = try lcbudget("attendance", "import", "Riverside K-8 Maker Educator Learning Community", "a.csv",
                               "--db", "r.sqlite", in: sandbox)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("a.csv:2:4: error: contains a control character (U+001B)"), "\(run.stderr)")
        #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B })
    }
}

import Foundation
import TestSupport
import Testing

/// Answers that must agree with themselves, through the built binary: `fit` exits as its help
/// says, and the calendar invites educators to exactly the coaching the budget pays for.
@Suite struct ContradictionTests {
    static let worked = scenarioPath("riverside-worked-example.yaml")

    /// The statuses `lcbudget fit --help` promises.
    @Test func fitHelpPromisesTheStatusesItUses() throws {
        let help = try lcbudget("fit", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("1 on bad input"))
    }

    /// Every kind of bad input to `fit` exits with 1 (was 64 for the command-line ones), says why
    /// on standard error and prints nothing on standard output.
    @Test(arguments: [
        ["--budget", "12.345", "--vary", "participants"],          // more than two decimals
        ["--budget", "lots", "--vary", "participants"],            // not an amount
        ["--budget", "-5", "--vary", "participants"],              // negative
        ["--budget", "500000", "--vary", "snacks"],                // unknown field
        ["--budget", "500000"],                                    // --vary missing
        ["--budget", "500000", "--vary", "participants", "--format", "xml"],
        ["--budget", "500000", "--vary", "participants", "--no-such-flag"],
    ])
    func fitBadInputExitsOne(arguments: [String]) throws {
        let run = try lcbudget(["fit", Self.worked] + arguments)
        #expect(run.status == 1, "\(arguments): status \(run.status)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("rror"), "\(run.stderr)")
    }

    /// A bad scenario file is bad input too (1); nothing fitting is 2; a fit is 0.
    @Test func fitStatuses() throws {
        #expect(try lcbudget("fit", Self.worked, "--budget", "500000", "--vary", "participants").status == 0)
        #expect(try lcbudget("fit", Self.worked, "--budget", "1000", "--vary", "stipends.hourly_rate").status == 2)
        #expect(try lcbudget("fit", "no-such-file.yaml", "--budget", "1000", "--vary", "participants").status == 1)
    }

    /// Other commands' command-line mistakes are bad input too: 1, never 64.
    @Test func usageErrorsExitOneEverywhere() throws {
        #expect(try lcbudget("project", Self.worked, "--format", "xml").status == 1)
        #expect(try lcbudget("check").status == 1)
        #expect(try lcbudget("compare", Self.worked).status == 1)
        #expect(try lcbudget("--version").status == 0)
        #expect(try lcbudget("project", "--help").status == 0)
    }

    /// The case: a calendar placing 10 meetings while `meetings.per_year` is 9. The
    /// iCalendar file's coaching touch-points are the coaching sessions the budget pays for,
    /// and `check` says where the file's counts differ, with both numbers.
    @Test func icsCoachingIsTheCoachingThatIsCosted() throws {
        var text = try String(contentsOfFile: scenarioPath("calendar-sample.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  per_year: 10 ", with: "  per_year: 9 ")
        text = text.replacingOccurrences(of: "  sessions_per_year: 10\n", with: "")
        let folder = temporaryFolder()
        try Data(text.utf8).write(to: folder.appendingPathComponent("nine.yaml"))

        let ics = try lcbudget("calendar", "nine.yaml", "--ics", "nine.ics", in: folder)
        #expect(ics.status == 0, "\(ics.stderr)")
        let calendar = try String(contentsOf: folder.appendingPathComponent("nine.ics"), encoding: .utf8)
        let touchPoints = calendar.components(separatedBy: "coaching touch-point\r\n").count - 1
        #expect(touchPoints == 20)

        // The budget pays for the same 10 touch-points a year as the sample, whose counts agree
        // with its calendar: its coaching lines are the sample's, to the cent.
        func coaching(_ file: String, in folder: URL?) throws -> [Double] {
            let run = try lcbudget("project", file, "--format", "json", in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let periods = try #require(object["periods"] as? [[String: Any]])
            return periods.flatMap { period in
                (period["lines"] as? [[String: Any]] ?? []).filter { $0["key"] as? String == "coaching.sessions" }
                    .compactMap { ($0["amount"] as? NSNumber)?.doubleValue }
            }
        }
        let nine = try coaching("nine.yaml", in: folder)
        // Year 1: 10 touch-points × 24 educators × 45/60 h × $80 = $14,400.00.
        #expect(nine.first == 14_400)
        #expect(nine == (try coaching(scenarioPath("calendar-sample.yaml"), in: nil)))

        let check = try lcbudget("check", "nine.yaml", in: folder)
        #expect(check.status == 0)
        #expect(check.stderr.contains("[CALENDAR_MEETING_COUNT]"))
        #expect(check.stderr.contains("[CALENDAR_COACHING_COUNT] The calendar dates 10 coaching touch-points in year 1 and 10 in year 2, but coaching.sessions_per_year is 9; costs use the calendar's count."))
    }
    /// "Per student reached" divides by students × years: every human-facing label says
    /// student-years; the JSON key stays `perStudentReached`.
    @Test func perStudentFigureIsLabelledPerStudentYear() throws {
        let table = try lcbudget("project", Self.worked)
        #expect(table.stdout.contains("Cost per student-year reached  $190.21"))
        #expect(!table.stdout.contains("per student reached"))
        let json = try lcbudget("project", Self.worked, "--format", "json")
        #expect(json.stdout.contains("\"perStudentReached\": 190.21"))
        let folder = temporaryFolder()
        let report = try lcbudget("report", Self.worked, "--out", "out", "--db", "r.sqlite", in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let out = folder.appendingPathComponent("out")
        for file in try FileManager.default.contentsOfDirectory(atPath: out.path) where file.hasSuffix(".md") || file.hasSuffix(".html") {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.lowercased().contains("per student reached"), "\(file)")
            if file.hasSuffix("-brief.md") { #expect(text.contains("| Per student-year reached (2,880 student-years) | $190.21 |")) }
            if file.hasSuffix("-brief.html") { #expect(text.contains("per student-year reached (2,880 student-years)")) }
        }
    }
    /// `compare --format json` gives each scenario's difference as signed parts that add up to it.
    @Test func compareJSONPartsAddUpToTheDifference() throws {
        let run = try lcbudget("compare", scenarioPath("nonprofit-student-outcomes.yaml"), scenarioPath("district-two-year.yaml"),
                               "--format", "json")
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        let parts = try #require(scenarios[1]["differenceParts"] as? [[String: Any]])
        func cents(_ value: Any?) -> Int { Int(((value as? NSNumber)?.doubleValue ?? .nan) * 100 + ((value as? NSNumber)?.doubleValue ?? 0 < 0 ? -0.5 : 0.5)) }
        let difference = cents(scenarios[1]["total"]) - cents(scenarios[0]["total"])
        #expect(parts.map { cents($0["amount"]) }.reduce(0, +) == difference)
        let years = try #require(parts.first { $0["kind"] as? String == "years" })
        #expect(years["reason"] as? String == "running 2 years instead of 4")
        #expect(cents(years["amount"]) < 0)
        #expect((scenarios[0]["differenceParts"] as? [Any])?.isEmpty == true)
    }
}




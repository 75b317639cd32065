import Foundation
import TestSupport
import Testing

/// `lcbudget init FILE --answers answers.yaml` writes a commented scenario that follows every
/// recommendation of the guide: `lcbudget check` passes it with no advisory, every key has a
/// comment above it, bad answers are reported at their line and column, and an existing file
/// is never overwritten without --force (docs/scenario-format.md, "Start a new community").
@Suite struct InitCommandTests {
    static let answers = """
        name: "Riverside Makers: K-8"
        organization: Riverside Unified
        goal: student-outcomes
        start: 2027-08
        participants: 24
        leaders: 2
        leader_salary: 68000
        meetings_per_year: 10
        meeting_minutes: 120
        after_hours: yes

        """

    /// `lcbudget init new.yaml --answers answers.yaml` in a scratch folder (the caller removes it),
    /// with `text` as the answers: the run and the two files' paths.
    func initFromAnswers(_ text: String) throws -> (run: Run, answers: String, out: String, folder: URL) {
        let folder = temporaryFolder()
        let answers = try write(text, "answers.yaml", in: folder)
        let out = folder.appendingPathComponent("new.yaml").path
        return (try lcbudget("init", out, "--answers", answers), answers, out, folder)
    }

    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs `init` then `check` on the written file; returns the file's text.
    func initAndCheck(_ answers: String) throws -> String {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answersPath = try write(answers, "answers.yaml", in: folder)
        let out = folder.appendingPathComponent("new.yaml").path
        let run = try lcbudget("init", out, "--answers", answersPath)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("wrote \(out) (0 advisories)"))
        let check = try lcbudget("check", out)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "\(out): ok (0 advisories)\n")
        #expect(check.stderr == "", "advisories: \(check.stderr)")
        return try String(contentsOfFile: out, encoding: .utf8)
    }

    @Test func answersFileGivesAScenarioWithNoAdvisory() throws {
        let text = try initAndCheck(Self.answers)
        #expect(text.contains("name: \"Riverside Makers: K-8\""))
        #expect(text.contains("  leader_share: 0.5"))       // leaders are bought out, as the guide asks
        #expect(text.contains("  leader_hourly_rate: 60.00"))
        #expect(text.contains("childcare:"))                  // after hours: childcare is budgeted
    }

    /// Every pattern of leaders and meeting hours still raises no advisory: no leaders means no
    /// buyout section, meetings in the work day mean no childcare.
    @Test(arguments: [(0, "no"), (0, "yes"), (3, "no")])
    func everyLeaderAndHoursPatternHasNoAdvisory(leaders: Int, afterHours: String) throws {
        let answers = """
            name: Makers
            goal: teacher-identity
            start: 2028-06
            participants: 12
            leaders: \(leaders)
            meetings_per_year: 8
            meeting_minutes: 90
            after_hours: \(afterHours)

            """
        let text = try initAndCheck(answers)
        #expect(text.contains("childcare:") == (afterHours == "yes"))
        #expect(text.contains("buyouts:") == (leaders > 0))
        #expect(!text.contains("organization:"))  // left out when not given
    }

    /// A comment line (the registry's label, what the guide recommends, why this value) stands
    /// directly above every key.
    @Test func everyKeyHasACommentAbove() throws {
        let lines = try initAndCheck(Self.answers).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var keys = 0
        for (index, line) in lines.enumerated() {
            let body = line.trimmingCharacters(in: .whitespaces)
            guard !body.isEmpty, !body.hasPrefix("#"), !body.hasSuffix(":") else { continue }
            keys += 1
            #expect(index > 0 && lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#"), "no comment above: \(line)")
        }
        #expect(keys >= 30)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("# Stipend hourly rate ($ per hour):"))
        #expect(text.contains("Guide: Value educator time at no less than $50 an hour."))
    }

    /// The answers file docs/scenario-format.md shows gives a scenario with no advisory.
    @Test func documentedAnswersFileWorks() throws {
        let page = try String(contentsOf: packageRoot.appendingPathComponent("docs/scenario-format.md"), encoding: .utf8)
        let intro = try #require(page.range(of: "reads the answers from a YAML file instead of asking:\n\n```yaml\n"))
        let end = try #require(page.range(of: "```", range: intro.upperBound..<page.endIndex))
        let text = try initAndCheck(String(page[intro.upperBound..<end.lowerBound]))
        #expect(text.contains("  salary: 68000\n"))
    }

    /// Text that is not YAML, or not a mapping, is reported at its place.
    @Test func answersThatAreNotAMappingAreRefused() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("new.yaml").path
        let list = try write("- name: Makers\n", "list.yaml", in: folder)
        let listRun = try lcbudget("init", out, "--answers", list)
        #expect(listRun.status == 1)
        #expect(listRun.stderr.contains("\(list):1:1: error: an answers file must be a mapping of keys to answers"))
        let broken = try write("name: Makers\ngoal: [student-outcomes\n", "broken.yaml", in: folder)
        let brokenRun = try lcbudget("init", out, "--answers", broken)
        #expect(brokenRun.status == 1)
        #expect(brokenRun.stderr.contains("\(broken):3:1: error: not valid YAML"), "\(brokenRun.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func badAnswersAreReportedAtTheirPlaceAndNothingIsWritten() throws {
        let (run, answers, out, folder) = try initFromAnswers("name: Makers\ngoal: fun\nstart: 2027-01\nparticipants: 0\ncolour: blue\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("\(answers):2:7: error: goal: goal must be one of teacher-identity, student-identity, student-outcomes"))
        #expect(run.stderr.contains("\(answers):3:8: error: start: start must be a month written YYYY-MM from June to September"))
        #expect(run.stderr.contains("\(answers):4:15: error: participants: participants must be a whole number from 1 to 10,000"))
        #expect(run.stderr.contains("\(answers):5:1: error: unknown key 'colour'"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func missingRequiredAnswerIsNamed() throws {
        let (run, answers, out, folder) = try initFromAnswers("name: Makers\ngoal: student-identity\nstart: 2027-08\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(answers):1:1: error: missing participants; add it: participants must be a whole number"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func existingFileIsRefusedWithoutForce() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = try write(Self.answers, "answers.yaml", in: folder)
        let out = try write("keep me\n", "new.yaml", in: folder)
        let refused = try lcbudget("init", out, "--answers", answers)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(out) already exists; use --force to overwrite it"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me\n")
        let forced = try lcbudget("init", out, "--answers", answers, "--force")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("name: \"Riverside Makers: K-8\""))
    }

    /// A symlink at FILE is refused like a file, and what it points to is left alone.
    @Test func symlinkIsNeverWrittenThrough() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = try write(Self.answers, "answers.yaml", in: folder)
        let victim = try write("keep me\n", "victim.txt", in: folder)
        let link = folder.appendingPathComponent("new.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        let run = try lcbudget("init", link, "--answers", answers)
        #expect(run.status == 1)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me\n")
    }
}

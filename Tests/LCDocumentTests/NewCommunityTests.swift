import Foundation
import LCDocument
import LCLoader
import LCModel
import Testing

/// The one template behind the web workspace's "New community" and `lcbudget init`: filled in,
/// it loads and raises no advisory, whatever the answers the questions allow.
@Suite struct NewCommunityTests {
    /// The web template leaves exactly the open fields empty and keeps the guide's figures.
    @Test func webTemplateLeavesOnlyTheOpenFieldsEmpty() throws {
        let yaml = NewCommunity.yaml
        for key in ["name", "organization", "goal", "start"] { #expect(yaml.contains("\n\(key): \"\"\n")) }
        #expect(yaml.contains("\n  participants: \"\"\n"))
        #expect(yaml.contains("\n  leaders: 0\n"))
        #expect(yaml.contains("\n  after_hours: true\n"))
        #expect(yaml.contains("\nchildcare:\n"))
        #expect(!yaml.contains("#"))
        #expect(!yaml.contains("buyouts:"))
        #expect(yaml.hasPrefix("format: 1\n") && yaml.hasSuffix("  goods: 0.025\n"))
    }

    /// The web template with its open fields filled in raises no advisory.
    @Test func filledWebTemplateHasNoAdvisory() throws {
        let yaml = NewCommunity.yaml.replacingOccurrences(of: "name: \"\"", with: "name: Makers")
            .replacingOccurrences(of: "organization: \"\"", with: "organization: Riverside")
            .replacingOccurrences(of: "goal: \"\"", with: "goal: student-outcomes")
            .replacingOccurrences(of: "start: \"\"", with: "start: 2027-08")
            .replacingOccurrences(of: "participants: \"\"", with: "participants: 20")
        let loaded = try ScenarioLoader.parse(yaml, file: "template.yaml")
        #expect(Projector.project(loaded.scenario).advisories.map(\.code.rawValue) == [])
    }

    /// Every goal, leader count, meeting pattern and after-hours answer gives a scenario that
    /// loads with no advisory (the loader, the projector and the advisor run on the text).
    @Test(arguments: Goal.allCases)
    func everyAllowedAnswerGivesNoAdvisory(goal: Goal) throws {
        for (leaders, afterHours, meetings, minutes, month) in [(0, true, 10, 120, 8), (3, false, 1, 90, 6), (20, true, 12, 105, 9)] {
            var answers = NewCommunity.Answers()
            answers.name = "Makers: K-8 # first"
            answers.goal = goal
            answers.start = YearMonth(year: 2028, month: month)
            answers.participants = 20
            answers.leaders = leaders
            answers.afterHours = afterHours
            answers.meetingsPerYear = meetings
            answers.meetingMinutes = minutes
            let loaded = try ScenarioLoader.parse(NewCommunity.commentedYAML(answers), file: "new.yaml")
            #expect(loaded.scenario.name == "Makers: K-8 # first")
            #expect(loaded.scenario.cohort.leaders == leaders)
            #expect(Projector.project(loaded.scenario).advisories.map(\.code.rawValue) == [], "\(leaders) \(afterHours)")
        }
    }

    /// The proposed agenda arc is the guide's cycle, and the commented calendar loads once
    /// uncommented: the scenario then dates its meetings and publishes their agendas.
    @Test func theProposedAgendaArcLoadsWhenUncommented() throws {
        var answers = NewCommunity.Answers()
        answers.name = "Makers"
        answers.participants = 20
        answers.start = YearMonth(year: 2028, month: 8)
        let text = NewCommunity.commentedYAML(answers)
        let block = text.components(separatedBy: "\n").drop { !$0.hasPrefix("# calendar:") }.prefix { $0.hasPrefix("#") }
        #expect(block.count == 5)
        let uncommented = text + block.map { String($0.dropFirst(2)) }.joined(separator: "\n") + "\n"
        let scenario = try ScenarioLoader.parse(uncommented, file: "new.yaml").scenario
        #expect(scenario.calendar?.agenda?.cycle == AgendaArc.guideCycle)
        #expect(try ScenarioLoader.parse(text, file: "new.yaml").scenario.calendar == nil)
    }

    /// A reply that breaks its rule is refused with the rule and leaves the answers as they were.
    @Test func repliesFollowTheirRules() {
        var answers = NewCommunity.Answers()
        let participants = NewCommunity.question("participants")!, leaders = NewCommunity.question("leaders")!
        #expect(NewCommunity.answer(participants, "lots", into: &answers) == "participants must be a whole number from 1 to 10,000")
        #expect(NewCommunity.answer(participants, "10001", into: &answers) != nil)
        #expect(NewCommunity.answer(participants, "1,200", into: &answers) == nil)
        #expect(answers.participants == 1200)
        #expect(NewCommunity.answer(leaders, "1201", into: &answers) == "leaders must be a whole number from 0 to the cohort's 1200")
        #expect(NewCommunity.answer(leaders, "", into: &answers) == nil)   // the default, 0
        #expect(NewCommunity.answer(NewCommunity.question("start")!, "2027-01", into: &answers) != nil)
        #expect(NewCommunity.answer(NewCommunity.question("meeting_minutes")!, "60", into: &answers) != nil)
        #expect(NewCommunity.answer(NewCommunity.question("name")!, "", into: &answers) != nil)
        #expect(NewCommunity.answer(NewCommunity.question("name")!, "Ana\u{1B}]0;x", into: &answers) != nil)
        #expect(NewCommunity.answer(NewCommunity.question("after_hours")!, "No", into: &answers) == nil)
        #expect(answers.afterHours == false)
    }
}

extension NewCommunityTests {
    /// The web page's template, as it was written out by hand before `init` shared it: moving it
    /// to one list of values changed not a byte of what the page starts from.
    @Test func webTemplateIsUnchangedByTheMove() {
        let handWritten = """
            format: 1
            name: ""
            organization: ""
            goal: ""
            start: ""
            years: 3
            school_year_start_month: 9
            discount_rate: 0.03
            cohort:
              participants: ""
              leaders: 0
              students_per_educator: 25
            meetings:
              per_year: 10
              minutes: 120
              after_hours: true
            stipends:
              hourly_rate: 50.00
              hours_per_month: 4
            fringe:
              extra_duty: 0.10
              substitutes: 0
            food:
              per_person_per_meeting: 12
              guests_per_meeting: 1
            childcare:
              families: 4
              hours_per_meeting: 2.5
              hourly_rate: 20
            kits:
              per_participant: 100
              refresh_share: 0.25
            coaching:
              sessions_per_year: 10
              minutes: 30
              group_size: 3
              coach_hourly_rate: 75
            planning:
              onramp_months: 6
              team_size: 3
              hours_per_month: 3
              hourly_rate: 50
            escalation:
              compensation: 0.03
              goods: 0.025

            """
        #expect(NewCommunity.yaml == handWritten)
    }
}

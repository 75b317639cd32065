import Foundation
import TestSupport
import Testing
import LCLoader
import LCModel

/// The scenario files shipped in scenarios/: each loads, and has the advisories its comment says.
@Suite struct ScenarioFileTests {
    @Test(arguments: [
        ("guide-ten-month.yaml", [String]()),
        ("teacher-identity-pilot.yaml", []),
        ("district-two-year.yaml", []),
        ("nonprofit-student-outcomes.yaml", ["FUNDING_GAP"]),
        ("riverside-worked-example.yaml", ["FUNDING_GAP"]),
        ("calendar-sample.yaml", ["FUNDING_GAP"]),
        ("riverside-uncertain.yaml", ["FUNDING_GAP"]),
        ("rural-consortium.yaml", []),
    ])
    func shippedScenarioLoadsWithItsDocumentedAdvisories(file: String, advisories: [String]) throws {
        let loaded = try ScenarioLoader.load(path: scenarioPath(file))
        let projection = Projector.project(loaded.scenario)
        #expect(projection.advisories.map(\.code.rawValue) == advisories)
        let text = try String(contentsOfFile: scenarioPath(file), encoding: .utf8)
        let documented = advisories.isEmpty ? "# Advisories: none." : "# Advisories: "
        #expect(text.contains(documented))
        for code in advisories { #expect(text.contains(code)) }
    }

    @Test func everyShippedScenarioIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files == ["calendar-sample.yaml", "district-two-year.yaml", "guide-ten-month.yaml",
                          "nonprofit-student-outcomes.yaml", "riverside-uncertain.yaml", "riverside-worked-example.yaml",
                          "rural-consortium.yaml", "teacher-identity-pilot.yaml"])
    }

    @Test func guideTenMonthPaysTwoThousandPerEducator() throws {
        let s = try ScenarioLoader.load(path: scenarioPath("guide-ten-month.yaml")).scenario
        let p = Projector.project(s)
        #expect(s.meetings.perYear == 10 && s.stipends?.hoursPerMonth == 4 && s.stipends?.hourlyRate == 50)
        let stipends = p.periods[1].line("stipends.participants")!.amount
        #expect(stipends == Money(dollars: 2000 * Int64(s.cohort.participants)))
    }

    @Test func nonprofitScenarioUsesMtdcWithParticipantSupport() throws {
        let s = try ScenarioLoader.load(path: scenarioPath("nonprofit-student-outcomes.yaml")).scenario
        #expect(!s.cohort.employees && s.indirect?.base == .mtdc && (3...5).contains(s.years))
        let p = Projector.project(s)
        // Indirect is 15% of the year's direct lines that are not participant support.
        let year1 = p.periods[1]
        let base = year1.lines.filter { $0.category != .indirect && !$0.participantSupport }.map(\.amount).sum()
        #expect(year1.line("indirect.indirect")!.amount == Money(rounding: d("0.15") * base.decimal))
        #expect(base < year1.directTotal)
    }

    @Test func districtScenarioBuysOutLeadersAtHalfTime() throws {
        let s = try ScenarioLoader.load(path: scenarioPath("district-two-year.yaml")).scenario
        #expect(s.years == 2 && s.goal == .studentIdentity && s.buyouts?.leaderShare == d("0.5"))
    }
}

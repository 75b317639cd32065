import Foundation
import LCLoader
import LCModel
@testable import LCReports

/// Scenarios that between them fire every advisory, price every remedy and leave some unpriced.
enum NarrativeFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The spec's worked example, as the repository ships it (`scenarios/riverside-worked-example.yaml`).
    static var riverside: Projection {
        let path = repositoryRoot.appendingPathComponent("scenarios/riverside-worked-example.yaml").path
        return try! Projector.project(ScenarioLoader.load(path: path).scenario)
    }

    /// A fresh folder holding `files` (name → text): a district's `--templates` folder.
    static func templateFolder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    static func project(_ yaml: String, file: String = "fixture.yaml") -> Projection {
        do {
            return Projector.project(try ScenarioLoader.parse(yaml, file: file).scenario)
        } catch {
            fatalError("fixture does not load: \(error)")
        }
    }

    /// Fires all twelve advisories; every priceable one is priced.
    /// (`Tests/Fixtures/every-advisory.yaml`, as the text was when it stood here: no final newline.)
    static let everyAdvisory = String(try! String(contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/every-advisory.yaml"),
                                                  encoding: .utf8).dropLast())

    /// No stipends, buyouts, planning or coaching: the remedies that need prices stay unpriced.
    static let unpriced = """
    format: 1
    name: "Unpriced & sparse"
    organization: "Small Valley Unified"
    goal: teacher-identity
    start: 2027-06
    years: 1
    cohort: { participants: 8, leaders: 1 }
    meetings: { per_year: 10, minutes: 90, after_hours: true }
    substitutes: { days_per_participant: 1, daily_rate: 180, include_leaders: true }
    """

    /// Follows every recommendation: five years, a changing cohort, non-employees under MTDC,
    /// coaching minutes that do not divide evenly, and a funding surplus.
    static let exemplary = """
    format: 1
    name: "Exemplary five-year community"
    organization: "North County Consortium"
    goal: student-outcomes
    start: 2028-07
    years: 5
    discount_rate: 0.04
    cohort:
      participants: 20
      leaders: 2
      students_per_educator: 28.5
      employees: false
      by_year:
        - { participants: 20, leaders: 2 }
        - { participants: 24, leaders: 3 }
        - { participants: 24, leaders: 3 }
        - { participants: 30, leaders: 4 }
        - { participants: 30, leaders: 4 }
    meetings: { per_year: 10, minutes: 105 }
    stipends: { hourly_rate: 55, hours_per_month: 4, leader_hourly_rate: 70, leader_extra_hours_per_month: 3 }
    fringe: { extra_duty: 0.0765, substitutes: 0.0765 }
    buyouts: { salary: 68000, benefits_rate: 0.32, leader_share: 0.5 }
    substitutes: { days_per_participant: 1.5, daily_rate: 190 }
    food: { per_person_per_meeting: 12.5, guests_per_meeting: 1 }
    kits: { per_participant: 150, refresh_share: 0.2 }
    coaching: { sessions_per_year: 9, minutes: 50, group_size: 4, coach_hourly_rate: 85 }
    credentials: { per_participant: 60 }
    planning: { onramp_months: 8, team_size: 4, hours_per_month: 2.5, hourly_rate: 55 }
    other:
      - { name: "Showcase night", annual: 1500 }
    escalation: { compensation: 0.035, goods: 0.025 }
    indirect: { rate: 0.15, base: mtdc }
    funding:
      - { source: "District PD", kind: district, by_year: [150000, 200000, 210000, 300000, 310000] }
      - { source: "Maker Foundation", kind: partner, by_year: [40000, 60000, 60000, 60000, 60000] }
    """

    /// A hostile name and organization.
    static let hostile = """
    format: 1
    name: "<script>alert(1)</script> *bold* [link](http://evil.example)"
    organization: "\\"Quoted\\" & <b>bold</b> | pipes"
    goal: teacher-identity
    start: 2027-08
    years: 1
    cohort: { participants: 5 }
    meetings: { per_year: 10 }
    stipends: { hourly_rate: 50, hours_per_month: 4 }
    food: { per_person_per_meeting: 10 }
    kits: { per_participant: 100 }
    coaching: { sessions_per_year: 10, minutes: 30, group_size: 5, coach_hourly_rate: 60 }
    planning: { onramp_months: 6, team_size: 2, hours_per_month: 2, hourly_rate: 50 }
    other:
      - { name: "<img src=http://evil.example/x.png>", annual: 100 }
    funding:
      - { source: "<a href='http://evil.example'>Evil</a>", kind: other, by_year: [1] }
    """

    static var all: [(String, Projection)] {
        [("riverside", riverside), ("every-advisory", project(everyAdvisory)), ("unpriced", project(unpriced)),
         ("exemplary", project(exemplary))]
    }
}

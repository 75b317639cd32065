import Foundation
import Testing
import LCLoader
import LCModel
@testable import LCReports

/// The simulation's views read the one summary; the report hook gives the same summary as
/// `simulate` with default options.
@Suite struct SimulationViewsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func projection() throws -> Projection {
        Projector.project(try ScenarioLoader.load(path: Self.root.appendingPathComponent("scenarios/riverside-uncertain.yaml").path).scenario)
    }

    @Test func reportSummaryIsTheDefaultSimulation() throws {
        let p = try projection()
        let summary = try #require(Simulation.reportSummary(p, jobs: 2))
        #expect(summary.draws == Simulation.defaultDraws && summary.seed == Simulation.defaultSeed)
        #expect(summary == Simulation.run(p, uncertainty: p.scenario.uncertainty!, jobs: 1))
        #expect(summary.histogram.map(\.count).reduce(0, +) == summary.draws)
        #expect(summary.histogram.first?.lower == summary.total.stats.min)
        var plain = p.scenario
        plain.uncertainty = nil
        #expect(Simulation.reportSummary(Projector.project(plain)) == nil)
        var context = ReportContext(projection: p, source: "")
        context.uncertainty = summary
        #expect(context.uncertainty?.totalRange.p10 == summary.total.stats.p10)
    }

    @Test func jsonCarriesTheSummaryFigures() throws {
        let p = try projection()
        let summary = Simulation.run(p, uncertainty: p.scenario.uncertainty!, draws: 3_000, seed: 4)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(SimulationJSON.render(summary).utf8)) as? [String: Any])
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["p90"] as? Double == Double(summary.total.stats.p90.plain))
        #expect(total["base"] as? Double == Double(p.total.plain))
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.map { $0["probabilityOverFunding"] as? Double } == summary.years.map { $0.probabilityOverFunding })
        let tornado = try #require(object["tornado"] as? [[String: Any]])
        #expect(tornado.map { $0["input"] as? String } == summary.tornado.map(\.input))
    }

    @Test func tableShowsEveryFigureRow() throws {
        let p = try projection()
        let summary = Simulation.run(p, uncertainty: p.scenario.uncertainty!, draws: 1_000, seed: 4)
        let table = SimulationTable.render(summary)
        for figure in summary.years + [summary.total] {
            let row = try #require(table.split(separator: "\n").first { $0.hasPrefix(figure.label + " ") })
            #expect(row.contains(figure.stats.p10.formatted()) && row.contains(figure.stats.p90.formatted()))
            #expect(row.contains(figure.base.formatted()))
        }
        #expect(SimulationTable.percent(0.00001) == "<0.1%" && SimulationTable.percent(0.5) == "50.0%")
    }
}

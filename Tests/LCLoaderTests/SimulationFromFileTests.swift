import Foundation
import TestSupport
import Testing
import LCLoader
@testable import LCModel

/// The simulation run on real scenario files: exactness at base values, determinism, tornado.
@Suite struct SimulationFromFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The worked example (scenarios/riverside-uncertain.yaml) without its uncertainty section.
    static let riverside: String = {
        let text = try! String(contentsOf: root.appendingPathComponent("scenarios/riverside-uncertain.yaml"), encoding: .utf8)
        return String(text[..<text.range(of: "# What the budget team")!.lowerBound])
    }()

    func load(_ text: String) throws -> LoadedScenario { try ScenarioLoader.parse(text, file: "t.yaml") }

    func run(_ text: String, draws: Int = 2_000, seed: UInt64 = 1, jobs: Int = 1) throws -> (Projection, SimulationSummary) {
        let scenario = try load(text).scenario
        let projection = Projector.project(scenario)
        return (projection, Simulation.run(projection, uncertainty: scenario.uncertainty!, draws: draws, seed: seed, jobs: jobs))
    }

    @Test func degenerateDistributionsReproduceTheExactProjection() throws {
        let text = Self.riverside + """
        uncertainty:
          stipends.hourly_rate: { uniform: { low: 50, high: 50 } }
          substitutes.daily_rate: { triangular: { low: 200, mode: 200, high: 200 } }
          escalation.compensation: { normal: { mean: 0.03, sd: 0 } }
          cohort.participants: { discrete: { values: [24] } }

        """
        let (projection, summary) = try run(text, draws: 5_000, jobs: 2)
        // The spec's worked-example figures, to the cent.
        #expect(summary.years.map(\.base) == [Money(cents: 26_858_260), Money(cents: 27_409_699)])
        #expect(summary.total.base == Money(cents: 54_780_959))
        for (figure, period) in zip(summary.years + [summary.total], Array(projection.years) + [nil]) {
            let exact = period?.total ?? projection.total
            let s = figure.stats
            #expect([s.mean, s.p10, s.p50, s.p90, s.min, s.max].allSatisfy { $0 == exact }, "\(figure.label)")
        }
        #expect(summary.reproducesBase)
    }

    /// Every input the catalog offers, uncertain at its base value, on scenario variants that
    /// exercise every basis (mtdc without employees, by_year, coaching groups with minutes / 60,
    /// planning, other costs, a defaulted leader rate): the compiled program, with nothing folded
    /// away, must give every line of the exact projection.
    static func variant(_ name: String, _ t: String) -> String {
        switch name {
        case "employees: false, mtdc":
            return t.replacingOccurrences(of: "  students_per_educator: 60", with: "  students_per_educator: 60\n  employees: false")
        case "by_year and groups":
            return t.replacingOccurrences(of: "  students_per_educator: 60", with: "  students_per_educator: 60\n  by_year: [{ participants: 24, leaders: 3 }, { participants: 31, leaders: 4 }]")
                .replacingOccurrences(of: "  minutes: 45\n  group_size: 1", with: "  minutes: 50\n  group_size: 4")
        default:
            return t.replacingOccurrences(of: "  hourly_rate: 50.00", with: "  hourly_rate: 47.35")
                .replacingOccurrences(of: "  leader_hourly_rate: 65.00\n", with: "")
                .replacingOccurrences(of: "  compensation: 0.03", with: "  compensation: 0.0375")
                .replacingOccurrences(of: "  rate: 0.10", with: "  rate: 0.137")
                .replacingOccurrences(of: "  extra_duty: 0.14", with: "  extra_duty: 0.0765")
        }
    }

    @Test(arguments: ["employees: false, mtdc", "by_year and groups", "odd rates"])
    func everyInputDegenerateReproducesEveryLine(_ variant: String) throws {
        let text = Self.variant(variant, Self.riverside)
        #expect(text != Self.riverside)
        let scenario = try load(text).scenario
        let projection = Projector.project(scenario)
        let inputs = UncertainField.catalog(for: scenario).filter { $0.unavailableReason(in: scenario) == nil }.map { field in
            let value = field.value(in: scenario)
            return UncertainInput(path: field.path, distribution: .uniform(low: value, high: value), isInteger: field.isInteger)
        }
        #expect(inputs.count > 30)
        let uncertainty = Uncertainty(inputs: inputs)
        #expect(Simulation.mismatchesAtBase(projection, uncertainty: uncertainty) == [], "\(variant)")
        let summary = Simulation.run(projection, uncertainty: uncertainty, draws: 100, jobs: 1)
        #expect(summary.total.stats.min == projection.total && summary.total.stats.max == projection.total, "\(variant)")
        #expect(summary.years.map(\.stats.p50) == projection.years.map(\.total), "\(variant)")
    }

    /// Discrete draws are exact decimals, so each draw's simulated year totals must equal the
    /// exact projector run on a scenario holding those drawn values.
    @Test func drawsMatchTheExactProjectorAtThoseInputs() throws {
        let text = Self.riverside + """
        uncertainty:
          stipends.hourly_rate: { discrete: { values: [45, 47.5, 52.25, 60] } }
          substitutes.daily_rate: { discrete: { values: [180, 199.99, 240] } }
          escalation.compensation: { discrete: { values: [0.01, 0.0325, 0.05] } }
          cohort.participants: { discrete: { values: [20, 23, 24, 28] } }
          coaching.minutes: { discrete: { values: [40, 45, 50] } }
          indirect.rate: { discrete: { values: [0.08, 0.1, 0.125] } }

        """
        let scenario = try load(text).scenario
        let projection = Projector.project(scenario)
        let uncertainty = try #require(scenario.uncertainty)
        let draws = 300
        let (program, compiledSamplers) = Simulation.prepare(projection, uncertainty)
        let totals = Simulation.draw(program, compiledSamplers, years: scenario.years, draws: draws, seed: 11, jobs: 2, progress: nil)
        defer { totals.deallocate() }
        let random = CounterRandom(seed: 11)
        let samplers = uncertainty.inputs.map(InputSampler.init)
        let catalog = UncertainField.catalog(for: scenario)
        for i in 0..<draws {
            var moved = scenario
            for (j, input) in uncertainty.inputs.enumerated() {
                let drawn = samplers[j].value(at: random.unit(UInt64(i * uncertainty.inputs.count + j)))
                guard case .discrete(let values, _) = input.distribution,
                      let exact = values.first(where: { $0.binary == drawn }) else {
                    Issue.record("draw \(drawn) is not a listed value"); return
                }
                catalog.first { $0.path == input.path }!.setValue(exact, in: &moved)
            }
            let expected = Projector.project(moved)
            for year in 1...2 {
                #expect(totals[(year - 1) * draws + i] == Double(expected.periods[year].total.cents), "draw \(i) year \(year)")
            }
            #expect(totals[2 * draws + i] == Double(expected.total.cents), "draw \(i) total")
        }
    }

    @Test func sameSeedSameResultsWhateverTheJobs() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("scenarios/riverside-uncertain.yaml"), encoding: .utf8)
        let (_, one) = try run(text, draws: 20_001, seed: 5, jobs: 1)
        let (_, four) = try run(text, draws: 20_001, seed: 5, jobs: 4)
        let (_, three) = try run(text, draws: 20_001, seed: 5, jobs: 3)
        #expect(one == four)
        #expect(one == three)
        let (_, other) = try run(text, draws: 20_001, seed: 6, jobs: 1)
        #expect(one.total.stats != other.total.stats)
    }

    @Test func tornadoIsSortedBySwingAndUsesTheExactProjector() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("scenarios/riverside-uncertain.yaml"), encoding: .utf8)
        let (projection, summary) = try run(text, draws: 100)
        let bars = summary.tornado
        #expect(bars.map(\.input) == ["cohort.participants", "stipends.hourly_rate", "escalation.compensation", "substitutes.daily_rate"])
        #expect(zip(bars, bars.dropFirst()).allSatisfy { $0.swing >= $1.swing })
        // Independent check: edit the file and project it exactly.
        func total(_ from: String, _ to: String) throws -> Money {
            Projector.project(try load(Self.riverside.replacingOccurrences(of: from, with: to)).scenario).total
        }
        let participants = try #require(bars.first { $0.input == "cohort.participants" })
        // discrete 20/24/28 with weights 1/2/1: P10 = 20, P90 = 28.
        #expect(participants.lowValue == 20 && participants.highValue == 28)
        #expect(participants.totalAtLow == (try total("  participants: 24", "  participants: 20")))
        #expect(participants.totalAtHigh == (try total("  participants: 24", "  participants: 28")))
        let daily = try #require(bars.first { $0.input == "substitutes.daily_rate" })
        // uniform 180..240: P10 = 186, P90 = 234.
        #expect(daily.lowValue == 186 && daily.highValue == 234)
        #expect(daily.totalAtLow == (try total("  daily_rate: 200", "  daily_rate: 186")))
        #expect(daily.totalAtHigh == (try total("  daily_rate: 200", "  daily_rate: 234")))
        #expect(daily.totalAtLow < projection.total && daily.totalAtHigh > projection.total)
    }

    @Test func aDefaultedLeaderRateFollowsTheHourlyRate() throws {
        let withoutLeaderRate = Self.riverside.replacingOccurrences(of: "  leader_hourly_rate: 65.00\n", with: "")
        let (_, summary) = try run(withoutLeaderRate + """
        uncertainty:
          stipends.hourly_rate: { uniform: { low: 60, high: 60 } }

        """, draws: 50)
        #expect(summary.inputs.first?.followers == ["stipends.leader_hourly_rate"])
        let exact = Projector.project(try load(withoutLeaderRate.replacingOccurrences(of: "  hourly_rate: 50.00", with: "  hourly_rate: 60")).scenario)
        #expect(summary.total.stats.p50 == exact.total)
        #expect(summary.tornado.first?.totalAtLow == exact.total)
    }

    @Test func overFundingCountsEachYearAgainstItsFunding() throws {
        // Funding of 270,000 a year: year 1 (base 268,582.60) is under, year 2 (274,096.99) over.
        let funded = Self.riverside
            .replacingOccurrences(of: "by_year: [150000, 150000]", with: "by_year: [210000, 210000]")
            .replacingOccurrences(of: "by_year: [60000, 60000]", with: "by_year: [60000, 60000]")
        let (_, summary) = try run(funded + """
        uncertainty:
          substitutes.daily_rate: { uniform: { low: 200, high: 200 } }

        """, draws: 10)
        #expect(summary.years.map(\.funded) == [Money(dollars: 270_000), Money(dollars: 270_000)])
        #expect(summary.years.map(\.probabilityOverFunding) == [0, 1])
        #expect(summary.total.probabilityOverFunding == 1)
    }
}

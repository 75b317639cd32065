import Foundation
import TestSupport
import Testing
@testable import LCLoader
import LCModel

/// The `uncertainty:` section: what it accepts, and every refusal with its exact location.
@Suite struct UncertaintyLoaderTests {
    /// Nine lines; the uncertainty entries start on line 10, column 3.
    static let tiny = """
    format: 1
    name: "Tiny"
    goal: teacher-identity
    start: 2027-08
    years: 2
    cohort: { participants: 12, leaders: 2 }
    meetings: { per_year: 10 }
    stipends: { hourly_rate: 50, hours_per_month: 4 }
    uncertainty:

    """

    func load(_ entries: String, base: String = tiny) throws -> LoadedScenario {
        try ScenarioLoader.parse(base + entries, file: "u.yaml")
    }

    /// The diagnostics of a file that must be refused.
    func errors(_ entries: String, base: String = tiny) -> [Diagnostic] {
        do {
            _ = try load(entries, base: base)
            Issue.record("expected the file to be refused")
            return []
        } catch let error as ScenarioError {
            return error.diagnostics
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }

    /// 1-based column of `token` in `line` (where the value stands in the text we wrote).
    func column(of token: String, in line: String) -> Int {
        line.distance(from: line.startIndex, to: line.range(of: token)!.lowerBound) + 1
    }

    /// The one `line` of `uncertainty:` is refused, first at `token`, with a message containing `text`.
    func expectError(_ line: String, at token: String, containing text: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let first = errors(line + "\n").first
        #expect(first?.location?.column == column(of: token, in: line), sourceLocation: sourceLocation)
        #expect(first?.message.contains(text) == true, sourceLocation: sourceLocation)
    }

    @Test func readsEveryKindOfDistributionInFileOrder() throws {
        let loaded = try load("""
          stipends.hourly_rate: { triangular: { low: 45, mode: 50, high: 60 } }
          cohort.participants: { discrete: { values: [10, 12, 14], weights: [1, 2, 1] } }
          escalation.compensation: { normal: { mean: 0.03, sd: 0.01 } }
          meetings.per_year: { uniform: { low: 8, high: 10 } }
        """)
        let inputs = try #require(loaded.scenario.uncertainty).inputs
        #expect(inputs.map(\.path) == ["stipends.hourly_rate", "cohort.participants", "escalation.compensation", "meetings.per_year"])
        #expect(inputs[0].distribution == .triangular(low: 45, mode: 50, high: 60))
        #expect(inputs[1].distribution == .discrete(values: [10, 12, 14], weights: [1, 2, 1]))
        #expect(inputs[1].isInteger && inputs[1].lowerBound == 2 && inputs[1].upperBound == 10_000)
        #expect(inputs[2].lowerBound == Decimal(string: "-0.1") && inputs[2].upperBound == Decimal(string: "0.25"))
        // The file gives no leader_hourly_rate, so the leader rate (its default) follows the hourly rate.
        #expect(inputs[0].followers == ["stipends.leader_hourly_rate"])
        // No coaching section: nothing follows the meetings.
        #expect(inputs[3].followers == [])
        #expect(loaded.location(of: "uncertainty.cohort.participants").line == 11)
    }

    @Test func discreteWeightsDefaultToEqual() throws {
        let loaded = try load("  cohort.participants: { discrete: { values: [10, 12] } }\n")
        #expect(loaded.scenario.uncertainty?.inputs[0].distribution == .discrete(values: [10, 12], weights: [1, 1]))
    }

    @Test func unknownPathSuggestsTheNearest() {
        let e = errors("  stipends.hourly_rat: { uniform: { low: 45, high: 60 } }\n")
        #expect(e.count == 1)
        #expect(e.first?.description == "u.yaml:10:3: error: uncertainty names an unknown input 'stipends.hourly_rat'; did you mean 'stipends.hourly_rate'?")
    }

    @Test func sectionNameAloneIsExplained() {
        let e = errors("  stipends: { uniform: { low: 45, high: 60 } }\n")
        #expect(e.first?.location?.line == 10)
        #expect(e.first?.message.contains("by its dotted path, for example 'stipends.hourly_rate'") == true)
    }

    @Test func pathOfAnAbsentSectionIsRefused() {
        let e = errors("  substitutes.daily_rate: { uniform: { low: 180, high: 240 } }\n")
        #expect(e.first?.description == "u.yaml:10:3: error: uncertainty cannot vary substitutes.daily_rate: the scenario has no substitutes section, so it has no substitutes lines to vary; add the section or remove substitutes.daily_rate from uncertainty")
    }

    @Test func inputThatChangesNoCostIsRefused() {
        let e = errors("  discount_rate: { uniform: { low: 0.02, high: 0.04 } }\n")
        #expect(e.first?.description == "u.yaml:10:3: error: uncertainty cannot vary discount_rate: discount_rate changes only the present value, not any year's cost")
    }

    @Test func lowAboveHighIsRefusedAtLow() {
        let line = "  stipends.hourly_rate: { uniform: { low: 60, high: 45 } }"
        let e = errors(line + "\n")
        #expect(e.first?.description == "u.yaml:10:\(column(of: "60", in: line)): error: uncertainty.stipends.hourly_rate.uniform.low (60) must not be greater than high (45)")
    }

    @Test func triangularModeOutsideIsRefused() {
        let line = "  stipends.hourly_rate: { triangular: { low: 45, mode: 70, high: 60 } }"
        expectError(line, at: "70", containing: "mode (70) must lie between low (45) and high (60)")
    }

    @Test func negativeSdIsRefused() {
        let line = "  stipends.hourly_rate: { normal: { mean: 50, sd: -2 } }"
        let e = errors(line + "\n")
        #expect(e.first?.description == "u.yaml:10:\(column(of: "-2", in: line)): error: uncertainty.stipends.hourly_rate.normal.sd is smaller than the minimum 0, found -2")
    }

    @Test func weightsMustBePositiveAndOnePerValue() {
        let line = "  cohort.participants: { discrete: { values: [10, 12], weights: [1, 0] } }"
        let e = errors(line + "\n")
        #expect(e.first?.description == "u.yaml:10:\(column(of: "0]", in: line)): error: uncertainty.cohort.participants.discrete.weights[1] must be a number > 0 (weights are relative chances), found 0")
        let line2 = "  cohort.participants: { discrete: { values: [10, 12], weights: [1] } }"
        expectError(line2, at: "[1]", containing: "one weight per value (2), found 1")
    }

    @Test func valuesOutsideTheFieldRangeAreRefused() {
        let line = "  stipends.hourly_rate: { uniform: { low: -5, high: 60 } }"
        #expect(errors(line + "\n").first?.description ==
                "u.yaml:10:\(column(of: "-5", in: line)): error: uncertainty.stipends.hourly_rate.uniform.low must be a number from 0 to 10000 (the valid range of stipends.hourly_rate), found -5")
        // Participants include the 2 leaders, so a draw of 1 is impossible.
        let line2 = "  cohort.participants: { discrete: { values: [1, 12] } }"
        #expect(errors(line2 + "\n").first?.description ==
                "u.yaml:10:\(column(of: "1,", in: line2)): error: uncertainty.cohort.participants.discrete.values[0] must be a whole number from 2 to 10000 (the valid range of cohort.participants), found 1")
        let line3 = "  escalation.compensation: { normal: { mean: 0.3, sd: 0.01 } }"
        #expect(errors(line3 + "\n").first?.message ==
                "uncertainty.escalation.compensation.normal.mean must be a number from -0.1 to 0.25 (the valid range of escalation.compensation), found 0.3")
    }

    @Test func countsMustBeWholeNumbers() {
        let line = "  cohort.participants: { triangular: { low: 10, mode: 12.5, high: 14 } }"
        #expect(errors(line + "\n").first?.description ==
                "u.yaml:10:\(column(of: "12.5", in: line)): error: uncertainty.cohort.participants.triangular.mode must be a whole number (cohort.participants is a count), found 12.5")
    }

    @Test func distributionShapeErrors() {
        let e = errors("  stipends.hourly_rate: { uniform: { low: 45, high: 60 }, normal: { mean: 50, sd: 1 } }\n")
        #expect(e.first?.message == "uncertainty.stipends.hourly_rate must name exactly one distribution, found uniform and normal")
        let line = "  stipends.hourly_rate: { unifrom: { low: 45, high: 60 } }"
        let e2 = errors(line + "\n")
        #expect(e2.first?.description == "u.yaml:10:\(column(of: "unifrom", in: line)): error: unknown key 'uncertainty.stipends.hourly_rate.unifrom'; did you mean 'uniform'?")
        let e3 = errors("  stipends.hourly_rate: { uniform: { low: 45 } }\n")
        #expect(e3.first?.message == "missing required key 'uncertainty.stipends.hourly_rate.uniform.high' (a number)")
        let e4 = errors("  stipends.hourly_rate: 50\n")
        #expect(e4.first?.message == "uncertainty.stipends.hourly_rate must be a mapping of keys to values, found '50'")
    }

    @Test func cohortTotalsAreRefusedWhenByYearIsGiven() {
        let base = Self.tiny.replacingOccurrences(
            of: "cohort: { participants: 12, leaders: 2 }",
            with: "cohort: { participants: 12, leaders: 2, by_year: [{ participants: 12, leaders: 2 }, { participants: 16, leaders: 2 }] }")
        let e = errors("  cohort.participants: { uniform: { low: 10, high: 14 } }\n", base: base)
        #expect(e.first?.location?.line == 10)
        #expect(e.first?.message.contains("the scenario gives cohort.by_year") == true)
        // …and a by_year entry can be named instead.
        let loaded = try? load("  cohort.by_year[1].participants: { uniform: { low: 14, high: 18 } }\n", base: base)
        #expect(loaded?.scenario.uncertainty?.inputs.first?.lowerBound == 2)
    }

    @Test func leadersAndParticipantsMustNotCross() {
        let e = errors("""
          cohort.participants: { uniform: { low: 10, high: 14 } }
          cohort.leaders: { uniform: { low: 1, high: 11 } }

        """)
        #expect(e.first?.description == "u.yaml:11:3: error: cohort.leaders can be drawn as high as 11 but cohort.participants as low as 10; every draw must keep leaders <= participants (participants include leaders)")
        let ok = try? load("""
          cohort.participants: { uniform: { low: 10, high: 14 } }
          cohort.leaders: { uniform: { low: 1, high: 2 } }

        """)
        #expect(ok?.scenario.uncertainty?.inputs.map(\.upperBound) == [10_000, 10])
    }

    @Test func everyProblemIsReportedInOneRun() {
        let e = errors("""
          stipends.hourly_rate: { uniform: { low: 60, high: 45 } }
          kits.per_participant: { uniform: { low: 1, high: 2 } }
          stipends.hours_per_month: { normal: { mean: 4, sd: -1 } }

        """)
        #expect(e.map { $0.location?.line } == [10, 11, 12])
    }

    @Test func emptySectionIsRefused() {
        let e = errors("  {}\n")
        #expect(e.first?.message.contains("uncertainty names no input") == true)
    }
}

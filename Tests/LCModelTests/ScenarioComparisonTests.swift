import Foundation
import Testing
@testable import LCModel

@Suite struct ScenarioComparisonTests {
    @Test func identicalScenariosShowNoDifferences() {
        let p = Projector.project(FundingFixtures.riverside())
        let c = ScenarioComparison([p, p], names: ["a.yaml", "b.yaml"])
        #expect(c.isIdentical(1))
        for period in c.periods {
            for category in CostCategory.allCases { #expect(c.difference(1, category, period: period.index) == .zero) }
        }
        #expect(c.drivers(1).isEmpty)
        #expect(c.summary(1).contains("no differences"))
    }

    @Test func driversAreTheLargestCategoryDifferences() {
        let a = FundingFixtures.riverside()
        var b = a
        b.cohort.participants = 30
        let c = ScenarioComparison([Projector.project(a), Projector.project(b)], names: ["a", "b"])
        #expect(!c.isIdentical(1))
        // 6 more non-leaders × 4 h × 10 × $50 = 12,000, plus 14% fringe = 13,680 more stipends in year 1.
        #expect(c.difference(1, .stipends, period: 1) == Money(dollars: 13_680))
        let drivers = c.drivers(1)
        #expect(drivers.first?.0 == .stipends)
        #expect(drivers.map { $0.1.cents.magnitude } == drivers.map { $0.1.cents.magnitude }.sorted(by: >))
        #expect(c.totalDifference(1) == Projector.project(b).total - Projector.project(a).total)
        #expect(c.summary(1).contains("more than a"))
    }
    /// The signed amounts quoted in a summary's "Where the difference comes from" sentence.
    static func quotedAmounts(_ summary: String) -> [Decimal] {
        guard let range = summary.range(of: "Where the difference comes from: ") else { return [] }
        // The sentence ends at the first ". " (amounts have a point but never a point and a space).
        var out: [Decimal] = []
        var rest = Substring(String(summary[range.upperBound...]).components(separatedBy: ". ").first ?? "")
        while let open = rest.firstIndex(of: "(") {
            let close = rest[open...].firstIndex(of: ")")!
            var text = String(rest[rest.index(after: open)..<close])
            let negative = text.hasPrefix("−")
            text.removeFirst()   // the sign
            text = text.replacingOccurrences(of: "$", with: "").replacingOccurrences(of: ",", with: "")
            let value = Decimal(string: text)!
            out.append(negative ? -value : value)
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// The case: a 2-year community that costs more than a 3-year one must not be said to
    /// cost more "because it runs 2 years instead of 3"; the years are a part that lowers its cost.
    @Test func reasonsNeverContradictTheDirection() throws {
        var a = FundingFixtures.riverside()
        a.years = 3
        a.cohort.participants = 10
        a.cohort.leaders = 1
        a.funding = []
        var b = FundingFixtures.riverside()
        b.years = 2
        b.cohort.participants = 40
        b.funding = []
        let c = ScenarioComparison([Projector.project(a), Projector.project(b)], names: ["three-year.yaml", "district-two-year.yaml"])
        #expect(c.totalDifference(1) > .zero)
        let parts = c.decomposition(1)
        // The parts add up to the difference, to the cent.
        #expect(parts.map(\.amount).sum() == c.totalDifference(1))
        // The missing third year is a negative part: exactly the baseline's year 3 cost.
        let years = try #require(parts.first { $0.category == nil })
        #expect(years.kind == .years(compared: 2, baseline: 3))
        #expect(years.amount == -c.total(0, period: 3))
        #expect(years.amount < .zero)
        let summary = c.summary(1)
        #expect(summary.contains("more than three-year.yaml"))
        #expect(summary.contains("running 2 years instead of 3 (−\((-years.amount).formatted()))"))
        #expect(!summary.contains("because"))
        // Every amount quoted is a signed part, and together they are the difference.
        let quoted = Self.quotedAmounts(summary)
        #expect(quoted.count >= 2)
        #expect(quoted.reduce(0, +) == c.totalDifference(1).decimal)
        // Reversed, every sign flips and the years part is the added year.
        let reversed = ScenarioComparison([Projector.project(b), Projector.project(a)], names: ["b", "a"])
        #expect(reversed.decomposition(1).first { $0.category == nil }?.amount == c.total(0, period: 3))
        #expect(reversed.summary(1).contains("running 3 years instead of 2 (+"))
        #expect(Self.quotedAmounts(reversed.summary(1)).reduce(0, +) == reversed.totalDifference(1).decimal)
    }

    /// Random pairs: the decomposition always adds up and the summary's direction word agrees
    /// with the sign of the difference.
    @Test func decompositionAlwaysAddsUp() {
        var generator = FundingFixtures.Generator(state: 2026)
        for _ in 0..<40 {
            var a = FundingFixtures.riverside(), b = FundingFixtures.riverside()
            a.years = generator.int(1...5); b.years = generator.int(1...5)
            a.cohort.participants = generator.int(3...60); b.cohort.participants = generator.int(3...60)
            a.funding = []; b.funding = []
            let c = ScenarioComparison([Projector.project(a), Projector.project(b)], names: ["a", "b"])
            #expect(c.decomposition(1).map(\.amount).sum() == c.totalDifference(1))
            let summary = c.summary(1)
            if c.totalDifference(1) > .zero { #expect(summary.contains("more than a")) }
            if c.totalDifference(1) < .zero { #expect(summary.contains("less than a")) }
            if !c.isIdentical(1) { #expect(Self.quotedAmounts(summary).reduce(0, +) == c.totalDifference(1).decimal, "\(summary)") }
        }
    }
}


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
}

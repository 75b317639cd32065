import Foundation
import Testing
@testable import LCModel

/// Properties of the cost rules over generated scenarios (seeded: a failure names its seed).
@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...300)

    @Test func totalIsTheSumOfPeriodsAndOfCategories() {
        for seed in Self.seeds {
            var g = ScenarioGenerator(seed: seed)
            let p = Projector.project(g.scenario())
            let byPeriod = p.periods.map(\.total).sum()
            let byCategory = CostCategory.allCases.map { p.categoryTotal($0) }.sum()
            let byLine = p.periods.flatMap(\.lines).map(\.amount).sum()
            #expect(p.total == byPeriod, "seed \(seed)")
            #expect(p.total == byCategory, "seed \(seed)")
            #expect(p.total == byLine, "seed \(seed)")
            #expect(p.funding.map(\.cost) == Array(p.years.map(\.total)), "seed \(seed)")
        }
    }

    /// round(2x) is within one cent of 2·round(x). A share line (fringe) of k rounded lines adds
    /// at most rate·k cents more (each doubled base line may differ by one cent), plus half a
    /// cent of its own rounding: tolerance ⌊1.5 + rate·k⌋ cents.
    @Test func doublingEveryRateDoublesEveryDirectLine() {
        for seed in Self.seeds {
            var g = ScenarioGenerator(seed: seed)
            let s = g.scenario()
            let once = Projector.project(s)
            let twice = Projector.project(s.doublingRates())
            for (a, b) in zip(once.periods, twice.periods) {
                #expect(a.lines.map(\.key) == b.lines.map(\.key), "seed \(seed)")
                for (x, y) in zip(a.lines, b.lines) where x.category != .indirect {
                    var tolerance: Int64 = 1
                    if case let .shareOf(rate, lines) = x.basis {
                        var slack = Decimal(string: "1.5")! + rate.value * Decimal(lines.count)
                        var floor = Decimal()
                        NSDecimalRound(&floor, &slack, 0, .down)
                        tolerance = Int64(truncating: NSDecimalNumber(decimal: floor))
                    }
                    let diff = abs(y.amount.cents - 2 * x.amount.cents)
                    #expect(diff <= tolerance, "seed \(seed) \(a.label) \(x.key): \(x.amount) doubled is \(y.amount)")
                }
            }
        }
    }

    @Test func addingAParticipantNeverLowersAYearsTotal() {
        for seed in Self.seeds {
            var g = ScenarioGenerator(seed: seed)
            let s = g.scenario()
            let before = Projector.project(s)
            let after = Projector.project(s.addingParticipant())
            for (a, b) in zip(before.periods, after.periods) {
                #expect(b.total >= a.total, "seed \(seed) \(a.label): \(a.total) -> \(b.total)")
            }
        }
    }

    @Test func zeroEscalationGivesEqualYearsForAConstantCohort() {
        var multiYear = 0
        for seed in Self.seeds {
            var g = ScenarioGenerator(seed: seed)
            var s = g.scenario(constantCohort: true)
            s.escalation = Escalation()
            // Year 1 buys the kits and later years refresh a share; at a full refresh every year is alike.
            let laterYears = Projector.project(s).years.dropFirst().map(\.total)
            #expect(Set(laterYears).count <= 1, "seed \(seed): \(laterYears)")
            s.kits?.refreshShare = 1
            let years = Projector.project(s).years.map(\.total)
            #expect(Set(years).count == 1, "seed \(seed): \(years)")
            if years.count > 1 { multiYear += 1 }
        }
        #expect(multiYear > 100)   // the property was really exercised over several years
    }

    @Test func generatedScenariosAreDiverse() {
        // Guards the generator: the properties above must see every category and both bases.
        var seen = Set<CostCategory>(), bases = Set<String>(), byYear = 0
        for seed in Self.seeds {
            var g = ScenarioGenerator(seed: seed)
            let s = g.scenario()
            let p = Projector.project(s)
            for line in p.periods.flatMap(\.lines) where !line.amount.isZero { seen.insert(line.category) }
            if let base = s.indirect?.base { bases.insert(base.rawValue) }
            if s.cohort.byYear != nil { byYear += 1 }
        }
        #expect(seen == Set(CostCategory.allCases))
        #expect(bases == ["mtdc", "total_direct"])
        #expect(byYear > 50)
    }
}

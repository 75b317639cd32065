import Foundation
import Testing
@testable import LCModel

@Suite struct FundingAllocationTests {
    /// The worked example: the district pays stipends and most release time, each with the 10%
    /// indirect on it; the grant the rest of release time and its indirect; the gap is the
    /// spec's funding gap. (ED524SectionsTests works the cents out line by line.)
    @Test func workedExampleYear1() {
        let p = Projector.project(FundingFixtures.riverside())
        let who = FundingAllocation(p)
        let year1 = who.periods.first { $0.index == 1 }!
        // 61,218 + 6,121.80 indirect; then 82,660.20 of release time's 154,440 with its indirect.
        #expect(year1.sources[0].byCategory == [.stipends: cents("61218"), .buyouts: cents("75145.64"), .indirect: cents("13636.36")])
        #expect(year1.sources[0].byLine["indirect.indirect"] == cents("13636.36"))
        #expect(year1.sources[0].byLine["buyouts.leaders"] == cents("57804.34"))
        #expect(year1.sources[1].byCategory == [.buyouts: cents("54545.45"), .indirect: cents("5454.55")])
        #expect(year1.gapByLine["substitutes.coverage"] == cents("8400"))
        #expect(year1.gap == cents("58582.60"))
        #expect(year1.gap == p.funding[0].gap)
        #expect(year1.federal == .zero)
        #expect(year1.nonFederal == cents("210000"))
        // Planning has no source toward it: all gap.
        #expect(who.periods.first { $0.index == 0 }?.gap == cents("5130"))
    }

    @Test func coversLimitsWhatASourcePays() {
        var s = FundingFixtures.riverside()
        s.fundingTerms.sources = [SourceTerms(), SourceTerms(covers: [.food, .kits], federal: true)]
        let year1 = FundingAllocation(Projector.project(s)).periods.first { $0.index == 1 }!
        // The district's 150,000 goes to stipends then release time (each with its indirect),
        // leaving food and kits for the grant, without their indirect (it does not cover
        // indirect): 3,900 + 2,880 = 6,780; 53,220 of its 60,000 is unused.
        #expect(year1.sources[1].allocated == cents("6780"))
        #expect(year1.sources[1].unused == cents("53220"))
        #expect(year1.federal == cents("6780"))
        #expect(year1.allocated + year1.gap == year1.cost)
    }

    /// `covers:` may name single lines: the grant pays meeting food and the facilitator (other.0)
    /// and the indirect on them, nothing else of their categories or any other.
    @Test func coversMayNameLines() {
        var s = FundingFixtures.riverside()
        var grant = SourceTerms(covers: [.indirect])
        grant.coverLines = ["food.meals", "other.0"]
        s.fundingTerms.sources = [grant]
        s.funding = [FundingSource(source: "Grant", kind: .grant, byYear: [60000, 60000])]
        let p = Projector.project(s)
        let year1 = FundingAllocation(p).periods.first { $0.index == 1 }!
        let period = p.periods[1]
        let food = period.line("food.meals")!.amount, facilitator = period.line("other.0")!.amount
        // Its lines first, each with its 10% indirect, then (it covers indirect) all the rest of
        // the indirect: 24,416.60 in all, so it pays food + facilitator + the whole indirect.
        #expect(year1.sources[0].byLine["food.meals"] == food)
        #expect(year1.sources[0].byLine["other.0"] == facilitator)
        #expect(year1.sources[0].byLine["indirect.indirect"] == period.line("indirect.indirect")!.amount)
        #expect(Set(year1.sources[0].byLine.keys) == ["food.meals", "other.0", "indirect.indirect"])
        #expect(year1.sources[0].byCategory[.credentials] == nil)
        #expect(year1.sources[0].allocated == food + facilitator + period.line("indirect.indirect")!.amount)
    }

    /// A source that does not pay indirect leaves the indirect on its lines to a later source
    /// that does; one with too little money pays its lines and their indirect in the same
    /// proportion.
    @Test func indirectTravelsWithItsLines() {
        var s = FundingFixtures.riverside()
        s.funding = [FundingSource(source: "Foundation", kind: .grant, byYear: [3000, 3000]),
                     FundingSource(source: "District", kind: .district, byYear: [1000, 1000])]
        s.fundingTerms.sources = [SourceTerms(covers: [.food, .indirect]), SourceTerms(covers: [.indirect])]
        let year1 = FundingAllocation(Projector.project(s)).periods.first { $0.index == 1 }!
        // Food 3,900 + its indirect 390 = 4,290 owed; 3,000 pays 3,000 × 3,900 / 4,290 =
        // 2,727.2727… and 272.7272…: 2,727.27 + 272.73 (the cent to the larger remainder).
        #expect(year1.sources[0].byLine == ["food.meals": cents("2727.27"), "indirect.indirect": cents("272.73")])
        // The district pays only indirect: what is left of food's (117.27) first, then the rest.
        #expect(year1.sources[1].byLine == ["indirect.indirect": cents("1000")])
        #expect(year1.gapByLine["indirect.indirect"] == cents("24416.60") - cents("272.73") - cents("1000"))
    }

    /// An in-kind source without `covers` adds its ingredient as cost and pays it; the spec's
    /// projection is untouched.
    @Test func inKindOutsideTheBudget() {
        var s = FundingFixtures.riverside()
        s.funding!.append(FundingSource(source: "Donated meeting space", kind: .inKind, byYear: [5000, 5000]))
        let p = Projector.project(s)
        #expect(p.total == cents("547809.59"))
        let year1 = FundingAllocation(p).periods.first { $0.index == 1 }!
        #expect(year1.inKindAdded == cents("5000"))
        #expect(year1.cost == cents("273582.60"))
        #expect(year1.sources[2].allocated == cents("5000"))
        #expect(year1.gap == cents("58582.60"))
        #expect(year1.allocated + year1.gap == year1.cost)
    }

    /// Allocated + gap = cost, to the cent, in every period of every generated scenario; and no
    /// source pays more than it gives or a category it does not cover.
    @Test func allocationSumsExactly() {
        var g = FundingFixtures.Generator(state: 2024)
        for _ in 0..<300 {
            let s = FundingFixtures.generated(&g)
            let p = Projector.project(s)
            for period in FundingAllocation(p).periods {
                #expect(period.allocated + period.gap == period.cost)
                let budget = p.periods.first { $0.index == period.index }!
                for category in CostCategory.allCases {
                    let paid = period.sources.map { $0.byCategory[category] ?? .zero }.sum()
                    #expect(paid + (period.gapByCategory[category] ?? .zero) == budget.total(of: category))
                }
                // Per line too: what the sources pay of it plus its gap is the line.
                for line in budget.lines {
                    let paid = period.sources.map { $0.byLine[line.key] ?? .zero }.sum()
                    #expect(paid + (period.gapByLine[line.key] ?? .zero) == line.amount, "\(line.key)")
                }
                for source in period.sources {
                    #expect(source.allocated <= source.available)
                    #expect(source.unused >= .zero)
                    let terms = s.fundingTerms.source(source.index)
                    // Only lines it may pay (indirect only when it pays indirect) ...
                    for key in source.byLine.keys {
                        let category = budget.line(key)!.category
                        #expect(category == .indirect ? terms.paysIndirect : terms.pays(line: key, of: category), "\(key)")
                    }
                    // ... and money left over only when every line it may pay is paid.
                    if source.unused > .zero {
                        for (key, gap) in period.gapByLine where !gap.isZero {
                            let category = budget.line(key)!.category
                            #expect(!(category == .indirect ? terms.paysIndirect : terms.pays(line: key, of: category)),
                                    "\(source.source) leaves \(source.unused) unused while \(key) is unfunded")
                        }
                    }
                }
                #expect(period.federal + period.nonFederal == period.allocated)
            }
        }
    }
}

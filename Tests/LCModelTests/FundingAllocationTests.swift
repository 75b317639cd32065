import Foundation
import Testing
@testable import LCModel

@Suite struct FundingAllocationTests {
    func cents(_ dollars: String) -> Money { Money(rounding: Decimal(string: dollars)!) }

    /// The worked example: the district pays stipends and most release time, the grant the rest
    /// of release time and most substitutes; the gap is the spec's funding gap.
    @Test func workedExampleYear1() {
        let p = Projector.project(FundingFixtures.riverside())
        let who = FundingAllocation(p)
        let year1 = who.periods.first { $0.index == 1 }!
        #expect(year1.sources[0].byCategory == [.stipends: cents("61218"), .buyouts: cents("88782")])
        #expect(year1.sources[1].byCategory == [.buyouts: cents("51618"), .substitutes: cents("8382")])
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
        // The district's 150,000 goes first to stipends 61,218 then buyouts 88,782, leaving
        // food and kits for the grant: 3,900 + 2,880 = 6,780; 53,220 of its 60,000 is unused.
        #expect(year1.sources[1].allocated == cents("6780"))
        #expect(year1.sources[1].unused == cents("53220"))
        #expect(year1.federal == cents("6780"))
        #expect(year1.allocated + year1.gap == year1.cost)
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
                for source in period.sources {
                    #expect(source.allocated <= source.available)
                    #expect(source.unused >= .zero)
                    let terms = s.fundingTerms.source(source.index)
                    #expect(source.byCategory.keys.allSatisfy { terms.pays($0) })
                }
                #expect(period.federal + period.nonFederal == period.allocated)
            }
        }
    }
}

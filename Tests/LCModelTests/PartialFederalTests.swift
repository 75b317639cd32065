import Foundation
import TestSupport
import Testing
@testable import LCModel

/// A source that is partly federal (`federal: 0.4`): ED 524 Section A holds exactly its federal
/// part, indirect included, and Sections A + B + unfunded are the whole form on every line.
@Suite struct PartialFederalTests {
    /// The worked example funded by a 40%-federal state grant and a foundation, each covering
    /// named categories (as scenarios/rural-consortium.yaml).
    func consortium(share: Decimal = Decimal(string: "0.4")!, grant: Decimal = 250_000, foundation: Decimal = 24_000,
                    allocation: SourceTerms.Allocation = .priority) -> Scenario {
        var s = Fixtures.riverside()
        s.funding = [FundingSource(source: "State grant", kind: .grant, byYear: [grant, grant]),
                     FundingSource(source: "Foundation", kind: .grant, byYear: [foundation, foundation])]
        s.fundingTerms.sources = [
            SourceTerms(covers: [.planning, .stipends, .buyouts, .substitutes, .coaching, .indirect], planning: 5130),
            SourceTerms(covers: [.food, .childcare, .kits, .credentials, .other]),
        ]
        s.fundingTerms.sources[0].federalShare = share
        s.fundingTerms.sources[0].allocation = allocation
        return s
    }

    func check(_ s: Scenario) {
        let p = Projector.project(s)
        let who = FundingAllocation(p)
        let sections = ED524Sections(p)
        let form = FederalFormView(p)
        var federal = Money.zero
        for period in who.periods {
            for source in period.sources {
                let budgetPaid = source.byCategory.values.sum()
                let terms = s.fundingTerms.source(source.index)
                if let amounts = terms.federalAmounts {
                    let given = Money(rounding: period.index < amounts.count ? amounts[period.index] : 0)
                    #expect(source.federalPaid == min(budgetPaid, given))
                } else {
                    #expect(source.federalPaid == Money(rounding: budgetPaid.exact * Exact(terms.federalShare)))
                }
                #expect(source.federalPaid + source.nonFederalPaid == source.allocated)
                federal += source.federalPaid
            }
            for line in ED524Line.allCases {
                let parts = ED524Part.allCases.map { sections.amount($0, line, period: period.index) }.sum()
                #expect(parts == form.amount(line, period: period.index), "\(line) \(period.label)")
            }
        }
        #expect(sections.total(.sectionA, .total) == federal)
        #expect(who.federal == federal)
        // Each funder's request (`project --funder`): its Sections A and B are what it pays, and
        // every funder's request plus the unfunded remainder is the whole budget, to the cent.
        var requests = Money.zero
        for index in (s.funding ?? []).indices {
            let request = sections.total(source: index, .sectionA, .total) + sections.total(source: index, .sectionB, .total)
            let paid = who.periods.flatMap(\.sources).filter { $0.index == index }
            #expect(request == paid.map { $0.byCategory.values.sum() }.sum())
            #expect(sections.total(source: index, .sectionA, .total) == paid.map(\.federalPaid).sum())
            requests += request
        }
        #expect(requests + sections.total(.unfunded, .total) == p.total)
        // The default allocation never leaves money unused while a cost the source may pay is unfunded.
        for period in who.periods {
            for source in period.sources where source.unused > .zero {
                let terms = s.fundingTerms.source(source.index)
                for (category, gap) in period.gapByCategory where terms.pays(category) {
                    #expect(gap.isZero, "\(source.source) leaves \(source.unused) unused while \(category) is unfunded")
                }
            }
        }
        // The sources' lines add up to what each pays, and with the gap to the cost.
        for period in who.periods {
            #expect(period.sources.map(\.allocated).sum() + period.gap == period.cost)
        }
    }

    @Test func fortyPercentFederal() {
        let s = consortium()
        check(s)
        let p = Projector.project(s)
        let a = ED524Sections(p)
        #expect(a.total(.sectionA, .indirect) > .zero, "the federal share reaches indirect costs")
        #expect(a.total(.sectionA, .total) == FundingAllocation(p).periods.flatMap(\.sources).filter { $0.index == 0 }.map(\.federalPaid).sum())
    }

    /// Random shares and amounts (SplitMix64, the same every run): the identities always hold.
    @Test func randomSharesAndAmounts() {
        var rng = SplitMix64(seed: 42)
        func next() -> UInt64 { rng.next() }
        for _ in 0..<60 {
            let share = Decimal(Int(next() % 10_001)) / 10_000
            let grant = Decimal(Int(next() % 400_000)) + Decimal(Int(next() % 100)) / 100
            let foundation = Decimal(Int(next() % 60_000))
            check(consortium(share: share, grant: grant, foundation: foundation, allocation: next() % 2 == 0 ? .priority : .proportional))
        }
    }

    /// `allocation: proportional`: the same share of every covered cost, to the cent.
    @Test func aProportionalSourcePaysTheSameShareOfEachCost() {
        let p = Projector.project(consortium(grant: 200_000, allocation: .proportional))
        let year1 = FundingAllocation(p).periods.first { $0.index == 1 }!
        let grant = year1.sources[0]
        let period = p.periods[1]
        let shares = grant.byCategory.map { category, pay in pay.decimal / period.total(of: category).decimal }
        #expect(grant.allocated == Money(dollars: 200_000))
        #expect(shares.count == 5)
        for share in shares { #expect(abs(NSDecimalNumber(decimal: share - shares[0]).doubleValue) < 0.000_1) }
    }

    /// `federal: { by_year: […] }`: the federal part is that amount, at most what the source pays.
    @Test func aFederalAmountPerYear() {
        var s = consortium()
        s.fundingTerms.sources[0].federalAmounts = [1000, 80_000, 300_000]
        check(s)
        let p = Projector.project(s)
        let grant = FundingAllocation(p).periods.map { $0.sources[0] }
        #expect(grant.map(\.federalPaid) == [Money(dollars: 1000), Money(dollars: 80_000), grant[2].byCategory.values.sum()])
        #expect(ED524Sections(p).total(.sectionA, .total) == grant.map(\.federalPaid).sum())
    }
}

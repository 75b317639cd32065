import Foundation
import Testing
@testable import LCModel

/// ED 524 Section A (federal sources), Section B (non-federal sources) and the unfunded
/// remainder: hand-computed cases line by line, and A + B + unfunded = the full ED 524 view on
/// generated scenarios.
@Suite struct ED524SectionsTests {
    /// Every line (1-12) of every period of the three parts against `expected`
    /// (line -> [Section A, Section B, unfunded]); lines not listed must be 0 in all three.
    func expectLines(_ sections: ED524Sections, period: Int, _ expected: [ED524Line: [String]]) {
        for line in ED524Line.allCases {
            let want = expected[line] ?? ["0", "0", "0"]
            for (part, value) in zip(ED524Part.allCases, want) {
                #expect(sections.amount(part, line, period: period) == cents(value), "\(part) line \(line.rawValue) period \(period)")
            }
        }
    }

    /// The worked example with the foundation grant marked `federal: true`.
    ///
    /// Year 1 (FederalFormTests has the line costs; indirect is 10% of every direct line, so the
    /// indirect on a line is exactly a tenth of it): the district's 150,000 pays stipends whole
    /// with their indirect (42,000 + 11,700 on line 1, fringe 7,518 on line 2, indirect 5,370 +
    /// 751.80 = 67,339.80), then 82,660.20 of release time with its indirect (pay 108,000,
    /// fringe 32,400, indirect 10,800 + 3,240: 154,440), split in proportion to each:
    ///   57,804.3356…, 17,341.3007…, 5,780.4336…, 1,734.1301…: floors leave 1 cent, to the
    ///   largest remainder (pay): 57,804.34 + 17,341.30 + 5,780.43 + 1,734.13.
    /// District: line 1 = 53,700 + 57,804.34 = 111,504.34; line 2 = 7,518 + 17,341.30 = 24,859.30;
    /// line 10 = 6,121.80 + 7,514.56 = 13,636.36.
    /// The grant's 60,000 pays the rest of release time and its indirect (50,195.66 + 15,058.70 +
    /// 5,019.57 + 1,505.87 = 71,779.80) in proportion: 41,958.04, 12,587.41, 4,195.81, 1,258.74
    /// (line 10: 5,454.55).
    /// Unfunded: release time 8,237.62 + substitutes 8,400 on line 1 (16,637.62), 2,471.29 + 168
    /// on line 2 (2,639.29), kits 2,880, childcare + coaching 17,400, food + credentials +
    /// facilitator 13,700, indirect 24,416.60 − 13,636.36 − 5,454.55 = 5,325.69: 58,582.60, the
    /// spec's Year 1 gap.
    @Test func workedExampleWithAFederalGrant() {
        var s = FundingFixtures.riverside()
        s.fundingTerms.sources = [SourceTerms(), SourceTerms(federal: true)]
        let p = Projector.project(s)
        let sections = ED524Sections(p)
        #expect(sections.periods.map(\.index) == [0, 1, 2])
        expectLines(sections, period: 1, [
            .personnel: ["41958.04", "111504.34", "16637.62"],
            .fringeBenefits: ["12587.41", "24859.30", "2639.29"],
            .supplies: ["0", "0", "2880"],
            .contractual: ["0", "0", "17400"],
            .other: ["0", "0", "13700"],
            .totalDirect: ["54545.45", "136363.64", "53256.91"],
            .indirect: ["5454.55", "13636.36", "5325.69"],
            .total: ["60000", "150000", "58582.60"],
        ])
        // Planning: no source gives toward it, so it is all unfunded (4,500 pay + 630 fringe).
        expectLines(sections, period: 0, [.personnel: ["0", "0", "4500"], .fringeBenefits: ["0", "0", "630"],
                                          .totalDirect: ["0", "0", "5130"], .total: ["0", "0", "5130"]])
        #expect(sections.total(.sectionA, .total) == cents("120000"))
        #expect(sections.total(.sectionB, .total) == cents("300000"))
        #expect(sections.total(.unfunded, .total) == cents("127809.59"))   // the who-pays gap
        expectPartsAddUp(p, sections)
    }

    /// A small case with odd cents: a federal source gives $100.01 toward stipends only, the
    /// district $1,000 toward release time only, in Year 1; nothing in Year 2.
    ///
    /// Federal: 10,001 cents × 5,370,000 / 6,121,800 = 8,772.807… and × 751,800 / 6,121,800 =
    ///   1,228.192… -> floors 8,772 + 1,228, the leftover cent to line 1: $87.73 + $12.28.
    /// District: 100,000 cents × 108,000 / 140,400 = 76,923.076… and × 32,400 / 140,400 =
    ///   23,076.923… -> floors 76,923 + 23,076, the leftover cent to line 2: $769.23 + $230.77.
    /// Unfunded: line 1 170,100 − 87.73 − 769.23 = 169,243.04; line 2 40,086 − 12.28 − 230.77 = 39,842.95.
    @Test func smallCaseWithOddCents() {
        var s = FundingFixtures.riverside()
        s.funding = [FundingSource(source: "Federal grant", kind: .grant, byYear: [Decimal(string: "100.01")!, 0]),
                     FundingSource(source: "District", kind: .district, byYear: [1000, 0])]
        s.fundingTerms.sources = [SourceTerms(covers: [.stipends], federal: true), SourceTerms(covers: [.buyouts])]
        let p = Projector.project(s)
        let sections = ED524Sections(p)
        expectLines(sections, period: 1, [
            .personnel: ["87.73", "769.23", "169243.04"],
            .fringeBenefits: ["12.28", "230.77", "39842.95"],
            .supplies: ["0", "0", "2880"],
            .contractual: ["0", "0", "17400"],
            .other: ["0", "0", "13700"],
            .totalDirect: ["100.01", "1000", "243065.99"],
            .indirect: ["0", "0", "24416.60"],
            .total: ["100.01", "1000", "267482.59"],
        ])
        let form = FederalFormView(p)
        for line in ED524Line.allCases {
            #expect(sections.amount(.unfunded, line, period: 2) == form.amount(line, period: 2))
            #expect(sections.amount(.sectionA, line, period: 2) == .zero)
        }
        expectPartsAddUp(p, sections)
    }

    /// `form_524:` overrides move a source's share with the lines: the facilitator (other.0) on
    /// Contractual, food on Supplies. A federal source covering `other` and `food` pays them on
    /// those lines.
    @Test func overridesMoveTheSections() {
        var s = FundingFixtures.riverside()
        s.fundingTerms.form524 = ["other.0": .contractual, "food": .supplies]
        s.funding = [FundingSource(source: "Federal grant", kind: .grant, byYear: [10000, 10000])]
        s.fundingTerms.sources = [SourceTerms(covers: [.food, .other], federal: true)]
        let p = Projector.project(s)
        let sections = ED524Sections(p)
        // Year 1: food 3,900 (now Supplies) then the facilitator 6,100 of 8,000 (Contractual).
        #expect(sections.amount(.sectionA, .supplies, period: 1) == cents("3900"))
        #expect(sections.amount(.sectionA, .contractual, period: 1) == cents("6100"))
        #expect(sections.amount(.sectionA, .other, period: 1) == .zero)
        #expect(sections.amount(.unfunded, .contractual, period: 1) == cents("19300"))   // 17,400 + 1,900
        #expect(sections.amount(.unfunded, .other, period: 1) == cents("1800"))          // credentials
        expectPartsAddUp(p, sections)
    }

    /// A + B + unfunded = the full ED 524 view per line and period; A's line 12 is what federal
    /// sources pay of budget categories, B's what the others pay, unfunded the who-pays gap.
    func expectPartsAddUp(_ p: Projection, _ sections: ED524Sections, _ context: String = "") {
        let form = FederalFormView(p)
        let who = FundingAllocation(p)
        #expect(sections.periods.map(\.index) == form.periods.map(\.index))
        for period in p.periods {
            for line in ED524Line.allCases {
                let parts = ED524Part.allCases.map { sections.amount($0, line, period: period.index) }
                #expect(parts.sum() == form.amount(line, period: period.index), "line \(line.rawValue) period \(period.index) \(context)")
                #expect(parts.allSatisfy { $0 >= .zero }, "line \(line.rawValue) period \(period.index) \(context)")
            }
            let allocation = who.periods.first { $0.index == period.index }
            let paid = { (federal: Bool) in
                (allocation?.sources ?? []).filter { $0.federal == federal }.map { $0.byCategory.values.sum() }.sum()
            }
            #expect(sections.amount(.sectionA, .total, period: period.index) == paid(true), "\(context)")
            #expect(sections.amount(.sectionB, .total, period: period.index) == paid(false), "\(context)")
            #expect(sections.amount(.unfunded, .total, period: period.index) == (allocation?.gap ?? period.total), "\(context)")
        }
        for line in ED524Line.allCases {
            #expect(ED524Part.allCases.map { sections.total($0, line) }.sum() == form.total(line), "line \(line.rawValue) total \(context)")
        }
    }

    /// Generated scenarios with mixed federal and non-federal sources, `covers:`, employees or
    /// not, and random `form_524:` overrides by category and by line key.
    @Test func partsAddUpOnGeneratedScenarios() {
        var g = FundingFixtures.Generator(state: 5240)
        var withBoth = 0
        for n in 0..<300 {
            var s = FundingFixtures.generated(&g)
            let lines = ED524Line.assignable
            let keys = Projector.project(s).periods.flatMap(\.lines).filter { $0.category != .indirect }
            for item in keys where g.int(0...3) == 0 {
                s.fundingTerms.form524[g.bool() ? item.key : item.category.rawValue] = lines[g.int(0...lines.count - 1)]
            }
            let p = Projector.project(s)
            let sections = ED524Sections(p)
            expectPartsAddUp(p, sections, "scenario \(n)")
            if !sections.total(.sectionA, .total).isZero && !sections.total(.sectionB, .total).isZero { withBoth += 1 }
        }
        #expect(withBoth >= 20, "too few scenarios with both federal and non-federal funds: \(withBoth)")
    }
}

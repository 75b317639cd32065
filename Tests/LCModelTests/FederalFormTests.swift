import Foundation
import Testing
@testable import LCModel

/// ED 524 / SF-424A for the worked example, line by line against figures computed by hand
/// from the spec's cost rules (the arithmetic is in the comments).
@Suite struct FederalFormTests {
    @Test func workedExampleLineByLine() {
        let form = FederalFormView(Projector.project(FundingFixtures.riverside()))
        // Planning: 5 × 3 h × 6 months × $50 = 4,500 (Personnel); 14% fringe = 630.
        // Year 1 Personnel: stipends 21×4×10×50 = 42,000 + leaders 3×6×10×65 = 11,700
        //   + release time 3 × 72,000 × 0.5 = 108,000 + substitutes 21×2×200 = 8,400 = 170,100.
        // Year 1 Fringe: 0.14 × 53,700 = 7,518 + 0.30 × 108,000 = 32,400 + 0.02 × 8,400 = 168 = 40,086.
        // Year 2: compensation × 1.03, goods × 1.025 (kits: 2,880 × 0.25 × 1.025 = 738).
        let expected: [(ED524Line, [String])] = [
            (.personnel, ["4500", "170100", "175203", "349803"]),
            (.fringeBenefits, ["630", "40086", "41288.58", "82004.58"]),
            (.travel, ["0", "0", "0", "0"]),
            (.equipment, ["0", "0", "0", "0"]),
            (.supplies, ["0", "2880", "738", "3618"]),                 // kits
            (.contractual, ["0", "17400", "17907", "35307"]),          // childcare 3,000 + coaching 14,400; ×1.025 / ×1.03
            (.construction, ["0", "0", "0", "0"]),
            (.other, ["0", "13700", "14042.50", "27742.50"]),          // food 3,900 + credentials 1,800 + facilitator 8,000
            (.totalDirect, ["5130", "244166", "249179.08", "498475.08"]),
            (.indirect, ["0", "24416.60", "24917.91", "49334.51"]),    // 10% of the direct total (MTDC, employees)
            (.trainingStipends, ["0", "0", "0", "0"]),
            (.total, ["5130", "268582.60", "274096.99", "547809.59"]),
        ]
        #expect(form.periods.map(\.index) == [0, 1, 2])
        for (line, values) in expected {
            for (period, value) in zip([0, 1, 2], values.prefix(3)) {
                #expect(form.amount(line, period: period) == cents(value), "line \(line.rawValue), period \(period)")
            }
            #expect(form.total(line) == cents(values[3]), "line \(line.rawValue) total")
        }
        // SF-424A: same figures, a-h then i = 9 + 11, j = 10, k = 12.
        #expect(form.amount(objectClass: .personnel, period: 1) == cents("170100"))
        #expect(form.amount(objectClass: .other, period: 2) == cents("14042.50"))
        #expect(form.total(objectClass: .totalDirect) == cents("498475.08"))
        #expect(form.total(objectClass: .totals) == cents("547809.59"))
    }

    /// Participants who are not employees: stipends (and their fringe) go to line 11, release
    /// time and substitutes to Contractual, and MTDC leaves participant support out.
    @Test func nonEmployeesUseTrainingStipends() {
        var s = FundingFixtures.riverside()
        s.cohort.employees = false
        let p = Projector.project(s)
        let form = FederalFormView(p)
        #expect(form.amount(.trainingStipends, period: 1) == cents("61218"))       // 42,000 + 11,700 + 7,518
        #expect(form.amount(.personnel, period: 1) == .zero)
        #expect(form.amount(.fringeBenefits, period: 1) == .zero)
        // 140,400 release time + 8,568 substitutes + 3,000 childcare + 14,400 coaching
        #expect(form.amount(.contractual, period: 1) == cents("166368"))
        // MTDC base 244,166 − (61,218 + 3,900 + 3,000 + 2,880 + 1,800) = 171,368 → 17,136.80
        #expect(form.amount(.indirect, period: 1) == cents("17136.80"))
        #expect(form.amount(.totalDirect, period: 1) == cents("182948"))           // 2,880 + 166,368 + 13,700
        #expect(form.amount(.total, period: 1) == cents("261302.80"))
        #expect(form.amount(.total, period: 1) == p.periods[1].total)
        // SF-424A has no stipend class: line 11 goes to h. Other.
        #expect(form.amount(objectClass: .other, period: 1) == cents("74918"))        // 13,700 + 61,218
        #expect(form.amount(objectClass: .totalDirect, period: 1) == cents("244166"))
    }

    @Test func overridesByLineKeyAndCategory() {
        var s = FundingFixtures.riverside()
        s.fundingTerms.form524 = ["other.0": .contractual, "food": .supplies, "kits": .equipment, "kits.kits": .supplies]
        let form = FederalFormView(Projector.project(s))
        #expect(form.amount(.contractual, period: 1) == cents("25400"))    // 17,400 + facilitator 8,000
        #expect(form.amount(.other, period: 1) == cents("1800"))           // credentials only
        #expect(form.amount(.supplies, period: 1) == cents("6780"))        // kits (key wins over category) + food
        #expect(form.amount(.equipment, period: 1) == .zero)
        #expect(form.assignments.first { $0.key == "other.0" }?.overridden == true)
        #expect(form.assignments.first { $0.key == "coaching.sessions" }?.overridden == false)
        #expect(form.total(.total) == Projector.project(s).total)
    }

    /// On every generated scenario, line 12 of every period is the period's total.
    @Test func line12IsThePeriodTotal() {
        var g = FundingFixtures.Generator(state: 524)
        for _ in 0..<200 {
            let p = Projector.project(FundingFixtures.generated(&g))
            let form = FederalFormView(p)
            for period in p.periods {
                #expect(form.amount(.total, period: period.index) == period.total)
                #expect(form.amount(objectClass: .totals, period: period.index) == period.total)
            }
        }
    }
}

import Foundation
import Testing
@testable import LCModel

@Suite struct BudgetFitTests {
    func measured(_ p: Projection, perYear: Bool) -> Money {
        perYear ? (p.years.map(\.total).max() ?? .zero) : p.total
    }

    /// Checks the answer independently: project v and v + step with `apply` and compare.
    func verify(_ s: Scenario, _ variable: FitVariable, budget: Money, perYear: Bool, follows: Bool) throws {
        let result = try BudgetFit.fit(s, vary: variable, budget: budget, perYear: perYear, leaderRateFollows: follows)
        func cost(_ units: Int64) -> Money {
            measured(Projector.project(BudgetFit.apply(variable, units, to: s, leaderRateFollows: follows)), perYear: perYear)
        }
        switch result.outcome {
        case let .fits(value, projection, next):
            #expect(cost(value) <= budget)
            #expect(measured(projection, perYear: perYear) == cost(value))
            if let next {
                #expect(next.value == value + 1)
                #expect(cost(value + 1) > budget, "\(variable) v=\(value) budget=\(budget)")
            } else {
                #expect(value == BudgetFit.maximum(variable, in: s))
            }
        case let .nothingFits(minimum, _):
            #expect(minimum == (try BudgetFit.minimum(variable, in: s)))
            #expect(cost(minimum) > budget)
        case let .unbounded(limit, _):
            #expect(cost(limit) <= budget)
        }
    }

    @Test func workedExampleParticipants() throws {
        let s = FundingFixtures.riverside()
        let result = try BudgetFit.fit(s, vary: .participants, budget: Money(dollars: 500_000), perYear: false, leaderRateFollows: false)
        guard case let .fits(value, projection, next) = result.outcome else { Issue.record("expected a fit"); return }
        #expect(value == 18)
        #expect(projection.total <= Money(dollars: 500_000))
        #expect(next!.projection.total > Money(dollars: 500_000))
    }

    @Test func exactBudgetIsInclusive() throws {
        // A budget equal to the total at 18 participants fits 18, one cent less fits 17.
        let s = FundingFixtures.riverside()
        let at18 = Projector.project(BudgetFit.apply(.participants, 18, to: s, leaderRateFollows: false)).total
        for (budget, expected) in [(at18, Int64(18)), (at18 - Money(cents: 1), Int64(17))] {
            let r = try BudgetFit.fit(s, vary: .participants, budget: budget, perYear: false, leaderRateFollows: false)
            guard case let .fits(value, _, _) = r.outcome else { Issue.record("expected a fit"); continue }
            #expect(value == expected)
        }
    }

    @Test func rangesAndErrors() throws {
        var s = FundingFixtures.riverside()
        // Leaders (3) bound participants from below: a tiny budget fits nothing.
        let tiny = try BudgetFit.fit(s, vary: .participants, budget: Money(dollars: 1), perYear: false, leaderRateFollows: false)
        guard case .nothingFits(let minimum, _) = tiny.outcome else { Issue.record("expected nothing to fit"); return }
        #expect(minimum == 3)
        // A huge budget fits the largest share (1.00) and 5 years.
        let share = try BudgetFit.fit(s, vary: .leaderShare, budget: Money(dollars: 10_000_000), perYear: false, leaderRateFollows: false)
        guard case .fits(100, _, nil) = share.outcome else { Issue.record("expected share 1.00"); return }
        let years = try BudgetFit.fit(s, vary: .years, budget: Money(dollars: 10_000_000), perYear: false, leaderRateFollows: false)
        guard case .fits(5, let projection, nil) = years.outcome else { Issue.record("expected 5 years"); return }
        #expect(projection.scenario.funding?[0].byYear.count == 5)
        s.stipends = nil
        #expect(throws: FitError.self) { try BudgetFit.fit(s, vary: .hourlyRate, budget: Money(dollars: 1), perYear: false, leaderRateFollows: true) }
        s.cohort.byYear = [CohortYear(participants: 24, leaders: 3), CohortYear(participants: 30, leaders: 4)]
        #expect(throws: FitError.self) { try BudgetFit.fit(s, vary: .participants, budget: Money(dollars: 1), perYear: false, leaderRateFollows: true) }
    }

    /// total(v) ≤ budget < total(v + step) on generated scenarios and budgets, for every field,
    /// total and per-year.
    @Test func generatedScenariosHaveNoOffByOne() throws {
        var g = FundingFixtures.Generator(state: 41)
        var checked = 0
        while checked < 160 {
            var s = FundingFixtures.generated(&g)
            s.cohort.byYear = nil
            if s.stipends == nil { s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4) }
            if s.buyouts == nil { s.buyouts = Buyouts(salary: 70000, benefitsRate: Decimal(string: "0.3")!, leaderShare: Decimal(string: "0.5")!) }
            let base = Projector.project(s)
            let perYear = g.bool()
            let reference = measured(base, perYear: perYear)
            // Budgets around the scenario's own cost, so the edge falls inside the range.
            let budget = Money(cents: max(0, reference.cents * Int64(g.int(20...180)) / 100 + Int64(g.int(0...99))))
            let variable = FitVariable.allCases[g.int(0...3)]
            try verify(s, variable, budget: budget, perYear: perYear, follows: g.bool())
            checked += 1
        }
    }

    /// Leaders do not always raise the total, so the answer is checked against every value.
    @Test func leadersAreTriedOneByOne() throws {
        let s = FundingFixtures.riverside()
        for dollars in [200_000, 300_000, 500_000, 2_000_000] {
            let budget = Money(dollars: Int64(dollars))
            try verify(s, .leaders, budget: budget, perYear: false, follows: false)
            let result = try BudgetFit.fit(s, vary: .leaders, budget: budget, perYear: false, leaderRateFollows: false)
            if case let .fits(value, _, _) = result.outcome {
                let fitting = (0...Int64(s.cohort.participants)).filter {
                    Projector.project(BudgetFit.apply(.leaders, $0, to: s, leaderRateFollows: false)).total <= budget
                }
                #expect(value == fitting.max())
            }
        }
        #expect(FitVariable.named("leaders") == .leaders)
        #expect(FitVariable.named("leader_share") == .leaderShare)
        #expect(FitVariable.named("hourly_rate") == .hourlyRate)
        #expect(FitVariable.named("share") == nil)
    }

    /// When nothing fits, the lines the field cannot move are named with their exact cost.
    @Test func nothingFitsNamesTheCostsTheFieldCannotMove() throws {
        let s = FundingFixtures.riverside()
        let budget = Money(dollars: 20_000)
        let result = try BudgetFit.fit(s, vary: .leaderShare, budget: budget, perYear: false, leaderRateFollows: false)
        guard case let .nothingFits(minimum, low) = result.outcome else { Issue.record("expected nothing to fit"); return }
        #expect(!result.fixedCosts.isEmpty)
        let high = Projector.project(BudgetFit.apply(.leaderShare, minimum * 2 + 1, to: s, leaderRateFollows: false))
        for cost in result.fixedCosts {
            let key = try #require(low.lineRows.first { $0.item == cost.item }?.key)
            let sum = { (p: Projection) in p.periods.flatMap(\.lines).filter { $0.key == key }.map(\.amount).sum() }
            #expect(sum(low) == cost.amount && sum(high) == cost.amount)
        }
        // Leader release time moves with the share, so it is not among them.
        #expect(!result.fixedCosts.contains { $0.item.localizedCaseInsensitiveContains("leader release") })
        #expect(zip(result.fixedCosts, result.fixedCosts.dropFirst()).allSatisfy { $0.amount >= $1.amount })
    }

    /// --keep-guide: the guide's fixes first, then the largest cohort that still follows them.
    @Test func keepGuideAppliesTheFixesAndKeepsThem() throws {
        var s = FundingFixtures.riverside()
        s.stipends?.hourlyRate = Decimal(string: "42.5")!
        s.buyouts?.leaderShare = Decimal(string: "0.3")!
        let budget = Money(dollars: 400_000)
        let result = try BudgetFit.fit(s, vary: .participants, budget: budget, perYear: false, leaderRateFollows: false, keepGuide: true)
        #expect(result.guideFixes.contains(.stipendBelowGuide) && result.guideFixes.contains(.leaderBuyoutBelowGuide))
        guard case let .fits(value, projection, next) = result.outcome else { Issue.record("expected a fit"); return }
        #expect(projection.advisories.allSatisfy { $0.code == .fundingGap })
        #expect(projection.total <= budget && next!.projection.total > budget)
        #expect(projection.scenario.stipends?.hourlyRate == 50)
        // Without the guide the same budget affords more educators at the lower stipend.
        let plain = try BudgetFit.fit(s, vary: .participants, budget: budget, perYear: false, leaderRateFollows: false)
        if case let .fits(more, _, _) = plain.outcome { #expect(more > value) }
        // A recommendation with no price to apply is named, not silently dropped.
        var unpriced = s
        unpriced.food = nil
        #expect(throws: FitError.self) {
            try BudgetFit.fit(unpriced, vary: .participants, budget: budget, perYear: false, leaderRateFollows: false, keepGuide: true)
        }
    }
}

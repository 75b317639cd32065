import Foundation
import LCLoader
import LCModel

/// Scenarios and model values for the brief's calendar, uncertainty and variance paragraphs.
enum NarrativeExtrasFixtures {
    static func scenarioText(_ file: String) -> String {
        let url = NarrativeFixtures.repositoryRoot.appendingPathComponent("scenarios/\(file)")
        return try! String(contentsOf: url, encoding: .utf8)
    }

    /// `scenarios/calendar-sample.yaml`: the worked example with a dated calendar.
    static var calendarSample: Projection { NarrativeFixtures.project(scenarioText("calendar-sample.yaml"), file: "calendar-sample.yaml") }

    /// `scenarios/riverside-uncertain.yaml`: the worked example with four uncertain inputs.
    static var riversideUncertain: Projection { NarrativeFixtures.project(scenarioText("riverside-uncertain.yaml"), file: "riverside-uncertain.yaml") }

    /// The uncertain example with funding near its median cost, so the chances of running
    /// over are neither 0% nor 100% (and the test of their printing can fail).
    static var uncertainNearMedian: Projection {
        let text = scenarioText("riverside-uncertain.yaml")
            .replacingOccurrences(of: "by_year: [60000, 60000]", with: "by_year: [120000, 126000]")
        return NarrativeFixtures.project(text, file: "near-median.yaml")
    }

    /// The calendar sample with the uncertain example's `uncertainty:` section: all three paragraphs.
    static var allThree: Projection {
        let uncertain = scenarioText("riverside-uncertain.yaml")
        let section = uncertain[uncertain.range(of: "uncertainty:")!.lowerBound...]
        return NarrativeFixtures.project(scenarioText("calendar-sample.yaml") + "\n" + section, file: "all-three.yaml")
    }

    /// A small, quick simulation (3,000 draws: no chance lands exactly on a half tenth of a point).
    static func summary(_ p: Projection) -> SimulationSummary {
        Simulation.run(p, uncertainty: p.scenario.uncertainty!, draws: 3_000, seed: 1, jobs: 1)
    }

    /// Hand-made actuals against the worked example as of 31 January 2028 (Year 1 is 184 of
    /// 366 days in: 50%; the project 365 of 912 days: 40%):
    ///
    /// | category | Year 1 budget | spent | share | status |
    /// | --- | ---: | ---: | ---: | --- |
    /// | planning (on-ramp) | $5,130.00 | $5,130.00 | 100% | on track (period over) |
    /// | stipends | $61,218.00 | $30,000.00 | 49% | on track |
    /// | substitutes | $8,568.00 | $1,000.00 | 12% | underspending |
    /// | food | $3,900.00 | $3,000.00 | 77% | overspending (ahead of pace) |
    /// | kits | $2,880.00 | $3,000.00 | — | overspending (over budget) |
    /// | every other category | … | $0.00 | 0% | underspending |
    ///
    /// Spent: $42,130.00 of $547,809.59 (8%); Year 1 $37,000.00 of $268,582.60 (14%), underspending.
    /// One actual is dated after the as-of date and is not counted.
    static func variance(_ p: Projection) -> Variance {
        func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
        let actuals = [
            ActualExpense(date: day("2027-06-30"), category: .planning, item: "On-ramp", amount: Money(cents: 513_000)),
            ActualExpense(date: day("2027-12-15"), category: .stipends, item: "Stipends", amount: Money(cents: 3_000_000)),
            ActualExpense(date: day("2027-10-12"), category: .substitutes, item: "Subs", amount: Money(cents: 100_000)),
            ActualExpense(date: day("2028-01-11"), category: .food, item: "Meals", amount: Money(cents: 300_000)),
            ActualExpense(date: day("2027-09-01"), category: .kits, item: "Kits", amount: Money(cents: 300_000)),
            ActualExpense(date: day("2028-02-14"), category: .food, item: "Later meal", amount: Money(cents: 50_000)),
        ]
        return Variance.compute(projection: p, actuals: actuals, asOf: day("2028-01-31"))
    }
}

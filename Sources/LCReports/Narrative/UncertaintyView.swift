import Foundation
import LCModel

/// The brief's "How sure are we" paragraph: the P10–P90 range of the total and the chance each
/// year runs over its funding, all read from the Monte Carlo `SimulationSummary` that `report`
/// runs when the scenario has `uncertainty:` (`Simulation.reportSummary`).
///
/// ```swift
/// UncertaintyView(summary, projection: projection).low    // "$529,312.40" (the total's P10)
/// ```
///
/// Nothing is computed here but formatting: the range is `summary.totalRange`, the chances are
/// `SimulatedFigure.probabilityOverFunding` printed as `SimulationTable` prints them (one decimal,
/// "<0.1%" rather than a misleading 0.0%).
struct UncertaintyView {
    struct Year {
        let label, funded, chanceOverFunding: String
    }

    /// `100,000 times`: how many budgets were drawn.
    let draws: String
    /// The random seed, `1`.
    let seed: String
    /// The total's P10 and P90, and the exact projection's total for comparison.
    let low, high, base: String
    /// What was uncertain, in words: `the hourly stipend rate, the substitute daily rate, …`.
    let inputs: String
    /// The input whose P10-to-P90 swing moves the total most (first tornado bar), in words.
    let widestSwing: String?
    /// One per project year, when the scenario lists funding.
    let years: [Year]
    let hasFunding: Bool
    /// The same chances in one phrase: `97.5% in year 1 and 99.1% in year 2`; nil without funding.
    let chances: String?
    /// `SimulationSummary.arithmeticNote`: binary floating point, lines rounded to cents.
    let arithmeticNote: String

    init(_ summary: SimulationSummary, projection: Projection, catalog given: [ScenarioInput]? = nil) {
        let scenario = projection.scenario
        draws = Formatting.count(summary.draws, "times")
        seed = String(summary.seed)
        let range = summary.totalRange
        low = Formatting.money(range.p10)
        high = Formatting.money(range.p90)
        base = Formatting.money(summary.total.base)
        let catalog = given ?? InputCatalog.inputs(for: scenario, schedule: projection.calendarSchedule)
        inputs = Formatting.list(summary.inputs.map { UncertaintyView.words(for: $0.path, catalog) })
        widestSwing = summary.tornado.first.map { UncertaintyView.words(for: $0.input, catalog) }
        years = summary.years.compactMap { year in
            guard let funded = year.funded, let chance = year.probabilityOverFunding else { return nil }
            return Year(label: year.label, funded: Formatting.money(funded), chanceOverFunding: SimulationTable.percent(chance))
        }
        hasFunding = !years.isEmpty
        chances = hasFunding ? Formatting.list(years.map { "\($0.chanceOverFunding) in \($0.label.lowercasedFirst)" }) : nil
        arithmeticNote = SimulationSummary.arithmeticNote
    }

    /// An input path in a principal's words: the Assumptions sheet's label where the path is a
    /// catalog key (`stipends.hourly_rate` -> "participant hourly stipend rate"), else the path.
    static func words(for path: String, _ catalog: [ScenarioInput]) -> String {
        if path == "cohort.participants" { return "the number of educators" }
        guard let input = catalog.first(where: { $0.key == path }) else { return path }
        return "the " + input.label.lowercasedFirst
    }
}

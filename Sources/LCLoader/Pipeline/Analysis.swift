import Foundation
import LCModel

/// The one pipeline from a scenario's text to everything a view reads, each stage a value
/// computed once:
///
/// 1. **load** — parse and check the text (`ScenarioLoader.parse`): a `LoadedScenario`, or a
///    `ScenarioError` holding every problem as `file:line:column` diagnostics;
/// 2. **book** — apply the cost rules (`Projector.book`) with the calendar's schedule computed
///    while loading;
/// 3. **check** — what can only be checked against the booked lines: `form_524` keys and
///    `covers:` line keys (`LineKeyCheck`);
/// 4. **validate** — the guide's advisories (`Advisor`), apart from booking as beancount keeps
///    validation apart from its booking;
/// 5. **views on request** — the funding views (on `projection`), the Monte Carlo summary
///    (`simulation`, `reportUncertainty`) and the record's variance (`variance`).
///
/// The command line, the web workspace and the batch read this value; none of them loads or
/// projects on its own.
///
/// ```swift
/// let analysis = try Analysis.load(path: "scenarios/riverside-worked-example.yaml")
/// analysis.projection.total          // $547,809.59
/// analysis.advisories.map(\.code)    // [.fundingGap]
/// ```
public struct Analysis: Sendable {
    public let loaded: LoadedScenario
    /// The booked lines with the guide's advisories: the one projection every view reads.
    public let projection: Projection

    public var scenario: Scenario { loaded.scenario }
    public var advisories: [Advisory] { projection.advisories }
    /// The calendar's schedule (nil without a `calendar:`), computed once while loading.
    public var schedule: Schedule? { projection.calendarSchedule }

    /// Reads and analyses a scenario file.
    public static func load(path: String) throws(ScenarioError) -> Analysis {
        try Analysis(try ScenarioLoader.load(path: path))
    }

    /// Analyses scenario text held in memory (the web workspace's editor, a recorded run);
    /// `file` names it in messages.
    public init(text: String, file: String) throws(ScenarioError) {
        try self.init(try ScenarioLoader.parse(text, file: file))
    }

    /// Books, checks and validates a loaded scenario.
    public init(_ loaded: LoadedScenario) throws(ScenarioError) {
        let booked = Projector.book(loaded.scenario, schedule: loaded.calendarSchedule)
        let problems = LineKeyCheck.problems(loaded.lineKeyReferences, in: booked)
        if !problems.isEmpty { throw ScenarioError(problems) }
        var projection = booked
        projection.advisories = Advisor.advisories(for: booked)
        self.loaded = loaded
        self.projection = projection
    }

    /// Each advisory as a warning at the input it concerns (`check`, the page's field notes).
    public var advisoryDiagnostics: [Diagnostic] {
        advisories.map { Diagnostic(.warning, "[\($0.code.rawValue)] \($0.message)", at: loaded.location(of: $0.input)) }
    }

    /// The funding source a `--funder NAME` means (case-insensitive), as its index in `funding:`.
    public func funder(named name: String) throws(ScenarioError) -> Int {
        if let index = scenario.fundingSource(named: name) { return index }
        let names = (scenario.funding ?? []).map(\.source)
        let hint = Suggestion.nearest(to: name, in: names.map { $0.lowercased() })
            .flatMap { near in names.first { $0.lowercased() == near } }.map { "; did you mean '\($0)'?" } ?? ""
        let list = names.isEmpty ? "the scenario lists no funding sources" : "the sources are " + names.map { "'\($0)'" }.joined(separator: ", ")
        throw ScenarioError([Diagnostic(.error, "--funder '\(name)' names no funding source\(hint) (\(list))", file: loaded.file)])
    }

    /// The Monte Carlo simulation of `lcbudget simulate`; an error when the scenario has no
    /// `uncertainty:` section.
    public func simulation(draws: Int, seed: UInt64, jobs: Int,
                           progress: (@Sendable (Double) -> Void)? = nil) throws(ScenarioError) -> SimulationSummary {
        guard let uncertainty = scenario.uncertainty else {
            throw ScenarioError([Diagnostic(.error, "the scenario has no uncertainty: section, so there is nothing to simulate; add one naming the inputs that are guesses, for example\n  uncertainty:\n    stipends.hourly_rate: { uniform: { low: 45, high: 60 } }\n(see docs/uncertainty.md)", file: loaded.file)])
        }
        return Simulation.run(projection, uncertainty: uncertainty, draws: draws, seed: seed, jobs: jobs, progress: progress)
    }

    /// The report's uncertainty summary (nil without `uncertainty:`), `Simulation.reportSummary`.
    public func reportUncertainty(jobs: Int) -> SimulationSummary? {
        Simulation.reportSummary(projection, jobs: jobs)
    }

    /// Budget against `actuals` as of `date`: the variance view of the record.
    public func variance(actuals: [ActualExpense], asOf date: CivilDate) -> Variance {
        Variance.compute(projection: projection, actuals: actuals, asOf: date)
    }

    /// The calendar's schedule, or an error naming the missing section (`lcbudget calendar`).
    public func requireSchedule() throws(ScenarioError) -> Schedule {
        guard let schedule else {
            throw ScenarioError([Diagnostic(.error, "the scenario has no calendar: section; add one (see docs/calendar.md and scenarios/calendar-sample.yaml)", file: loaded.file)])
        }
        return schedule
    }
}

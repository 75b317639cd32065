import Foundation
import LCLoader
import LCModel

/// The budget of a recorded scenario: its latest run, re-analysed from the stored source text.
///
/// Re-analysing (rather than reading the stored lines) gives `variance` and `stipends` the full
/// `Projection` and `Scenario` (rates, start, periods) through the same pipeline as every other
/// view. The stored lines are then compared with the new projection: when a newer lcbudget costs
/// the same text differently, `linesDiffer` says so, and the figures follow the current rules
/// (record a new run to make them the record's).
///
/// ```swift
/// let budget = try store.recordedBudget("riverside")
/// budget.projection.total      // $547,809.59
/// budget.linesDiffer           // false
/// ```
public struct RecordedBudget: Sendable {
    public var run: StoredRun
    public var analysis: Analysis
    /// The recorded lines differ from this version's projection of the recorded text.
    public var linesDiffer: Bool

    public var projection: Projection { analysis.projection }
}

extension RecordStore {
    /// The latest run of the scenario `name` means (`scenarioName(matching:)`), re-analysed.
    /// Throws `StoreError`, or the `ScenarioError` of a recorded text this version no longer
    /// loads (its diagnostics name the database and the run).
    public func recordedBudget(_ name: String) throws -> RecordedBudget {
        let scenario = try scenarioName(matching: name)
        let run = try latestRun(scenario: scenario)
        let analysis = try Analysis(text: run.sourceText, file: "\(path) run \(run.id) (\(run.sourceFile))")
        return RecordedBudget(run: run, analysis: analysis, linesDiffer: StoredLine.lines(of: analysis.projection) != run.lines)
    }
}

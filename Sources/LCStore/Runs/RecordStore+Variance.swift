import LCModel

extension RecordStore {
    /// The variance of `projection` against its scenario's recorded actuals, as of the latest
    /// actual: what `lcbudget report` adds to the reports. nil when the record has no actuals
    /// for the scenario (or has never seen it).
    ///
    /// ```swift
    /// let variance = try store.variance(of: Projector.project(scenario))   // nil: no actuals yet
    /// ```
    public func variance(of projection: Projection) throws(StoreError) -> Variance? {
        let name = projection.scenario.name
        guard try scenarioNames().contains(name) else { return nil }
        let actuals = try actuals(scenario: name)
        guard let latest = actuals.map(\.date).max() else { return nil }
        return Variance.compute(projection: projection, actuals: actuals, asOf: latest)
    }
}

import Foundation

/// The scenario's `uncertainty:` section: which inputs are guesses, and how far they may go.
///
/// ```yaml
/// uncertainty:
///   stipends.hourly_rate:   { triangular: { low: 45, mode: 50, high: 60 } }
///   escalation.compensation: { normal: { mean: 0.03, sd: 0.01 } }
/// ```
/// Inputs are kept in file order; the simulation draws input `j` of draw `i` from counter
/// `i · inputs.count + j`, so that order is part of what a seed reproduces.
public struct Uncertainty: Sendable, Equatable {
    public var inputs: [UncertainInput]

    public init(inputs: [UncertainInput]) { self.inputs = inputs }
}

/// One uncertain input: its path, its distribution and the range its draws must stay in.
public struct UncertainInput: Sendable, Equatable {
    /// The path as written in the file: `stipends.hourly_rate`, `cohort.by_year[1].participants`.
    public var path: String
    public var distribution: Distribution
    /// A whole-number field (participants, meetings, families …): draws are whole numbers.
    public var isInteger: Bool
    /// The field's valid range; a normal distribution is truncated to it. `nil` = unbounded.
    public var lowerBound, upperBound: Decimal?
    /// Paths the file leaves at a default that equals this input (`stipends.leader_hourly_rate`
    /// when only `hourly_rate` is given): they take the same drawn value.
    public var followers: [String]

    public init(path: String, distribution: Distribution, isInteger: Bool = false,
                lowerBound: Decimal? = nil, upperBound: Decimal? = nil, followers: [String] = []) {
        self.path = path
        self.distribution = distribution
        self.isInteger = isInteger
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.followers = followers
    }
}

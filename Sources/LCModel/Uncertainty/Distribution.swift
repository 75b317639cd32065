import Foundation

/// How likely each value of one uncertain input is, with its parameters exactly as written.
///
/// ```yaml
/// stipends.hourly_rate: { triangular: { low: 45, mode: 50, high: 60 } }
/// ```
/// becomes `.triangular(low: 45, mode: 50, high: 60)`. The loader checks the parameters
/// against the field's valid range; `InputSampler` turns them into draws.
public enum Distribution: Sendable, Equatable {
    /// Every value between `low` and `high` equally likely (every whole number, for integer fields).
    case uniform(low: Decimal, high: Decimal)
    /// Most likely at `mode`, falling linearly to zero at `low` and `high`.
    case triangular(low: Decimal, mode: Decimal, high: Decimal)
    /// A normal distribution truncated to the field's valid range.
    case normal(mean: Decimal, sd: Decimal)
    /// One of `values`, with probability proportional to its weight.
    case discrete(values: [Decimal], weights: [Decimal])

    /// `uniform`, `triangular`, `normal` or `discrete`: the YAML key.
    public var name: String {
        switch self {
        case .uniform: "uniform"
        case .triangular: "triangular"
        case .normal: "normal"
        case .discrete: "discrete"
        }
    }

    /// The parameters as written, for tables and JSON (`[("low", "45"), ("high", "60")]`).
    public var parameters: [(name: String, value: String)] {
        switch self {
        case let .uniform(low, high): [("low", low.plainText), ("high", high.plainText)]
        case let .triangular(low, mode, high): [("low", low.plainText), ("mode", mode.plainText), ("high", high.plainText)]
        case let .normal(mean, sd): [("mean", mean.plainText), ("sd", sd.plainText)]
        case let .discrete(values, weights):
            [("values", values.map(\.plainText).joined(separator: ", ")),
             ("weights", weights.map(\.plainText).joined(separator: ", "))]
        }
    }

    /// "triangular (low 45, mode 50, high 60)".
    public var summary: String {
        "\(name) (" + parameters.map { "\($0.name) \($0.value)" }.joined(separator: ", ") + ")"
    }

    /// The smallest and largest values a draw can take before truncation to the field's range
    /// (`nil` where the distribution is unbounded: a normal with sd > 0).
    public var support: (lower: Decimal?, upper: Decimal?) {
        switch self {
        case let .uniform(low, high), let .triangular(low, _, high): (low, high)
        case let .normal(mean, sd): sd == 0 ? (mean, mean) : (nil, nil)
        case let .discrete(values, _): (values.min(), values.max())
        }
    }
}

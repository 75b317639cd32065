import Foundation

/// One uncertain input's distribution as a monotone map from a uniform number `u` in (0, 1)
/// to a drawn value (its inverse CDF), in binary floating point.
///
/// Being monotone, the same map gives quantiles: `value(at: 0.1)` is the input's P10, which the
/// tornado uses. Integer fields: `uniform` draws every whole number from low to high with equal
/// probability; `triangular` and `normal` draws are rounded to the nearest whole number (halves
/// away from zero); `discrete` values are whole numbers already. Every draw is finally clamped to
/// the field's valid range (a normal is truncated to it by inversion, so clamping only guards
/// against rounding at the ends).
struct InputSampler: Sendable {
    enum Shape: Sendable {
        case constant(Double)
        case uniform(low: Double, width: Double)
        /// Whole numbers low, low+1, …, low+count−1, equally likely.
        case wholeUniform(low: Double, count: Double)
        case triangular(low: Double, mode: Double, high: Double)
        /// Normal(mean, sd) truncated to [lower, upper]: Φ⁻¹ over [pLow, pLow + pWidth].
        case normal(mean: Double, sd: Double, pLow: Double, pWidth: Double)
        /// Values ascending, with cumulative probabilities (the last is exactly 1).
        case discrete(values: [Double], cumulative: [Double])
    }

    let shape: Shape
    let integer: Bool
    let lower, upper: Double

    init(_ input: UncertainInput) {
        integer = input.isInteger
        lower = input.lowerBound?.binary ?? -.infinity
        upper = input.upperBound?.binary ?? .infinity
        switch input.distribution {
        case let .uniform(low, high):
            if low == high {
                shape = .constant(low.binary)
            } else if input.isInteger {
                shape = .wholeUniform(low: low.binary, count: (high - low).binary + 1)
            } else {
                shape = .uniform(low: low.binary, width: high.binary - low.binary)
            }
        case let .triangular(low, mode, high):
            shape = low == high ? .constant(low.binary) : .triangular(low: low.binary, mode: mode.binary, high: high.binary)
        case let .normal(mean, sd):
            if sd == 0 {
                shape = .constant(mean.binary)
            } else {
                let m = mean.binary, s = sd.binary
                let pLow = StandardNormal.cdf((lower - m) / s)
                let pHigh = StandardNormal.cdf((upper - m) / s)
                shape = .normal(mean: m, sd: s, pLow: pLow, pWidth: pHigh - pLow)
            }
        case let .discrete(values, weights):
            let pairs = zip(values, weights).sorted { $0.0 < $1.0 }
            let total = weights.reduce(Decimal(0), +)
            var running = Decimal(0)
            var cumulative: [Double] = []
            for (_, weight) in pairs {
                running += weight
                cumulative.append((running / total).binary)
            }
            cumulative[cumulative.count - 1] = 1
            shape = .discrete(values: pairs.map { $0.0.binary }, cumulative: cumulative)
        }
    }

    /// The drawn value for the uniform number `u` (0 < u < 1); `value(at: q)` is the q-quantile.
    @inline(__always)
    func value(at u: Double) -> Double {
        var x: Double
        switch shape {
        case .constant(let c):
            return c
        case let .uniform(low, width):
            x = low + u * width
        case let .wholeUniform(low, count):
            x = low + min((u * count).rounded(.down), count - 1)
        case let .triangular(a, c, b):
            let split = (c - a) / (b - a)
            x = u < split ? a + (u * (b - a) * (c - a)).squareRoot()
                          : b - ((1 - u) * (b - a) * (b - c)).squareRoot()
        case let .normal(mean, sd, pLow, pWidth):
            x = mean + sd * StandardNormal.quantile(pLow + u * pWidth)
        case let .discrete(values, cumulative):
            var index = 0
            while index < cumulative.count - 1 && u > cumulative[index] { index += 1 }
            return values[index]
        }
        if integer { x = x.rounded(.toNearestOrAwayFromZero) }
        return min(max(x, lower), upper)
    }
}

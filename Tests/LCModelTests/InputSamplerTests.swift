import Foundation
import Testing
@testable import LCModel

/// Distributions' samples checked statistically with fixed seeds: means, spreads and ranges
/// within tolerances of several standard errors (the seeds are fixed, so these never flake).
@Suite struct InputSamplerTests {
    static let n = 100_000

    func draws(_ input: UncertainInput, seed: UInt64 = 7) -> [Double] {
        let sampler = InputSampler(input)
        let random = CounterRandom(seed: seed)
        return (0..<Self.n).map { sampler.value(at: random.unit(UInt64($0))) }
    }

    func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
    func sd(_ xs: [Double]) -> Double {
        let m = mean(xs)
        return (xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count - 1)).squareRoot()
    }

    @Test func uniformHasItsMeanSpreadAndRange() {
        let xs = draws(UncertainInput(path: "substitutes.daily_rate", distribution: .uniform(low: 180, high: 240)))
        #expect(xs.allSatisfy { $0 >= 180 && $0 <= 240 })
        #expect(abs(mean(xs) - 210) < 0.3)                       // se ≈ 0.055
        #expect(abs(sd(xs) - 60 / 12.0.squareRoot()) < 0.2)      // 17.32
        #expect(xs.min()! < 180.1 && xs.max()! > 239.9)
    }

    @Test func triangularHasItsMeanAndMode() {
        let xs = draws(UncertainInput(path: "stipends.hourly_rate", distribution: .triangular(low: 45, mode: 50, high: 60)))
        #expect(xs.allSatisfy { $0 >= 45 && $0 <= 60 })
        #expect(abs(mean(xs) - 155.0 / 3) < 0.05)                // 51.667, se ≈ 0.01
        // P(X ≤ mode) = (mode − low)/(high − low) = 1/3.
        let belowMode = Double(xs.filter { $0 <= 50 }.count) / Double(Self.n)
        #expect(abs(belowMode - 1.0 / 3) < 0.006)
    }

    @Test func normalWithinWideRangeHasItsMeanAndSd() {
        let input = UncertainInput(path: "escalation.compensation", distribution: .normal(mean: 0.03, sd: 0.01),
                                   lowerBound: Decimal(string: "-0.1"), upperBound: Decimal(string: "0.25"))
        let xs = draws(input)
        #expect(abs(mean(xs) - 0.03) < 0.0002)
        #expect(abs(sd(xs) - 0.01) < 0.0002)
        // About 80% within ±1.2816 sd (P10..P90).
        let inside = Double(xs.filter { abs($0 - 0.03) <= 1.2816 * 0.01 }.count) / Double(Self.n)
        #expect(abs(inside - 0.8) < 0.006)
    }

    @Test func normalIsTruncatedToTheFieldRange() {
        // mean 0.05, sd 0.1, range 0..1: a half-normal-like shape, never below 0.
        let input = UncertainInput(path: "indirect.rate", distribution: .normal(mean: 0.05, sd: 0.1),
                                   lowerBound: 0, upperBound: 1)
        let xs = draws(input)
        #expect(xs.allSatisfy { $0 >= 0 && $0 <= 1 })
        // Truncated normal mean: μ + σ·φ(α)/(1 − Φ(α)) with α = −0.5 → 0.05 + 0.1·0.35207/0.69146 = 0.10092.
        #expect(abs(mean(xs) - 0.10092) < 0.001)
    }

    @Test func integerUniformDrawsEveryWholeNumberEquallyOften() {
        let input = UncertainInput(path: "cohort.participants", distribution: .uniform(low: 20, high: 24),
                                   isInteger: true, lowerBound: 3)
        let xs = draws(input)
        #expect(xs.allSatisfy { $0 == $0.rounded() })
        for value in 20...24 {
            let share = Double(xs.filter { $0 == Double(value) }.count) / Double(Self.n)
            #expect(abs(share - 0.2) < 0.006, "value \(value) share \(share)")
        }
    }

    @Test func integerNormalDrawsAreRoundedWholeNumbersInRange() {
        let input = UncertainInput(path: "cohort.participants", distribution: .normal(mean: 24, sd: 10),
                                   isInteger: true, lowerBound: 3)
        let xs = draws(input)
        #expect(xs.allSatisfy { $0 == $0.rounded() && $0 >= 3 })
        #expect(xs.contains(3))
    }

    @Test func discreteFollowsItsWeights() {
        let input = UncertainInput(path: "cohort.participants",
                                   distribution: .discrete(values: [28, 20, 24], weights: [1, 1, 2]), isInteger: true)
        let xs = draws(input)
        #expect(Set(xs) == [20, 24, 28])
        #expect(abs(Double(xs.filter { $0 == 24 }.count) / Double(Self.n) - 0.5) < 0.006)
        #expect(abs(Double(xs.filter { $0 == 28 }.count) / Double(Self.n) - 0.25) < 0.006)
    }

    @Test func degenerateDistributionsAlwaysGiveTheirValue() {
        let inputs: [Distribution] = [.uniform(low: 50, high: 50), .triangular(low: 50, mode: 50, high: 50),
                                      .normal(mean: 50, sd: 0), .discrete(values: [50], weights: [3])]
        for distribution in inputs {
            let xs = draws(UncertainInput(path: "stipends.hourly_rate", distribution: distribution))
            #expect(Set(xs) == [50], "\(distribution.name)")
        }
    }

    @Test func quantilesAreMonotoneAndKnown() {
        let uniform = InputSampler(UncertainInput(path: "x", distribution: .uniform(low: 45, high: 60)))
        #expect(uniform.value(at: 0.1) == 46.5)
        #expect(uniform.value(at: 0.9) == 58.5)
        let normal = InputSampler(UncertainInput(path: "x", distribution: .normal(mean: 0, sd: 1)))
        #expect(abs(normal.value(at: 0.975) - 1.959963984540054) < 1e-12)
        #expect(abs(normal.value(at: 0.1) + 1.2815515655446004) < 1e-12)
        var previous = -Double.infinity
        let triangular = InputSampler(UncertainInput(path: "x", distribution: .triangular(low: 45, mode: 50, high: 60)))
        for step in 1..<1000 {
            let value = triangular.value(at: Double(step) / 1000)
            #expect(value >= previous)
            previous = value
        }
    }

    @Test func standardNormalQuantileInvertsTheCdf() {
        // Up to +4 only: above that Φ(x) is within 3e-5 of 1, where a Double keeps too few
        // digits of the tail for any inverse to recover x to 1e-9.
        for x in stride(from: -6.0, through: 4.0, by: 0.25) {
            #expect(abs(StandardNormal.quantile(StandardNormal.cdf(x)) - x) < 1e-9, "x = \(x)")
        }
    }
}

import Foundation
import Testing
@testable import LCModel

/// `LargestRemainder` ranks remainders exactly: equal remainders are equal, so the earlier part
/// wins, even where a 38-digit decimal quotient would have told them apart.
@Suite struct LargestRemainderTests {
    /// 3 cents by weights 4 : 1 : 4 are 4/3, 1/3, 4/3 cents: three remainders of exactly 1/3,
    /// so the one cent left goes to the first part. (Cut to 38 significant digits, 1/3 keeps
    /// one more digit than 4/3 − 1 and looked larger, giving the cent to the second part.)
    @Test func equalRemaindersGoToTheEarlierPart() {
        #expect(LargestRemainder.split(Money(cents: 3), weights: [4, 1, 4]) == [2, 0, 1].map { Money(cents: $0) })
        #expect(LargestRemainder.split(Money(cents: -3), weights: [4, 1, 4]) == [-2, 0, -1].map { Money(cents: $0) })
    }

    @Test func partsAlwaysSumToTheAmountAndFollowTheWeights() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...14, using: &random)
            let weights = (0..<count).map { _ in Decimal(Int.random(in: 0...1_000_000, using: &random)) / 100 }
            let amount = Money(cents: Int64.random(in: -10_000_000...10_000_000, using: &random))
            let parts = LargestRemainder.split(amount, weights: weights)
            #expect(parts.map(\.cents).reduce(0, +) == amount.cents)
            // Each part is within one cent of its exact share.
            let total = weights.map(Exact.init).reduce(Exact.zero, +)
            for (part, weight) in zip(parts, weights) where !total.isZero {
                let share = Exact(amount.cents) * Exact(weight) / total
                let gap = Exact(part.cents) - share
                #expect(gap < Exact(1) && Exact(-1) < gap)
            }
        }
    }

    /// Weights beyond 128 bits over a common denominator go through `Exact` and agree.
    @Test func hugeWeightsTakeTheExactPathAndAgree() {
        let weights: [Exact] = [Exact(1) / Exact(Int64(999_999_937)), Exact(1) / Exact(Int64(999_999_929)),
                                Exact(1) / Exact(Int64(999_999_893)), Exact(1) / Exact(Int64(999_999_883)),
                                Exact(1) / Exact(Int64(999_999_797))]
        #expect(LargestRemainder.integerShares(1_000_000, weights) == nil)
        let parts = LargestRemainder.split(Money(cents: 1_000_000), exactWeights: weights)
        #expect(parts.map(\.cents).reduce(0, +) == 1_000_000)
        #expect(parts.allSatisfy { abs($0.cents - 200_000) <= 1 })
    }
}

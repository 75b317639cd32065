import Foundation

/// Splits an amount of cents into parts proportional to weights, exactly.
///
/// Each part gets the whole cents of its exact share; the cents left over go one each to the
/// parts with the largest remainders (ties to the earlier part), so the parts always sum to
/// the amount. Negative amounts are split as their magnitude and negated.
///
/// Shares and remainders are exact (no quotient is cut to a number of digits, so two equal
/// remainders are equal and the earlier part wins): the weights are brought to one common
/// denominator and the split is done in 128-bit integers; weights too large for that go
/// through `Exact`.
///
/// ```swift
/// LargestRemainder.split(Money(cents: 100), weights: [1, 1, 1])  // 34, 33, 33 cents
/// ```
public enum LargestRemainder {
    public static func split(_ amount: Money, weights: [Decimal]) -> [Money] {
        split(amount, exactWeights: weights.map(Exact.init))
    }

    /// The same split with exact weights.
    public static func split(_ amount: Money, exactWeights weights: [Exact]) -> [Money] {
        guard !weights.isEmpty else { return [] }
        if amount.cents < 0 { return split(-amount, exactWeights: weights).map { -$0 } }
        let positive = weights.map { $0.isNegative ? Exact.zero : $0 }
        // No weight anywhere: split evenly.
        let usable = positive.allSatisfy(\.isZero) ? weights.map { _ in Exact.one } : positive
        let floorsAndOrder = integerShares(amount.cents, usable) ?? exactShares(amount.cents, usable)
        var floors = floorsAndOrder.floors
        let order = floorsAndOrder.order
        var left = amount.cents - floors.reduce(0, +)
        var k = 0
        while left > 0 && !order.isEmpty {
            floors[order[k % order.count]] += 1
            left -= 1
            k += 1
        }
        return floors.map { Money(cents: $0) }
    }

    /// Splits `amount` into `count` near-equal parts, the extra cents to the first parts.
    public static func evenly(_ amount: Money, count: Int) -> [Money] {
        split(amount, exactWeights: Array(repeating: .one, count: count))
    }

    /// Whole cents of each share and the parts in order of their remainders (largest first,
    /// ties to the earlier part), in 128-bit integers over the weights' common denominator;
    /// nil when a value would not fit.
    static func integerShares(_ cents: Int64, _ weights: [Exact]) -> (floors: [Int64], order: [Int])? {
        var common: Int128 = 1
        for w in weights {
            guard w.big == nil else { return nil }
            let g = gcd(common, w.denominator)
            let (l, overflow) = common.multipliedReportingOverflow(by: w.denominator / g)
            guard !overflow else { return nil }
            common = l
        }
        var scaled: [Int128] = []
        scaled.reserveCapacity(weights.count)
        var sum: Int128 = 0
        for w in weights {
            let (s, o1) = w.numerator.multipliedReportingOverflow(by: common / w.denominator)
            let (t, o2) = sum.addingReportingOverflow(s)
            guard !o1, !o2 else { return nil }
            scaled.append(s)
            sum = t
        }
        var floors: [Int64] = []
        var remainders: [Int128] = []
        floors.reserveCapacity(weights.count)
        remainders.reserveCapacity(weights.count)
        for s in scaled {
            let (product, overflow) = Int128(cents).multipliedReportingOverflow(by: s)
            guard !overflow else { return nil }
            let (q, r) = product.quotientAndRemainder(dividingBy: sum)
            floors.append(Int64(q))
            remainders.append(r)   // every remainder is over the same `sum`
        }
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        return (floors, order)
    }

    /// The same in `Exact` fractions, for weights beyond 128 bits.
    static func exactShares(_ cents: Int64, _ weights: [Exact]) -> (floors: [Int64], order: [Int]) {
        let sum = weights.reduce(Exact.zero, +)
        var floors: [Int64] = []
        var remainders: [Exact] = []
        for w in weights {
            let share = Exact(cents) * w / sum
            // floor(x) for x ≥ 0: x − ½ rounded half away from zero (0 stays 0).
            let whole = share.isZero ? 0 : (share - Exact(numerator: 1, denominator: 2)).roundedToWhole()
            floors.append(whole)
            remainders.append(share - Exact(whole))
        }
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$1] < remainders[$0] : $0 < $1 }
        return (floors, order)
    }

    private static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
        var (a, b) = (a.magnitude, b.magnitude)
        while b != 0 { (a, b) = (b, a % b) }
        return Int128(a)
    }
}

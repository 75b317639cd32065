import Foundation

/// Splits an amount of cents into parts proportional to weights, exactly.
///
/// Each part gets the whole cents of its exact share; the cents left over go one each to the
/// parts with the largest remainders (ties to the earlier part), so the parts always sum to
/// the amount. Negative amounts are split as their magnitude and negated.
///
/// ```swift
/// LargestRemainder.split(Money(cents: 100), weights: [1, 1, 1])  // 34, 33, 33 cents
/// ```
public enum LargestRemainder {
    public static func split(_ amount: Money, weights: [Decimal]) -> [Money] {
        guard !weights.isEmpty else { return [] }
        if amount.cents < 0 { return split(-amount, weights: weights).map { -$0 } }
        let positive = weights.map { $0 > 0 ? $0 : 0 }
        let total = positive.reduce(Decimal(0), +)
        // No weight anywhere: split evenly.
        let usable = total > 0 ? positive : weights.map { _ in Decimal(1) }
        let sum = total > 0 ? total : Decimal(weights.count)
        var floors: [Int64] = []
        var remainders: [(index: Int, remainder: Decimal)] = []
        for (i, w) in usable.enumerated() {
            let exact = Decimal(amount.cents) * w / sum
            var value = exact, floored = Decimal()
            NSDecimalRound(&floored, &value, 0, .down)
            let whole = NSDecimalNumber(decimal: floored).int64Value
            floors.append(whole)
            remainders.append((i, exact - floored))
        }
        var left = amount.cents - floors.reduce(0, +)
        let order = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        var k = 0
        while left > 0 && !order.isEmpty {
            floors[order[k % order.count].index] += 1
            left -= 1
            k += 1
        }
        return floors.map { Money(cents: $0) }
    }

    /// Splits `amount` into `count` near-equal parts, the extra cents to the first parts.
    public static func evenly(_ amount: Money, count: Int) -> [Money] {
        split(amount, weights: Array(repeating: 1, count: count))
    }
}

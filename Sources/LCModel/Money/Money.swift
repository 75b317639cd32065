import Foundation

/// An exact amount of money in whole cents.
///
/// Every reported figure is a `Money`: lines are rounded once to cents (see
/// `Exact.roundedToCents()`), and totals are sums of rounded lines, so integer
/// cents keep them exact and fast.
///
/// ```swift
/// let stipend = Money(cents: 200_000)
/// stipend.formatted()   // "$2,000.00"
/// stipend.plain         // "2000.00"
/// ```
public struct Money: Hashable, Comparable, Sendable {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }

    /// Whole dollars, for literals in tests and scenario defaults.
    public init(dollars: Int64) { self.cents = dollars * 100 }

    /// Rounds an exact value once to cents, half away from zero (the spec's only rounding).
    public init(rounding value: Exact) {
        self.cents = value.roundedToCents()
    }

    /// Rounds a decimal once to cents, half away from zero (through `Exact`).
    public init(rounding value: Decimal) {
        self.cents = value.roundedToCents()
    }

    public static let zero = Money(cents: 0)

    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static prefix func - (a: Money) -> Money { Money(cents: -a.cents) }
    public static func += (a: inout Money, b: Money) { a.cents += b.cents }
    public static func -= (a: inout Money, b: Money) { a.cents -= b.cents }

    /// The value as a Foundation decimal, for views that print it.
    ///
    /// Built from the digits, not by dividing by 100 (a Foundation `Decimal` division costs tens
    /// of thousands of instructions on Linux and was a tenth of `batch`'s time): trailing zeros
    /// are moved into the exponent, which is the compact form `Decimal(cents) / 100` gives, so
    /// the result is the same value with the same representation (`MoneyTests` checks both).
    public var decimal: Decimal {
        var digits = cents.magnitude, exponent = -2
        while digits != 0 && digits % 10 == 0 {
            digits /= 10
            exponent += 1
        }
        return Decimal(sign: cents < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(digits))
    }

    /// The exact value (`cents / 100`), for arithmetic that rounds again (fringe, indirect).
    public var exact: Exact { Exact(cents: cents) }

    /// The nearest `Double` to the amount, for spreadsheet cells. The same number as
    /// `exact.double` (cents are exact in a double below 2⁵³ and the one division is correctly
    /// rounded), without the 128-bit detour: a portfolio writes tens of thousands of these.
    @inline(__always) public var double: Double { Double(cents) / 100 }

    public var isZero: Bool { cents == 0 }

    /// `-1234.50` style: no grouping, always two decimals. Used in JSON and CSV.
    public var plain: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `$1,234.50` / `-$1,234.50` for people. With `cents: false`, `$1,235` (rounded half away from zero).
    public func formatted(cents showCents: Bool = true) -> String {
        let sign = cents < 0 ? "-" : ""
        var magnitude = cents.magnitude
        if !showCents { magnitude = (magnitude + 50) / 100 * 100 }
        let dollars = Money.grouped(magnitude / 100)
        guard showCents else { return "\(sign)$\(dollars)" }
        let fraction = magnitude % 100
        return "\(sign)$\(dollars).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Groups digits in threes with commas: 1234567 -> "1,234,567".
    public static func grouped(_ value: UInt64) -> String {
        let digits = String(value)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}

extension Money: CustomStringConvertible {
    public var description: String { formatted() }
}

extension Sequence where Element == Money {
    /// The exact sum of rounded amounts.
    public func sum() -> Money { reduce(.zero, +) }
}

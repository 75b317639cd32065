import Foundation

/// An exact rational number: the one way lcbudget parses, multiplies, divides, rounds and
/// converts the numbers of a budget.
///
/// The value is `numerator / denominator` in 128-bit integers (denominator > 0) — enough for
/// every product of a budget line: 38 digits, where a line of realistic inputs needs about 25.
/// An operation that would overflow first cancels common factors, then carries on in
/// arbitrary-precision integers (`BigFraction`), so no value is ever cut: a quotient that does
/// not end in decimal (50 minutes ÷ 60, a present value) stays a fraction until it is rounded
/// once, to cents, half away from zero, by integer division. Only the conversions out of the
/// module approximate: `double` (the nearest `Double`) and `decimal` (38 significant digits, for
/// display).
///
/// ```swift
/// let hours = Exact(50) / Exact(60)                                  // 5/6, not 0.8333…
/// (Exact(5) * Exact(6) * hours * Exact("11.115")!).roundedToCents()   // 27788: $277.875 rounds up
/// Exact("-0.005")!.roundedToCents()                                   // -1
/// ```
public struct Exact: Sendable {
    /// The value when `big` is nil.
    @usableFromInline var numerator: Int128
    @usableFromInline var denominator: Int128
    /// The value once 128 bits no longer hold it (then `numerator`/`denominator` are unused).
    @usableFromInline var big: BigFraction?

    @inlinable init(numerator: Int128, denominator: Int128) {
        self.numerator = numerator
        self.denominator = denominator
        self.big = nil
    }

    init(big: BigFraction) {
        self.numerator = 0
        self.denominator = 1
        self.big = big
    }

    public init(_ value: Int) { self.init(numerator: Int128(value), denominator: 1) }
    public init(_ value: Int64) { self.init(numerator: Int128(value), denominator: 1) }

    /// `cents / 100`.
    public init(cents: Int64) { self.init(numerator: Int128(cents), denominator: 100) }

    public static let zero = Exact(0)
    public static let one = Exact(1)

    /// The value as a fraction of arbitrary-precision integers (either representation).
    var fraction: BigFraction {
        big ?? BigFraction(numerator: numerator, denominator: denominator)
    }

    public var isZero: Bool { big.map { $0.magnitude.isZero } ?? (numerator == 0) }
    public var isNegative: Bool { big.map { $0.negative && !$0.magnitude.isZero } ?? (numerator < 0) }

    // MARK: Arithmetic

    public static func * (a: Exact, b: Exact) -> Exact {
        if a.big == nil, b.big == nil {
            let (n, o1) = a.numerator.multipliedReportingOverflow(by: b.numerator)
            let (d, o2) = a.denominator.multipliedReportingOverflow(by: b.denominator)
            if !o1 && !o2 { return Exact(numerator: n, denominator: d) }
            // Cancel across before giving up on 128 bits: (a/b)·(c/d) = (a/g1·c/g2) / (b/g2·d/g1).
            let g1 = gcd(a.numerator, b.denominator), g2 = gcd(b.numerator, a.denominator)
            let (n2, o3) = (a.numerator / g1).multipliedReportingOverflow(by: b.numerator / g2)
            let (d2, o4) = (a.denominator / g2).multipliedReportingOverflow(by: b.denominator / g1)
            if !o3 && !o4 { return Exact(numerator: n2, denominator: d2) }
        }
        return Exact(big: a.fraction.multiplied(by: b.fraction))
    }

    /// `a / b`; `b` must not be zero (callers check: a divisor of zero has no answer to round).
    public static func / (a: Exact, b: Exact) -> Exact {
        precondition(!b.isZero, "division by zero")
        return a * b.reciprocal
    }

    public static func + (a: Exact, b: Exact) -> Exact {
        if a.big == nil, b.big == nil {
            if a.denominator == b.denominator {
                let (n, o) = a.numerator.addingReportingOverflow(b.numerator)
                if !o { return Exact(numerator: n, denominator: a.denominator) }
            } else {
                let (ad, o1) = a.numerator.multipliedReportingOverflow(by: b.denominator)
                let (cb, o2) = b.numerator.multipliedReportingOverflow(by: a.denominator)
                let (d, o3) = a.denominator.multipliedReportingOverflow(by: b.denominator)
                if !o1 && !o2 && !o3 {
                    let (n, o4) = ad.addingReportingOverflow(cb)
                    if !o4 { return Exact(numerator: n, denominator: d) }
                }
            }
        }
        return Exact(big: a.fraction.adding(b.fraction))
    }

    public static prefix func - (a: Exact) -> Exact {
        if let big = a.big { return Exact(big: big.negated) }
        // -Int128.min does not exist; that numerator goes to the big representation.
        if a.numerator == .min { return Exact(big: a.fraction.negated) }
        return Exact(numerator: -a.numerator, denominator: a.denominator)
    }

    public static func - (a: Exact, b: Exact) -> Exact { a + -b }
    public static func += (a: inout Exact, b: Exact) { a = a + b }
    public static func *= (a: inout Exact, b: Exact) { a = a * b }

    /// `1 / self`; self must not be zero.
    public var reciprocal: Exact {
        if big == nil, numerator != .min {
            return numerator < 0 ? Exact(numerator: -denominator, denominator: -numerator)
                                 : Exact(numerator: denominator, denominator: numerator)
        }
        return Exact(big: fraction.reciprocal)
    }

    /// `base` raised to a whole power ≥ 0, exactly (escalation `(1 + rate)^(k−1)`, discounting).
    public static func power(_ base: Exact, _ exponent: Int) -> Exact {
        var result = Exact.one
        for _ in 0..<max(0, exponent) { result = result * base }
        return result
    }

    /// The value as a reduced fraction of two integers, each an `Exact` (`0.03` → 3 and 100), or
    /// nil once it needs more than 128 bits.
    var integerParts: (numerator: Exact, denominator: Exact)? {
        guard big == nil else { return nil }
        let g = Exact.gcd(numerator, denominator)
        return (Exact(numerator: numerator / g, denominator: 1), Exact(numerator: denominator / g, denominator: 1))
    }

    /// The exact product of `values` (1 for none).
    public static func product<S: Sequence>(_ values: S) -> Exact where S.Element == Exact {
        values.reduce(Exact.one, *)
    }

    // MARK: Rounding and conversion

    /// Rounds to whole cents, half away from zero, and returns the cents: the specification's
    /// only rounding. Exact: `|value| · 100` is divided by the denominator in integers and the
    /// remainder decides (`2 · remainder ≥ denominator` rounds the magnitude up).
    ///
    /// ```swift
    /// Exact("2.675")!.roundedToCents()   // 268
    /// (Exact(1) / Exact(3)).roundedToCents()   // 33
    /// ```
    public func roundedToCents() -> Int64 {
        roundedToWhole(scaledBy: 100)
    }

    /// `value · scale` rounded to a whole number, half away from zero (saturating at Int64's range).
    public func roundedToWhole(scaledBy scale: Int64 = 1) -> Int64 {
        if big == nil, numerator != .min {
            let (scaled, overflow) = numerator.magnitude.multipliedReportingOverflow(by: UInt128(scale))
            if !overflow {
                let d = UInt128(denominator)
                let (q, r) = scaled.quotientAndRemainder(dividingBy: d)
                let rounded = r >= d - r ? q + 1 : q
                if rounded <= UInt128(Int64.max) {
                    return numerator < 0 ? -Int64(rounded) : Int64(rounded)
                }
                return numerator < 0 ? .min : .max
            }
        }
        return fraction.roundedToWhole(scaledBy: UInt64(scale))
    }

    /// The nearest `Double` (correctly rounded when numerator and denominator are below 2⁵³,
    /// which every input and line of a budget is; otherwise through 40 significant digits).
    public var double: Double {
        if big == nil, numerator.magnitude < (1 << 53), denominator < (1 << 53) {
            // Both convert exactly, so the one rounding is the division's: the nearest double.
            return Double(numerator) / Double(denominator)
        }
        return Double(fraction.decimalText(significantDigits: 40)) ?? .nan
    }

    /// Greatest common divisor of the magnitudes (1 when both are zero, so it always divides).
    @usableFromInline static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
        var x = a.magnitude, y = b.magnitude
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : Int128(x)
    }
}

extension Exact: Equatable, Comparable {
    public static func == (a: Exact, b: Exact) -> Bool { (a - b).isZero }
    public static func < (a: Exact, b: Exact) -> Bool { (a - b).isNegative }
}

extension Exact: Hashable {
    /// Hashes the value in lowest terms, so equal fractions (`1/2`, `50/100`) hash alike.
    public func hash(into hasher: inout Hasher) {
        let f = fraction.reduced
        hasher.combine(f.negative && !f.magnitude.isZero)
        hasher.combine(f.magnitude.limbs)
        hasher.combine(f.denominator.limbs)
    }
}

extension Exact: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Exact: CustomStringConvertible {
    /// `12.345`, `-0.5`, or `5/6` for a fraction that does not end in decimal.
    public var description: String { fraction.description }
}

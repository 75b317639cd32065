import Foundation

/// Foundation's `Decimal` is how a scenario stores its inputs and how views print them; every
/// calculation on them goes through `Exact`. These are the bridges, both ways.
extension Exact {
    /// The decimal's exact value, read through Foundation's public API (its sign, exponent and
    /// significand), never its memory.
    ///
    /// ```swift
    /// Exact(Decimal(string: "12.345")!) == Exact("12.345")!   // true
    /// ```
    public init(_ value: Decimal) {
        guard !value.isNaN else {
            self = .zero
            return
        }
        if value.isZero {
            self = .zero
            return
        }
        let significand = value.significand.magnitude
        let mantissa: Exact
        if significand <= Exact.uint64Limit {
            mantissa = Exact(numerator: Int128(NSDecimalNumber(decimal: significand).uint64Value), denominator: 1)
        } else {
            mantissa = Exact(significand.plainText)!
        }
        let exponent = value.exponent
        var result = mantissa
        if exponent > 0 {
            result = mantissa * Exact.power(Exact(10), exponent)
        } else if exponent < 0 {
            result = mantissa / Exact.power(Exact(10), -exponent)
        }
        self = value < 0 ? -result : result
    }

    private static let uint64Limit = Decimal(UInt64.max)

    /// The value as a Foundation `Decimal`, for display: exact when it ends within 38
    /// significant digits (every input, every line of a budget), otherwise cut after 38
    /// (a quotient such as 50 ÷ 60; views print those as the fraction).
    public var decimal: Decimal {
        if big == nil, numerator.magnitude <= UInt128(UInt64.max) {
            // A power-of-ten denominator is the common case: digits and an exponent.
            var d = denominator, exponent = 0
            while d > 1 && d % 10 == 0 {
                d /= 10
                exponent -= 1
            }
            if d == 1 {
                return Decimal(sign: numerator < 0 ? .minus : .plus, exponent: exponent,
                               significand: Decimal(UInt64(numerator.magnitude)))
            }
        }
        return Decimal(string: fraction.decimalText(significantDigits: 38), locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }
}

extension Decimal {
    /// Rounds to whole cents, half away from zero, and returns the cents (exactly; see
    /// `Exact.roundedToCents`).
    ///
    /// ```swift
    /// Decimal(string: "-2.675")!.roundedToCents()   // -268
    /// ```
    public func roundedToCents() -> Int64 {
        Exact(self).roundedToCents()
    }

    /// `base` raised to a small non-negative whole power, exactly (when it ends within 38 digits,
    /// as `(1 + rate)^k` of a four-decimal rate does).
    public static func power(_ base: Decimal, _ exponent: Int) -> Decimal {
        Exact.power(Exact(base), exponent).decimal
    }

    /// The nearest `Double` (see `Exact.double`): the one conversion to binary floating point,
    /// for the simulation and for workbook cells.
    public var binary: Double { Exact(self).double }

    /// Parses a plain decimal literal (`"50.00"`, `"-0.1"`, `".5"`) as `Exact(_:)` does, without
    /// going through `Double`, keeping the digits as written (`50.00` has two decimals).
    ///
    /// The whole text must be an optional sign, digits and at most one point, with at least one
    /// and at most 30 digits: `"2.5e3"`, `"1.2.3"`, `"1-2"` and `"-"` are refused (Foundation's
    /// `Decimal(string:)` alone would read a prefix of them and return 1.2, 1 or 0).
    public init?(exactly text: String) {
        guard let literal = Exact.Literal(text), literal.digits.count <= 30 else { return nil }
        if let mantissa = literal.smallMantissa, mantissa != 0 {
            self = Decimal(sign: literal.negative ? .minus : .plus, exponent: -literal.fractionDigits,
                           significand: Decimal(mantissa))
            return
        }
        // Zero (whose exponent Foundation keeps: `0.00` is 0 × 10⁻²) and long literals:
        // Foundation's own reading of the (already checked) text.
        guard let value = Decimal(string: text, locale: Decimal.posix) else { return nil }
        self = value
    }

    /// The value as plain text with no exponent (`"0.03"`, `"72000"`).
    public var plainText: String {
        NSDecimalNumber(decimal: self).description(withLocale: Decimal.posix)
    }

    /// The locale numbers are read and written in, made once (making one per number showed in
    /// the batch's profile).
    static let posix = Locale(identifier: "en_US_POSIX")
}

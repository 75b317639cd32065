import Foundation

extension Decimal {
    /// Whole cents, rounded half away from zero, read straight from the decimal's digits when
    /// they fit in 64 bits; nil when they do not (the caller falls back to Foundation).
    ///
    /// A `Decimal` is `±mantissa × 10^exponent`, so the amount in cents is
    /// `mantissa × 10^(exponent + 2)`: a multiplication (checked for overflow) or a division
    /// whose remainder decides the rounding (`2 × remainder ≥ divisor` rounds the magnitude up:
    /// half away from zero, what `NSDecimalRound(…, 2, .plain)` does to the magnitude). The
    /// value is the same either way; this only skips Foundation's rounding, which cost about
    /// a microsecond per projected line.
    ///
    /// ```swift
    /// Decimal(string: "12.345")!.centsByDigits()    // 1235
    /// Decimal(string: "-0.005")!.centsByDigits()    // -1
    /// ```
    public func centsByDigits() -> Int64? {
        guard Self.digitsLayoutHolds, !isNaN, let (digits, exponent, negative) = Self.digits(of: self) else { return nil }
        let shift = exponent + 2
        var cents: UInt64
        if shift >= 0 {
            guard shift < Self.powersOfTen.count else { return nil }
            let (product, overflow) = digits.multipliedReportingOverflow(by: Self.powersOfTen[shift])
            guard !overflow else { return nil }
            cents = product
        } else {
            guard -shift < Self.powersOfTen.count else { return nil }
            let divisor = Self.powersOfTen[-shift]
            let (quotient, remainder) = digits.quotientAndRemainder(dividingBy: divisor)
            cents = quotient
            if remainder >= divisor - remainder { cents += 1 }
        }
        guard cents <= UInt64(Int64.max) else { return nil }
        return negative ? -Int64(cents) : Int64(cents)
    }

    /// The mantissa (when it fits in 64 bits), exponent and sign of `value`.
    ///
    /// Foundation keeps these fields internal on Linux, so they are read from the value's
    /// bytes as swift-foundation lays them out: byte 0 the exponent, byte 1 the mantissa length
    /// in 16-bit words (high four bits), the sign (bit 3) and the compact flag (bit 2), then
    /// from byte 4 the mantissa, little end first. `digitsLayoutHolds` checks that layout once
    /// against the public API before any use, so a different layout only costs the speed.
    static func digits(of value: Decimal) -> (UInt64, Int, Bool)? {
        withUnsafeBytes(of: value) { raw -> (UInt64, Int, Bool)? in
            let flags = raw[1], length = Int(flags >> 4)
            guard length <= 4 else { return nil }
            var digits: UInt64 = 0
            for word in 0..<length {
                digits |= UInt64(raw.loadUnaligned(fromByteOffset: 4 + 2 * word, as: UInt16.self)) << (16 * word)
            }
            return (digits, Int(Int8(bitPattern: raw[0])), flags & 0x08 != 0)
        }
    }

    /// True when `digits(of:)` reads back what the public API built, for a spread of values;
    /// otherwise every amount takes Foundation's rounding.
    static let digitsLayoutHolds: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let probes: [(UInt64, Int, Bool)] = [(0, 0, false), (7, 0, false), (12_345, -3, true), (65_536, -2, false),
                                             (4_294_967_297, 5, true), (9_223_372_036_854_775_807, -20, false),
                                             (1_000_003, -127, true), (65_535, 127, false)]
        return probes.allSatisfy { digits, exponent, negative in
            let value = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(digits))
            guard let read = Self.digits(of: value) else { return false }
            // Zero has no sign and no meaningful exponent.
            if digits == 0 { return read.0 == 0 && !read.2 }
            return read.0 == digits && read.1 == exponent && read.2 == negative && value.exponent == exponent
        }
    }()

    /// 10⁰ … 10¹⁹, every power of ten a `UInt64` holds.
    private static let powersOfTen: [UInt64] = (0...19).map { power in (0..<power).reduce(UInt64(1)) { value, _ in value * 10 } }
}

import Foundation

extension Exact {
    /// Parses a plain decimal literal (`"50.00"`, `"-0.1"`, `".5"`, `"12"`): an optional sign,
    /// ASCII digits and at most one point, with at least one digit. Nothing else is a number here:
    /// `"2.5e3"`, `"1.2.3"`, `"1-2"`, `"-"`, `" 1"` and `"0x10"` are refused. The value is exact
    /// (`12.345` is 12345/1000), never read through binary floating point.
    ///
    /// ```swift
    /// Exact("11.115")!.description   // "11.115"
    /// Exact("1e3")                    // nil
    /// ```
    public init?(_ text: some StringProtocol) {
        guard let literal = Literal(text) else { return nil }
        self = literal.exact
    }

    /// The pieces of a plain decimal literal, shared by `Exact(_:)` and `Decimal(exactly:)` so
    /// the two read exactly the same texts.
    struct Literal {
        var negative: Bool
        /// Every digit, leading and trailing zeros included.
        var digits: [UInt8]
        /// How many of them follow the point.
        var fractionDigits: Int

        init?(_ text: some StringProtocol) {
            var bytes = Substring(text).utf8[...]
            negative = false
            if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                negative = first == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            digits = []
            fractionDigits = 0
            var point = false
            for byte in bytes {
                if byte == UInt8(ascii: ".") {
                    if point { return nil }
                    point = true
                } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    digits.append(byte - UInt8(ascii: "0"))
                    if point { fractionDigits += 1 }
                } else {
                    return nil
                }
            }
            guard !digits.isEmpty else { return nil }
        }

        /// The digits as one integer, when 18 or fewer (so it fits in 64 bits with room).
        var smallMantissa: UInt64? {
            guard digits.count <= 18 else { return nil }
            return digits.reduce(UInt64(0)) { $0 * 10 + UInt64($1) }
        }

        var exact: Exact {
            if digits.count <= 37 && fractionDigits <= 37 {
                let mantissa = digits.reduce(Int128(0)) { $0 * 10 + Int128($1) }
                return Exact(numerator: negative ? -mantissa : mantissa, denominator: Exact.powerOfTen(fractionDigits))
            }
            let ten = BigUInt(10)
            let mantissa = digits.reduce(BigUInt(0)) { $0 * ten + BigUInt(UInt128($1)) }
            let denominator = (0..<fractionDigits).reduce(BigUInt(1)) { value, _ in value * ten }
            return Exact(big: BigFraction(negative: negative, magnitude: mantissa, denominator: denominator))
        }
    }

    /// 10^power for 0 ≤ power ≤ 38.
    static func powerOfTen(_ power: Int) -> Int128 {
        (0..<power).reduce(Int128(1)) { value, _ in value * 10 }
    }
}

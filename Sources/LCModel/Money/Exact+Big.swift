import Foundation

/// A whole number of any size, for the rare `Exact` value that outgrows 128 bits (inputs with
/// 20 or more significant digits multiplied together). Little-endian 32-bit limbs, no high zero
/// limbs; schoolbook multiplication and bit-by-bit long division are plenty at these sizes.
///
/// ```swift
/// let n = BigUInt(UInt128.max) * BigUInt(10)
/// n.quotientAndRemainder(dividingBy: BigUInt(7))
/// ```
@usableFromInline struct BigUInt: Sendable, Hashable, Comparable {
    private(set) var limbs: [UInt32]

    init(_ value: UInt128) {
        var v = value
        limbs = []
        while v != 0 {
            limbs.append(UInt32(truncatingIfNeeded: v))
            v >>= 32
        }
    }

    private init(limbs: [UInt32]) {
        self.limbs = limbs
        normalize()
    }

    private mutating func normalize() {
        while limbs.last == 0 { limbs.removeLast() }
    }

    var isZero: Bool { limbs.isEmpty }
    var bitWidth: Int { limbs.isEmpty ? 0 : 32 * limbs.count - limbs[limbs.count - 1].leadingZeroBitCount }
    func bit(_ i: Int) -> Bool { limbs[i / 32] >> UInt32(i % 32) & 1 == 1 }

    @usableFromInline static func < (a: BigUInt, b: BigUInt) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i]
        }
        return false
    }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        var out = [UInt32](repeating: 0, count: max(a.limbs.count, b.limbs.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<out.count {
            let s = UInt64(i < a.limbs.count ? a.limbs[i] : 0) + UInt64(i < b.limbs.count ? b.limbs[i] : 0) + carry
            out[i] = UInt32(truncatingIfNeeded: s)
            carry = s >> 32
        }
        return BigUInt(limbs: out)
    }

    /// `a - b` for `a ≥ b`.
    static func - (a: BigUInt, b: BigUInt) -> BigUInt {
        precondition(!(a < b), "BigUInt subtraction below zero")
        var out = a.limbs
        var borrow: Int64 = 0
        for i in 0..<out.count {
            var d = Int64(out[i]) - Int64(i < b.limbs.count ? b.limbs[i] : 0) - borrow
            borrow = d < 0 ? 1 : 0
            if d < 0 { d += 1 << 32 }
            out[i] = UInt32(d)
        }
        return BigUInt(limbs: out)
    }

    static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        if a.isZero || b.isZero { return BigUInt(0) }
        var out = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for (i, x) in a.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, y) in b.limbs.enumerated() {
                let t = UInt64(x) * UInt64(y) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            out[i + b.limbs.count] = UInt32(carry)
        }
        return BigUInt(limbs: out)
    }

    /// Long division, one bit at a time; `divisor` must not be zero.
    func quotientAndRemainder(dividingBy divisor: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        precondition(!divisor.isZero, "BigUInt division by zero")
        if self < divisor { return (BigUInt(0), self) }
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        var remainder = BigUInt(0)
        for i in stride(from: bitWidth - 1, through: 0, by: -1) {
            remainder = remainder + remainder
            if bit(i) { remainder = remainder + BigUInt(1) }
            if !(remainder < divisor) {
                remainder = remainder - divisor
                quotient[i / 32] |= 1 << UInt32(i % 32)
            }
        }
        return (BigUInt(limbs: quotient), remainder)
    }

    static func gcd(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        var (x, y) = (a, b)
        while !y.isZero { (x, y) = (y, x.quotientAndRemainder(dividingBy: y).remainder) }
        return x
    }

    /// The value when it fits in 64 bits.
    var uint64: UInt64? {
        guard limbs.count <= 2 else { return nil }
        return limbs.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (32 * UInt64($1.offset)) }
    }

    /// Decimal digits, most significant first (`"0"` for zero).
    var decimalDigits: String {
        if isZero { return "0" }
        var digits: [Character] = []
        var rest = self
        let ten = BigUInt(10)
        while !rest.isZero {
            let (q, r) = rest.quotientAndRemainder(dividingBy: ten)
            digits.append(Character(String(r.uint64 ?? 0)))
            rest = q
        }
        return String(digits.reversed())
    }
}

/// `±magnitude / denominator` in `BigUInt`s (denominator > 0): `Exact` past 128 bits.
@usableFromInline final class BigFraction: Sendable {
    let negative: Bool
    let magnitude, denominator: BigUInt

    init(negative: Bool, magnitude: BigUInt, denominator: BigUInt) {
        precondition(!denominator.isZero, "a fraction's denominator must not be zero")
        self.negative = negative && !magnitude.isZero
        self.magnitude = magnitude
        self.denominator = denominator
    }

    convenience init(numerator: Int128, denominator: Int128) {
        self.init(negative: (numerator < 0) != (denominator < 0), magnitude: BigUInt(numerator.magnitude),
                  denominator: BigUInt(denominator.magnitude))
    }

    var negated: BigFraction { BigFraction(negative: !negative, magnitude: magnitude, denominator: denominator) }
    var reciprocal: BigFraction { BigFraction(negative: negative, magnitude: denominator, denominator: magnitude) }

    var reduced: BigFraction {
        let g = BigUInt.gcd(magnitude, denominator)
        guard !g.isZero, g != BigUInt(1) else { return self }
        return BigFraction(negative: negative, magnitude: magnitude.quotientAndRemainder(dividingBy: g).quotient,
                           denominator: denominator.quotientAndRemainder(dividingBy: g).quotient)
    }

    func multiplied(by other: BigFraction) -> BigFraction {
        BigFraction(negative: negative != other.negative, magnitude: magnitude * other.magnitude,
                    denominator: denominator * other.denominator).reduced
    }

    func adding(_ other: BigFraction) -> BigFraction {
        let a = magnitude * other.denominator, b = other.magnitude * denominator
        let d = denominator * other.denominator
        if negative == other.negative { return BigFraction(negative: negative, magnitude: a + b, denominator: d).reduced }
        return a < b ? BigFraction(negative: other.negative, magnitude: b - a, denominator: d).reduced
                     : BigFraction(negative: negative, magnitude: a - b, denominator: d).reduced
    }

    /// `value · scale`, rounded half away from zero, saturating at Int64's range.
    func roundedToWhole(scaledBy scale: UInt64) -> Int64 {
        let (q, r) = (magnitude * BigUInt(UInt128(scale))).quotientAndRemainder(dividingBy: denominator)
        let rounded = (r + r < denominator) ? q : q + BigUInt(1)
        guard let whole = rounded.uint64, whole <= UInt64(Int64.max) else { return negative ? .min : .max }
        return negative ? -Int64(whole) : Int64(whole)
    }

    /// Plain decimal text with at most `significantDigits` significant digits, cut (not
    /// rounded) after them: the value itself when it ends within them.
    func decimalText(significantDigits: Int) -> String {
        let (whole, rest) = magnitude.quotientAndRemainder(dividingBy: denominator)
        var text = (negative ? "-" : "") + whole.decimalDigits
        var remainder = rest
        var fraction = ""
        var significant = whole.isZero ? 0 : text.count - (negative ? 1 : 0)
        let ten = BigUInt(10)
        while !remainder.isZero && significant < significantDigits {
            let (digit, next) = (remainder * ten).quotientAndRemainder(dividingBy: denominator)
            let d = digit.uint64 ?? 0
            fraction.append(Character(String(d)))
            if significant > 0 || d != 0 { significant += 1 }
            remainder = next
        }
        if !fraction.isEmpty { text += "." + fraction }
        return text
    }

    /// True when the denominator divides a power of ten (the value ends in decimal).
    var terminates: Bool {
        var d = reduced.denominator
        let two = BigUInt(2), five = BigUInt(5)
        while !d.isZero, d.quotientAndRemainder(dividingBy: two).remainder.isZero { d = d.quotientAndRemainder(dividingBy: two).quotient }
        while !d.isZero, d.quotientAndRemainder(dividingBy: five).remainder.isZero { d = d.quotientAndRemainder(dividingBy: five).quotient }
        return d == BigUInt(1)
    }

    var description: String {
        if terminates { return decimalText(significantDigits: Int.max) }
        let r = reduced
        return (r.negative ? "-" : "") + r.magnitude.decimalDigits + "/" + r.denominator.decimalDigits
    }
}

import Foundation

extension Decimal {
    /// Rounds to whole cents, half away from zero, and returns the cents.
    ///
    /// Foundation's `Decimal` keeps 38 significant digits, above the 28 the spec asks for.
    /// We round the magnitude and restore the sign ourselves so the rule does not depend on
    /// how a platform's `.plain` mode treats negative halves.
    /// Amounts whose digits fit in 64 bits (all of a budget's) take `centsByDigits`, the same
    /// rounding in integer arithmetic; the rest `roundedToCentsByFoundation`.
    public func roundedToCents() -> Int64 {
        centsByDigits() ?? roundedToCentsByFoundation()
    }

    /// `roundedToCents` through Foundation's `NSDecimalRound`, for any `Decimal`.
    public func roundedToCentsByFoundation() -> Int64 {
        var magnitude = self < 0 ? -self : self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &magnitude, 2, .plain)
        let cents = NSDecimalNumber(decimal: rounded * 100).int64Value
        return self < 0 ? -cents : cents
    }

    /// `base` raised to a small non-negative whole power, exactly.
    public static func power(_ base: Decimal, _ exponent: Int) -> Decimal {
        var result = Decimal(1)
        for _ in 0..<Swift.max(0, exponent) { result *= base }
        return result
    }

    /// Parses a plain decimal literal (`"50.00"`, `"-0.1"`, `".5"`) without going through `Double`.
    ///
    /// The whole text must be an optional sign, digits and at most one point, with at least one
    /// digit: `"2.5e3"`, `"1.2.3"`, `"1-2"` and `"-"` are refused (Foundation's `Decimal(string:)`
    /// alone would read a prefix of them and return 1.2, 1 or 0).
    public init?(exactly text: String) {
        if let fast = Decimal.plainLiteral(text) {
            self = fast
            return
        }
        var body = Substring(text)
        if let first = body.first, first == "-" || first == "+" { body = body.dropFirst() }
        guard body.contains(where: \.isASCIIDigit), body.filter(\.isASCIIDigit).count <= 30,
              body.allSatisfy({ $0.isASCIIDigit || $0 == "." }),
              body.filter({ $0 == "." }).count <= 1,
              let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        self = value
    }

    /// The common case of `init(exactly:)` without Foundation's string scanner: an optional
    /// sign, 1-18 ASCII digits and at most one point, not zero. It accumulates the digits the way
    /// the scanner does (trailing zeros kept, exponent = minus the digits after the point), so
    /// the value and its representation are the same (`MoneyTests` compares them); anything else
    /// (zero, more digits, other characters) returns nil and takes the full path.
    static func plainLiteral(_ text: String) -> Decimal? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: UInt64 = 0, count = 0, fraction = 0, point = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                if point { return nil }
                point = true
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            count += 1
            if count > 18 { return nil }
            digits = digits * 10 + UInt64(byte - UInt8(ascii: "0"))
            if point { fraction += 1 }
        }
        guard count > 0, digits != 0 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(digits))
    }

    /// The value as plain text with no exponent (`"0.03"`, `"72000"`).
    public var plainText: String {
        NSDecimalNumber(decimal: self).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }
}

extension Character {
    /// `0`...`9` only (not other scripts' digits, which `Decimal(string:)` would not read).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

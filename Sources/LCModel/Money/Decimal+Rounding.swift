import Foundation

extension Decimal {
    /// Rounds to whole cents, half away from zero, and returns the cents.
    ///
    /// Foundation's `Decimal` keeps 38 significant digits, above the 28 the spec asks for.
    /// We round the magnitude and restore the sign ourselves so the rule does not depend on
    /// how a platform's `.plain` mode treats negative halves.
    public func roundedToCents() -> Int64 {
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

    /// Parses a plain decimal literal (`"50.00"`, `"-0.1"`, `"2.5e3"` is refused) without going through `Double`.
    public init?(exactly text: String) {
        // Foundation parses a prefix ("1.2.3" -> 1.2), so the whole text is checked first:
        // optional sign, digits with at most one point, at least one digit, at most 30 digits.
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let digits = body.filter(\.isASCII).filter(\.isNumber).count
        guard digits > 0, digits <= 30, body.filter({ $0 == "." }).count <= 1,
              body.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }),
              let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        self = value
    }

    /// The value as plain text with no exponent (`"0.03"`, `"72000"`).
    public var plainText: String {
        NSDecimalNumber(decimal: self).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }
}

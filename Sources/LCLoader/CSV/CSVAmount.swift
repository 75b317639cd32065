import Foundation
import LCModel

/// Parses money and hours as people type them in a spreadsheet, exactly (never through `Double`).
enum CSVNumber {
    /// `1234.50`, `1,234.50`, `$1,234.50`, `-25`, `-$25.00`: at most two decimals; nil otherwise.
    static func money(_ text: String) -> Money? {
        var rest = Substring(text)
        var negative = false
        if rest.hasPrefix("-") { negative = true; rest = rest.dropFirst() }
        if rest.hasPrefix("$") { rest = rest.dropFirst() }
        if !negative, rest.hasPrefix("-") { negative = true; rest = rest.dropFirst() }
        let pieces = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let whole = pieces.first, !whole.isEmpty else { return nil }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // Thousands separators only in groups of three: 1,234,567 yes, 12,34 no.
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= (groups.count > 1 ? 3 : 15)
        else { return nil }
        let digits = groups.joined() + fraction + String(repeating: "0", count: 2 - fraction.count)
        guard digits.count <= 17, let cents = Int64(digits) else { return nil }
        return Money(cents: negative ? -cents : cents)
    }

    /// Why an amount cell was refused, so the message names the rule broken.
    enum AmountProblem: Error, Equatable {
        case notANumber, tooManyDecimals, tooLarge(negative: Bool)
    }

    /// `money(text)`, or why not: a text that is a number but has more than two decimals, or is
    /// beyond ±`ActualsCSV.maximumAmount`, is not reported as "not a number".
    static func amount(_ text: String) -> Result<Money, AmountProblem> {
        if let money = money(text) {
            return abs(money.cents) > ActualsCSV.maximumAmount.cents ? .failure(.tooLarge(negative: money.cents < 0)) : .success(money)
        }
        var rest = Substring(text)
        var negative = false
        if rest.hasPrefix("-") { negative = true; rest = rest.dropFirst() }
        if rest.hasPrefix("$") { rest = rest.dropFirst() }
        if !negative, rest.hasPrefix("-") { negative = true; rest = rest.dropFirst() }
        let plain = rest.replacingOccurrences(of: ",", with: "")
        guard let literal = NumberLiteral(plain), !plain.hasPrefix("+") else { return .failure(.notANumber) }
        let decimals = plain.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        if literal.wholeDigits > 10 { return .failure(.tooLarge(negative: negative)) }
        return .failure(decimals > 2 ? .tooManyDecimals : .notANumber)
    }

    /// A plain decimal number of hours (`1.5`, `2`), exact; nil when it is not a number.
    static func decimal(_ text: String) -> Decimal? {
        guard !text.isEmpty, text.count <= 20 else { return nil }
        let body = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, !body.isEmpty, body != ".",
              pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return Decimal(exactly: (text.hasPrefix("-") ? "-" : "") + body)
    }
}

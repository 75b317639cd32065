import Foundation
import LCModel

/// Figures for people, as the brief and justification print them.
///
/// ```swift
/// Formatting.money(Money(cents: 26_858_260))   // "$268,582.60"
/// Formatting.count(24, "educators")            // "24 educators"
/// Formatting.count(1, "educators")             // "1 educator"
/// Formatting.percent(Decimal(string: "0.025")!) // "2.5%"
/// Formatting.month(YearMonth(year: 2027, month: 8)) // "August 2027"
/// ```
///
/// Formatting never rounds a figure differently from the engine: money is already in cents,
/// and rates with more than two decimals are printed in full.
enum Formatting {
    /// `$268,582.60`, `-$1,200.00`.
    static func money(_ amount: Money) -> String { amount.formatted() }

    /// A rate or price from the scenario: `$50.00`, or every decimal when it has more than two (`$42.125`).
    static func money(_ value: Decimal) -> String {
        let cents = Money(rounding: value)
        if cents.decimal == value { return cents.formatted() }
        let sign = value < 0 ? "-" : ""
        return sign + "$" + number(value < 0 ? -value : value)
    }

    /// `+$1,260.00`, `-$300.00`, `$0.00`: a change in cost.
    static func change(_ amount: Money) -> String {
        amount > .zero ? "+" + amount.formatted() : amount.formatted()
    }

    /// `24 educators`; the noun's first word loses its plural when the count is exactly 1.
    static func count(_ value: Decimal, _ plural: String) -> String {
        "\(number(value)) \(value == 1 ? singular(plural) : plural)"
    }

    static func count(_ value: Int, _ plural: String) -> String { count(Decimal(value), plural) }

    /// `2,880`, `2.5`, `1.0609`: exact, digits grouped in threes.
    static func number(_ value: Decimal) -> String {
        let text = value.plainText
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = UInt64(parts[0]).map { Money.grouped($0) } ?? String(parts[0])
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + whole + fraction
    }

    /// `14%`, `2.5%`.
    static func percent(_ share: Decimal) -> String { Advisor.percentText(share) }

    /// `August 2027`.
    static func month(_ month: YearMonth) -> String { month.monthAndYear }

    /// `1 year`, `3 years`.
    static func years(_ count: Int) -> String { Formatting.count(count, "years") }

    /// `3 to 5 years`, `2 years`.
    static func years(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? years(range.lowerBound)
            : "\(range.lowerBound) to \(range.upperBound) years"
    }

    /// `educators` -> `educator`, `families` -> `family`, `people` -> `person`,
    /// `educators per group` -> `educator per group`.
    static func singular(_ plural: String) -> String {
        var words = plural.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let first = words.first else { return plural }
        switch first {
        case "people": words[0] = "person"
        case let word where word.hasSuffix("ies"): words[0] = String(word.dropLast(3)) + "y"
        case let word where word.hasSuffix("s"): words[0] = String(word.dropLast())
        default: break
        }
        return words.joined(separator: " ")
    }

    /// `a, b and c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}

extension Formatting {
    /// `February 29, 2028`: a day for people (the variance's as-of date).
    static func date(_ date: CivilDate) -> String {
        "\(YearMonth.monthNames[date.month - 1]) \(date.day), \(date.year)"
    }
}

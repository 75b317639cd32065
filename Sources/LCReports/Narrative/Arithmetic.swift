import Foundation
import LCModel

/// A line's visible arithmetic, built from the `Basis` the projector multiplied.
///
/// ```swift
/// Arithmetic.text(of: year1.line("stipends.participants")!, in: year1)
/// // "21 educators × 4 h/month × 10 months × $50.00/h = $42,000.00"
/// ```
///
/// Every number printed is a factor's value, a rounded line of the same period or a base the
/// model reports (`Period.baseAmount(of:)`); nothing is recomputed here.
enum Arithmetic {
    /// The whole equation, ending in the line's rounded amount.
    static func text(of line: LineItem, in period: Period) -> String {
        "\(expression(of: line, in: period)) = \(Formatting.money(line.amount))"
    }

    /// The left-hand side: `21 educators × 4 h/month × …`.
    static func expression(of line: LineItem, in period: Period) -> String {
        switch line.basis {
        case .product(let factors):
            let shown = factors.filter { !isSilent($0) }
            return shown.isEmpty ? Formatting.money(line.amount) : shown.map(text(of:)).joined(separator: " × ")
        case .shareOf(let rate, let keys):
            let named = keys.compactMap { period.line($0) }
            // A zero line (no participant buyout) adds nothing; show it only if all are zero.
            let costed = named.filter { !$0.amount.isZero }
            let parts = (costed.isEmpty ? named : costed)
                .map { "\($0.item.lowercasedFirst) \(Formatting.money($0.amount))" }
            let base = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " + ") + ")"
            return "\(Formatting.percent(rate.value)) × \(base)"
        case .indirect(let rate, _, _):
            let base = period.baseAmount(of: line) ?? .zero
            return "\(Formatting.percent(rate.value)) × \(Formatting.money(base))"
        }
    }

    /// The growth factor of a product line, if any (years 2 and later).
    static func growth(of line: LineItem) -> Factor? {
        guard case .product(let factors) = line.basis else { return nil }
        return factors.first { if case .growth = $0.unit { true } else { false } }
    }

    /// Factors that multiply by exactly 1 and say nothing: a switch that is on, no escalation.
    static func isSilent(_ factor: Factor) -> Bool {
        switch factor.unit {
        case .flag, .growth: factor.value == 1
        default: false
        }
    }

    /// One factor for people: `21 educators`, `$50.00/h`, `14%`, `1.03`.
    static func text(of factor: Factor) -> String {
        let v = factor.value
        switch factor.unit {
        case .count(let noun): return Formatting.count(v, noun)
        case .hoursPerMonth: return "\(Formatting.number(v)) h/month"
        case .hoursPerMeeting: return "\(Formatting.number(v)) h/meeting"
        case .hours: return "\(hours(factor)) h"
        case .months: return Formatting.count(v, "months")
        case .meetings: return Formatting.count(v, "meetings")
        case .sessions: return Formatting.count(v, "sessions")
        case .days: return Formatting.count(v, "days")
        case .hourlyRate: return "\(Formatting.money(v))/h"
        case .dailyRate: return "\(Formatting.money(v))/day"
        case .moneyPer(let noun): return "\(Formatting.money(v)) per \(noun)"
        case .annual: return "\(Formatting.money(v)) a year"
        case .share: return Formatting.percent(v)
        case .growth: return Formatting.number(v)
        case .flag: return v == 1 ? "1" : "0 (not after hours)"
        }
    }

    /// Hours from minutes: `0.75`, or `(50 ÷ 60)` when the quotient does not end.
    private static func hours(_ factor: Factor) -> String {
        let text = Formatting.number(factor.value)
        guard let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 7,
              case .ratio(_, let divisor) = factor.term else { return text }
        var minutes = factor.value * divisor
        var rounded = Decimal()
        NSDecimalRound(&rounded, &minutes, 6, .plain)
        return "(\(Formatting.number(rounded)) ÷ \(Formatting.number(divisor)))"
    }
}

extension String {
    /// `a paid on-ramp` -> `A paid on-ramp`.
    var capitalizedFirst: String { first.map { $0.uppercased() + dropFirst() } ?? self }

    /// `Participant stipends` -> `participant stipends`; leaves acronyms (`CEUs`) and names alone
    /// when the second letter is upper case.
    var lowercasedFirst: String {
        guard let first = first, count > 1 else { return self }
        let second = self[index(after: startIndex)]
        if second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}

import Foundation

extension BudgetFit {
    /// Dollars to money: digits with an optional `$`, thousands commas and at most two decimals;
    /// nil for anything else (negative, signed, more decimals, not a number).
    ///
    /// ```swift
    /// BudgetFit.parseBudget("$250,000")    // Money 250000.00
    /// BudgetFit.parseBudget("250000.001")  // nil
    /// ```
    public static func parseBudget(_ text: String) -> Money? {
        var cleaned = text.trimmingCharacters(in: .whitespaces)
        if cleaned.hasPrefix("$") { cleaned.removeFirst() }
        cleaned = cleaned.replacingOccurrences(of: ",", with: "")
        guard !cleaned.hasPrefix("-"), !cleaned.hasPrefix("+"), let value = Decimal(exactly: cleaned) else { return nil }
        let money = Money(rounding: value)
        return money.decimal == value ? money : nil
    }
}

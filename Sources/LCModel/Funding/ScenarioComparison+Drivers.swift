import Foundation

/// One part of the difference between a scenario and the baseline: the parts of
/// `ScenarioComparison.decomposition(_:)` add up, to the cent, to `totalDifference(_:)`, and
/// every reason the comparison gives is one of them with its signed amount, so a reason can
/// never point the other way from the difference it explains.
///
/// ```swift
/// let parts = comparison.decomposition(1)
/// parts.map(\.amount).sum() == comparison.totalDifference(1)   // always
/// parts.first?.reason   // "running 2 years instead of 3"
/// ```
public struct DifferenceDriver: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The years only one of the two runs: their whole cost, + when only the compared
        /// scenario runs them, − when only the baseline does.
        case years(compared: Int, baseline: Int)
        /// A category's difference over the periods both run (the planning on-ramp and the shared years).
        case category(CostCategory)
    }

    public var kind: Kind
    /// The compared scenario minus the baseline for this part.
    public var amount: Money
    /// What the part is, in words: "running 2 years instead of 3", "stipends".
    public var reason: String

    /// `+$1,234.00` or `−$1,234.00` (a true minus sign), as the comparison prints it.
    public var signedAmount: String { Self.signed(amount) }

    static func signed(_ amount: Money) -> String {
        (amount < .zero ? "−" : "+") + (amount < .zero ? -amount : amount).formatted()
    }
}

extension ScenarioComparison {
    /// The difference between scenario `i` and the first, split into parts that add up to it
    /// exactly: the years only one of them runs (one part), then each category's difference over
    /// the periods both run (the planning on-ramp and years 1 … the shorter one's last), largest
    /// first. Zero parts are left out.
    public func decomposition(_ i: Int) -> [DifferenceDriver] {
        let a = projections[0].scenario.years, b = projections[i].scenario.years
        let shared = min(a, b)
        var parts: [DifferenceDriver] = []
        if a != b {
            let amount = ((shared + 1)...max(a, b)).map { total(i, period: $0) - total(0, period: $0) }.sum()
            parts.append(DifferenceDriver(kind: .years(compared: b, baseline: a), amount: amount,
                                          reason: "running \(b) year\(b == 1 ? "" : "s") instead of \(a)"))
        }
        let categories: [DifferenceDriver] = CostCategory.allCases.compactMap { category in
            let amount = (0...shared).map { difference(i, category, period: $0) }.sum()
            return amount.isZero ? nil : DifferenceDriver(kind: .category(category), amount: amount,
                                                          reason: category.title.lowercased())
        }
        // Largest first; equal sizes in the categories' own order (stable, so the same every run).
        parts += categories.enumerated().sorted { x, y in
            let sizeX = x.element.amount.cents.magnitude, sizeY = y.element.amount.cents.magnitude
            return sizeX != sizeY ? sizeX > sizeY : x.offset < y.offset
        }.map(\.element)
        return parts.filter { !$0.amount.isZero }
    }

    /// The sentence that says where the difference comes from: every part with its signed amount,
    /// the three largest categories by name and the rest together, so the amounts shown add up
    /// to the difference.
    ///
    /// ```swift
    /// comparison.differenceSentence(1)
    /// // "Where the difference comes from: running 2 years instead of 4 (−$863,806.36); over the
    /// //  planning on-ramp and the 2 years both run, other direct costs (−$38,475.00), buyouts
    /// //  (release time) (+$36,501.20), stipends (−$33,172.05) and 8 other categories (−$40,847.33)."
    /// ```
    public func differenceSentence(_ i: Int, categoryLimit: Int = 3) -> String? {
        let parts = decomposition(i)
        guard !parts.isEmpty else { return nil }
        var pieces: [String] = []
        if let years = parts.first(where: { $0.category == nil }) {
            pieces.append("\(years.reason) (\(years.signedAmount))")
        }
        let categories = parts.filter { $0.category != nil }
        if !categories.isEmpty {
            var named = categories.prefix(categoryLimit).map { "\($0.reason) (\($0.signedAmount))" }
            let rest = categories.dropFirst(categoryLimit)
            if !rest.isEmpty {
                let sum = rest.map(\.amount).sum()
                named.append("\(rest.count) other categor\(rest.count == 1 ? "y" : "ies") (\(DifferenceDriver.signed(sum)))")
            }
            let list = named.count == 1 ? named[0] : named.dropLast().joined(separator: ", ") + " and " + named.last!
            let a = projections[0].scenario.years, b = projections[i].scenario.years
            if a != b {
                let shared = min(a, b)
                pieces.append("over the planning on-ramp and the \(shared == 1 ? "year" : "\(shared) years") both run, \(list)")
            } else {
                pieces.append(list)
            }
        }
        return "Where the difference comes from: " + pieces.joined(separator: "; ") + "."
    }
}

extension DifferenceDriver {
    /// The category of a category part; nil for the years part.
    public var category: CostCategory? {
        if case .category(let category) = kind { return category }
        return nil
    }
}

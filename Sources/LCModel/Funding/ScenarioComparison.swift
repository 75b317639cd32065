import Foundation

/// Two or more projections side by side, per category and period, each compared with the first.
///
/// ```swift
/// let comparison = ScenarioComparison([a, b], names: ["a.yaml", "b.yaml"])
/// comparison.difference(1, .stipends, period: 1)   // b − a, year 1 stipends
/// comparison.summary(1)                            // plain words: what drives the difference
/// comparison.decomposition(1)                      // the parts of the difference, adding up to it
/// ```
/// Periods are matched by index (Planning, Year 1, …); a scenario without a period counts 0 there.
public struct ScenarioComparison: Sendable {
    public var projections: [Projection]
    /// How each scenario is named in headings (its file name as given).
    public var names: [String]
    /// Planning and Year 1 … the longest scenario's last year.
    public var periods: [(index: Int, label: String)]

    public init(_ projections: [Projection], names: [String]) {
        precondition(projections.count == names.count && !projections.isEmpty)
        self.projections = projections
        self.names = names
        let longest = projections.map(\.scenario.years).max() ?? 1
        self.periods = [(0, "Planning")] + (1...longest).map { ($0, "Year \($0)") }
    }

    /// Category `category` of scenario `i` in period `index` (0 when it has no such period).
    public func amount(_ i: Int, _ category: CostCategory, period index: Int) -> Money {
        projections[i].periods.first { $0.index == index }?.total(of: category) ?? .zero
    }

    /// Scenario `i`'s period total.
    public func total(_ i: Int, period index: Int) -> Money {
        projections[i].periods.first { $0.index == index }?.total ?? .zero
    }

    /// Scenario `i` minus the first scenario.
    public func difference(_ i: Int, _ category: CostCategory, period index: Int) -> Money {
        amount(i, category, period: index) - amount(0, category, period: index)
    }

    public func difference(_ i: Int, category: CostCategory) -> Money {
        projections[i].categoryTotal(category) - projections[0].categoryTotal(category)
    }

    public func totalDifference(_ i: Int) -> Money { projections[i].total - projections[0].total }

    /// True when scenario `i` matches the first in every category and period.
    public func isIdentical(_ i: Int) -> Bool {
        periods.allSatisfy { p in CostCategory.allCases.allSatisfy { difference(i, $0, period: p.index).isZero } }
    }

    /// The categories that differ most (by size of the difference), largest first.
    public func drivers(_ i: Int, limit: Int = 3) -> [(CostCategory, Money)] {
        let differences: [(CostCategory, Money)] = CostCategory.allCases.map { ($0, difference(i, category: $0)) }
        let nonZero = differences.filter { !$0.1.isZero }
        let ranked = nonZero.sorted { (a: (CostCategory, Money), b: (CostCategory, Money)) -> Bool in
            let sizeA = a.1.cents.magnitude, sizeB = b.1.cents.magnitude
            return sizeA != sizeB ? sizeA > sizeB : a.0 < b.0
        }
        return Array(ranked.prefix(limit))
    }

    /// One plain-language paragraph: how much more or less scenario `i` costs than the first, and why.
    public func summary(_ i: Int) -> String {
        let a = projections[0], b = projections[i]
        let nameA = names[0], nameB = names[i]
        if isIdentical(i) {
            return "\(nameB) and \(nameA) cost the same in every category and period (\(b.total.formatted()) in all): there are no differences."
        }
        let diff = totalDifference(i)
        var text = "\(nameB) costs \(b.total.formatted()) in all, "
        if diff.isZero {
            text += "the same total as \(nameA), though the costs fall differently."
        } else {
            let word = diff > .zero ? "more" : "less"
            text += "\((diff > .zero ? diff : -diff).formatted()) \(word) than \(nameA) (\(a.total.formatted()))"
            if !a.total.isZero {
                let percent = Money(rounding: diff.decimal * 100 / a.total.decimal).plain
                text += ", \(diff > .zero ? "+" : "")\(percent)%."
            } else {
                text += "."
            }
        }
        // Every reason is a part of the difference with its signed amount (never a "because"
        // that could point the other way from the difference).
        if let sentence = differenceSentence(i) { text += " " + sentence }
        if a.participantYears != b.participantYears {
            text += " It serves \(b.participantYears) participant-years against \(a.participantYears)."
        }
        text += " Cost per participant-year: \(b.perParticipantYear.formatted()) against \(a.perParticipantYear.formatted())."
        return text
    }
}

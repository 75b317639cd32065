import Foundation

/// Which part of the ED 524 an amount belongs to once the who-pays allocation is applied.
public enum ED524Part: String, Sendable, CaseIterable {
    /// Section A, "U.S. Department of Education Funds": the federal part of what sources pay
    /// (all of it for `federal: true`, the share for `federal: 0.4`).
    case sectionA
    /// Section B, "Non-Federal Funds": what every other source pays (district, partner, grant
    /// unless federal, in-kind with `covers:`).
    case sectionB
    /// What no source pays (the who-pays gap), so that A + B + unfunded is the whole budget.
    case unfunded
}

/// The ED 524 split by who pays: Section A (federal sources), Section B (non-federal sources)
/// and the unfunded remainder, per form line and period, from `FundingAllocation`.
///
/// ```swift
/// let sections = ED524Sections(projection)
/// sections.amount(.sectionA, .personnel, period: 1)   // federal funds on line 1, Year 1
/// // for every line and period:
/// // A + B + unfunded == FederalFormView(projection).amount(line, period:)
/// ```
///
/// The allocation pays budget lines (`SourceAllocation.byLine`), and each line sits on one form
/// line (pay on line 1, its fringe on line 2, indirect on line 10; `form_524:` may move single
/// lines), so what a source pays of a line is on that line's form line, and what no source pays
/// is the unfunded amount. Every split is exact, so per line and period the parts add up to the
/// full ED 524 view to the cent. In-kind
/// ingredients outside the budget (`inKindAdded`) are not budget lines and appear on no section.
public struct ED524Sections: Sendable {
    /// The same columns as `FederalFormView.periods`.
    public var periods: [(index: Int, label: String)]
    private var amounts: [ED524Part: [Int: [ED524Line: Money]]]
    /// Per funding source (its index): its Section A and B amounts, per period and line.
    private var bySource: [Int: [ED524Part: [Int: [ED524Line: Money]]]] = [:]

    public init(_ projection: Projection) {
        let form = FederalFormView(projection)
        let allocation = FundingAllocation(projection)
        var amounts: [ED524Part: [Int: [ED524Line: Money]]] = [:]
        var bySource: [Int: [ED524Part: [Int: [ED524Line: Money]]]] = [:]
        for period in projection.periods {
            var parts: [ED524Part: [ED524Line: Money]] = [:]
            // The form line of each budget line (indirect is always line 10).
            let formLine = Dictionary(period.lines.map { ($0.key, FederalFormMapping.line(for: $0, in: projection.scenario).line) },
                                      uniquingKeysWith: { first, _ in first })
            let allocated = allocation.periods.first { $0.index == period.index }
            for source in allocated?.sources ?? [] {
                // What the source pays of each line, on that line's form line, in the budget's line order.
                var cells: [(line: ED524Line, amount: Money)] = []
                for item in period.lines {
                    if let pay = source.byLine[item.key], !pay.isZero { cells.append((formLine[item.key]!, pay)) }
                }
                // Its federal part (exactly `federalPaid`) over those cells in proportion, the
                // rest to Section B, so A + B is what it pays on every line.
                let federal = cells.isEmpty ? [] : LargestRemainder.split(source.federalPaid, weights: cells.map { $0.amount.decimal })
                var mine: [ED524Part: [ED524Line: Money]] = [:]
                for (index, cell) in cells.enumerated() {
                    let a = federal.isEmpty ? .zero : federal[index]
                    parts[.sectionA, default: [:]][cell.line, default: .zero] += a
                    parts[.sectionB, default: [:]][cell.line, default: .zero] += cell.amount - a
                    mine[.sectionA, default: [:]][cell.line, default: .zero] += a
                    mine[.sectionB, default: [:]][cell.line, default: .zero] += cell.amount - a
                }
                for part in [ED524Part.sectionA, .sectionB] {
                    bySource[source.index, default: [:]][part, default: [:]][period.index] = Self.withTotals(mine[part] ?? [:])
                }
            }
            // Without an allocation for the period (no costs, no source), all of it is unfunded.
            let gap = allocated?.gapByLine ?? Dictionary(period.lines.map { ($0.key, $0.amount) }, uniquingKeysWith: +)
            for (key, amount) in gap where !amount.isZero {
                parts[.unfunded, default: [:]][formLine[key]!, default: .zero] += amount
            }
            for part in ED524Part.allCases {
                amounts[part, default: [:]][period.index] = Self.withTotals(parts[part] ?? [:])
            }
        }
        self.amounts = amounts
        self.bySource = bySource
        self.periods = form.periods
    }

    /// Lines 9 (1-8) and 12 (9 + 10 + 11), as on the form.
    static func withTotals(_ byLine: [ED524Line: Money]) -> [ED524Line: Money] {
        var byLine = byLine
        let direct = (1...8).compactMap { ED524Line(rawValue: $0) }.map { byLine[$0] ?? .zero }.sum()
        byLine[.totalDirect] = direct
        byLine[.total] = direct + (byLine[.indirect] ?? .zero) + (byLine[.trainingStipends] ?? .zero)
        return byLine
    }

    /// Line `line` of `part` in period `period` (0 = planning).
    public func amount(_ part: ED524Part, _ line: ED524Line, period: Int) -> Money {
        amounts[part]?[period]?[line] ?? .zero
    }

    /// What funding source `source` (its index in `funding:`) pays on line `line` of `part`
    /// (Section A its federal part, Section B the rest) in period `period`.
    public func amount(source: Int, _ part: ED524Part, _ line: ED524Line, period: Int) -> Money {
        bySource[source]?[part]?[period]?[line] ?? .zero
    }

    public func total(source: Int, _ part: ED524Part, _ line: ED524Line) -> Money {
        periods.map { amount(source: source, part, line, period: $0.index) }.sum()
    }

    /// Line `line` of `part` over every period.
    public func total(_ part: ED524Part, _ line: ED524Line) -> Money {
        (amounts[part] ?? [:]).keys.sorted().map { amount(part, line, period: $0) }.sum()
    }
}

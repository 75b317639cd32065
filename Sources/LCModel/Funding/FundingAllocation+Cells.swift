import Foundation

/// One piece of a period's cost that the who-pays allocation pays: a direct budget line, or the
/// part of the indirect line that one direct line's base draws.
///
/// Indirect costs are charged on a base of direct lines, so a funder that pays a line pays the
/// indirect on it as well (when it pays indirect at all): the period's indirect line is split
/// over the lines of its base in proportion to their amounts (largest remainder on cents, so the
/// parts sum to the indirect line exactly), and each part travels with its line.
///
/// ```swift
/// let cells = CostCell.cells(of: projection.periods[1])
/// // cells of category .indirect have `on` = the direct line whose base they are
/// ```
struct CostCell: Sendable, Equatable {
    /// The budget line's key (`indirect.indirect` for every indirect part).
    var key: String
    var category: CostCategory
    /// For an indirect part: the key of the direct line it is charged on.
    var on: String?
    var amount: Money

    static func cells(of period: Period) -> [CostCell] {
        var cells: [CostCell] = []
        for line in period.lines {
            guard case .indirect(_, _, let excluded) = line.basis else {
                cells.append(CostCell(key: line.key, category: line.category, on: nil, amount: line.amount))
                continue
            }
            let base = period.lines.filter { $0.category != .indirect && !excluded.contains($0.category) && !$0.amount.isZero }
            // No base (or no indirect): one part on nothing, paid only as indirect.
            guard !base.isEmpty, !line.amount.isZero else {
                cells.append(CostCell(key: line.key, category: .indirect, on: nil, amount: line.amount))
                continue
            }
            let parts = LargestRemainder.split(line.amount, weights: base.map(\.amount.decimal))
            for (item, part) in zip(base, parts) {
                cells.append(CostCell(key: line.key, category: .indirect, on: item.key, amount: part))
            }
        }
        return cells
    }
}

extension SourceTerms {
    /// The groups of cells the source pays, in the order `allocation: priority` pays them:
    /// each category of the spec's order it covers (whole, or the lines it names), with the
    /// indirect on those lines when it pays indirect; then, last, all the indirect (what the
    /// groups before paid is no longer owed, so this pays what is left of it).
    func priorityGroups(_ cells: [CostCell]) -> [[Int]] {
        var groups: [[Int]] = []
        for category in CostCategory.allCases where category != .indirect {
            let lines = cells.indices.filter { cells[$0].category == category && pays(line: cells[$0].key, of: category) }
            guard !lines.isEmpty else { continue }
            var group = lines
            if paysIndirect {
                let keys = Set(lines.map { cells[$0].key })
                group += cells.indices.filter { cells[$0].category == .indirect && cells[$0].on.map(keys.contains) == true }
            }
            groups.append(group)
        }
        if paysIndirect {
            let indirect = cells.indices.filter { cells[$0].category == .indirect }
            if !indirect.isEmpty { groups.append(indirect) }
        }
        return groups
    }

    /// Every cell the source may pay, in the cells' order.
    func coveredCells(_ cells: [CostCell]) -> [Int] {
        cells.indices.filter { i in
            cells[i].category == .indirect ? paysIndirect : pays(line: cells[i].key, of: cells[i].category)
        }
    }
}

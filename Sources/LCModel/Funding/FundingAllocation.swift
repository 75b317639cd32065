import Foundation

/// What one funding source pays in one period.
public struct SourceAllocation: Sendable, Equatable {
    /// Position in the scenario's `funding:` list.
    public var index: Int
    public var source: String
    public var kind: FundingSource.Kind
    /// The federal part of what the source pays (`funding[].federal`: 1, 0 or a share).
    public var federalShare: Decimal
    /// `federal: { by_year: … }`: the federal amount given for this period, instead of a share.
    public var federalAmount: Money? = nil
    /// What the source gives in the period (`by_year`, or `planning` for the on-ramp), to cents.
    public var available: Money
    /// What it pays of each budgeted category.
    public var byCategory: [CostCategory: Money]
    /// What it pays of each budget line, by line key (`indirect.indirect` for its indirect).
    public var byLine: [String: Money] = [:]
    /// An in-kind source without `covers:` supplies an ingredient the cash budget leaves out:
    /// its whole amount is added as cost and paid by it.
    public var inKindAdded: Money

    /// Everything the source pays (budget categories plus its own in-kind ingredient).
    public var allocated: Money { byCategory.values.sum() + inKindAdded }
    /// Whether any of it is federal.
    public var federal: Bool { federalShare > 0 || (federalAmount.map { $0 > .zero } ?? false) }
    /// The federal part of what it pays of the budget: that amount × federal share, rounded
    /// once to cents (half away from zero). The rest, exactly, is non-federal (ED 524 Section
    /// B), and so is an in-kind ingredient outside the budget.
    public var federalPaid: Money {
        let paid = byCategory.values.sum()
        // An amount: federal up to that amount, never more than the source pays of the budget.
        if let federalAmount { return min(paid, federalAmount) }
        return federalShare >= 1 ? paid : federalShare <= 0 ? .zero : Money(rounding: paid.exact * Exact(federalShare))
    }
    public var nonFederalPaid: Money { allocated - federalPaid }
    /// What it gives that no covered cost needed (a surplus).
    public var unused: Money { available - allocated }
}

/// Who pays one period's costs.
public struct PeriodAllocation: Sendable, Equatable {
    public var index: Int
    public var label: String
    /// The projection's total for the period.
    public var budgetCost: Money
    public var sources: [SourceAllocation]
    /// What no source pays, per category.
    public var gapByCategory: [CostCategory: Money]
    /// What no source pays, per budget line key.
    public var gapByLine: [String: Money] = [:]

    /// In-kind ingredients outside the cash budget (see `SourceAllocation.inKindAdded`).
    public var inKindAdded: Money { sources.map(\.inKindAdded).sum() }
    /// Budget cost plus in-kind ingredients: the full cost of the ingredients method.
    public var cost: Money { budgetCost + inKindAdded }
    public var allocated: Money { sources.map(\.allocated).sum() }
    /// cost − allocated; never negative (unused amounts are reported per source, not netted).
    public var gap: Money { gapByCategory.values.sum() }
    /// Paid from federal funds (each source's federal part).
    public var federal: Money { sources.map(\.federalPaid).sum() }
    /// Paid from every other source, in-kind included: the non-federal share (match).
    public var nonFederal: Money { sources.map(\.nonFederalPaid).sum() }

    /// What `source` pays as a share of the period's cost (0 when the cost is 0).
    public func share(of source: SourceAllocation) -> Decimal {
        cost.isZero ? 0 : source.allocated.decimal / cost.decimal
    }
}

/// Allocates each period's costs to the funding sources, in listed order.
///
/// For every period, each source in `funding:` order pays the categories and lines it `covers`
/// (all of them when it names none): with `allocation: priority` (the default) category by
/// category in the spec's order, each up to what is still unpaid, until its amount for the
/// period is spent; with `allocation: proportional` the same share of every covered cost still
/// unpaid. A source that pays indirect costs pays the indirect on each line it pays together
/// with the line (the indirect line split over its base, `CostCell`), and last any indirect still
/// unpaid. Either way a source has money left only when every cost it may pay is paid. What no
/// source pays is the gap. In integer cents, so for every period `allocated + gap == cost` exactly.
///
/// ```swift
/// let who = FundingAllocation(projection)
/// who.periods[1].sources[0].allocated   // what the first source pays in year 1
/// ```
public struct FundingAllocation: Sendable {
    /// Planning (only when it has costs or a source gives toward it) and every project year.
    public var periods: [PeriodAllocation]

    public init(_ projection: Projection) {
        let s = projection.scenario
        let sources = s.funding ?? []
        var periods: [PeriodAllocation] = []
        for period in projection.periods {
            let cells = CostCell.cells(of: period)
            var unpaid = cells.map(\.amount)
            var paid: [SourceAllocation] = []
            for (i, source) in sources.enumerated() {
                let terms = s.fundingTerms.source(i)
                let amount = period.index == 0 ? terms.planning : source.byYear[period.index - 1]
                let available = Money(rounding: amount)
                var allocation = SourceAllocation(index: i, source: source.source, kind: source.kind,
                                                  federalShare: terms.federalShare, available: available,
                                                  byCategory: [:], inKindAdded: .zero)
                if let amounts = terms.federalAmounts {
                    allocation.federalAmount = Money(rounding: period.index < amounts.count ? amounts[period.index] : 0)
                }
                // Pays `amount` of the cells `group`, in proportion to what is unpaid on each.
                func pay(_ amount: Money, of group: [Int]) {
                    let owed = group.map { unpaid[$0] }
                    for (cell, share) in zip(group, LargestRemainder.split(amount, weights: owed.map(\.decimal))) where share > .zero {
                        unpaid[cell] -= share
                        allocation.byCategory[cells[cell].category, default: .zero] += share
                        allocation.byLine[cells[cell].key, default: .zero] += share
                    }
                }
                if source.kind == .inKind && terms.covers == nil && terms.coverLines.isEmpty {
                    allocation.inKindAdded = available
                } else if terms.allocation == .proportional {
                    // One share of every covered cost: what it can pay of their sum.
                    let covered = terms.coveredCells(cells).filter { unpaid[$0] > .zero }
                    pay(min(available, covered.map { unpaid[$0] }.sum()), of: covered)
                } else {
                    var left = available
                    for group in terms.priorityGroups(cells) where left > .zero {
                        let owed = group.map { unpaid[$0] }.sum()
                        guard owed > .zero else { continue }
                        let amount = min(left, owed)
                        pay(amount, of: group)
                        left -= amount
                    }
                }
                paid.append(allocation)
            }
            var gapByCategory: [CostCategory: Money] = [:]
            var gapByLine: [String: Money] = [:]
            for (cell, left) in zip(cells, unpaid) where !left.isZero {
                gapByCategory[cell.category, default: .zero] += left
                gapByLine[cell.key, default: .zero] += left
            }
            let result = PeriodAllocation(index: period.index, label: period.label, budgetCost: period.total,
                                          sources: paid, gapByCategory: gapByCategory, gapByLine: gapByLine)
            if period.index > 0 || !result.cost.isZero || result.sources.contains(where: { !$0.available.isZero }) {
                periods.append(result)
            }
        }
        self.periods = periods
    }

    /// Source `index` over every period (available, allocated, in-kind added).
    public func total(ofSource index: Int) -> (available: Money, allocated: Money, inKindAdded: Money) {
        let rows = periods.compactMap { $0.sources.first { $0.index == index } }
        return (rows.map(\.available).sum(), rows.map(\.allocated).sum(), rows.map(\.inKindAdded).sum())
    }

    public var cost: Money { periods.map(\.cost).sum() }
    public var gap: Money { periods.map(\.gap).sum() }
    public var federal: Money { periods.map(\.federal).sum() }
    public var nonFederal: Money { periods.map(\.nonFederal).sum() }
    public var inKindAdded: Money { periods.map(\.inKindAdded).sum() }
}

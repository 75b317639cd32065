import Foundation
import LCModel

/// The funding views of one projection as tables (pure data for the workbook's sheets and the
/// terminal): ED 524, SF-424A, the line mapping, who pays, fiscal years and constant dollars.
public enum FundingSheets {
    /// Every funding table, in the order `lcbudget project` prints them.
    public static func all(_ p: Projection) -> [SheetTable] {
        let tables: [SheetTable?] = [ed524(p), sf424a(p), formMapping(p), whoPays(p), fiscalYears(p), fiscalYearPayers(p), constantDollars(p),
         constantDollarsByCategory(p)]
        return [tables[0]!] + ed524Sections(p) + tables.dropFirst().compactMap { $0 }
    }

    /// Every funding table as terminal text (`lcbudget project --funding`).
    public static func text(_ p: Projection) -> String { text(all(p)) }

    /// Tables as the terminal prints them, each after a blank line.
    public static func text(_ tables: [SheetTable]) -> String {
        tables.map { "\n" + $0.renderText() }.joined()
    }

    /// ED 524 Section A: lines 1-12 by project year with a total column.
    public static func ed524(_ p: Projection) -> SheetTable {
        let form = FederalFormView(p)
        let rows = ED524Line.allCases.map { line in
            SheetRow(line.numberedTitle, form.periods.map { .money(form.amount(line, period: $0.index)) } + [.money(form.total(line))],
                     isTotal: line == .totalDirect || line == .total)
        }
        var note = "Every line of the projection on the form's lines (docs/funding.md); line 12 equals the projection's total."
        if form.periods.first?.index == 0 { note += " Planning is the on-ramp before Year 1 (pre-award costs need the agency's approval)." }
        if let rate = p.scenario.indirect?.rate { note += " Rate applied on line 10: \(Advisor.percentText(rate))." }
        return SheetTable(sheetName: "ED 524", title: "ED 524 budget summary — every source (Section A lines 1–12)",
                          header: ["Budget category"] + form.periods.map(\.label) + ["Total"], rows: rows, note: note)
    }

    /// SF-424A Section B object classes a-k.
    public static func sf424a(_ p: Projection) -> SheetTable {
        let form = FederalFormView(p)
        let rows = SF424AClass.allCases.map { objectClass in
            SheetRow(objectClass.letteredTitle,
                     form.periods.map { .money(form.amount(objectClass: objectClass, period: $0.index)) } + [.money(form.total(objectClass: objectClass))],
                     isTotal: objectClass == .totalDirect || objectClass == .totals)
        }
        return SheetTable(sheetName: "SF-424A", title: "SF-424A Section B — Object class categories",
                          header: ["Object class"] + form.periods.map(\.label) + ["Total"], rows: rows,
                          note: "Training stipends (ED 524 line 11) are reported under h. Other.")
    }

    /// Which form line each budget line goes on.
    public static func formMapping(_ p: Projection) -> SheetTable {
        let form = FederalFormView(p)
        let rows = form.assignments.map { a in
            SheetRow(a.key, [.text(a.item), .text(a.category.rawValue), .text(a.ed524.numberedTitle),
                             .text(a.sf424a.letteredTitle), .text(a.overridden ? "form_524" : "default")])
        }
        return SheetTable(sheetName: "Form mapping", title: "Federal form mapping",
                          header: ["Line", "Item", "Category", "ED 524 line", "SF-424A class", "Rule"], rows: rows)
    }

    /// What each source pays per period, the gap, and the federal and non-federal shares.
    public static func whoPays(_ p: Projection) -> SheetTable? {
        guard let sources = p.scenario.funding, !sources.isEmpty else { return nil }
        let who = FundingAllocation(p)
        var rows: [SheetRow] = []
        for (i, source) in sources.enumerated() {
            let terms = p.scenario.fundingTerms.source(i)
            let total = who.total(ofSource: i)
            let cells: [SheetCell] = who.periods.map { period in
                .money(period.sources.first { $0.index == i }?.allocated ?? .zero)
            }
            let share: SheetCell = who.cost.isZero ? .empty : .share(total.allocated.decimal / who.cost.decimal)
            let federal = terms.federalShare >= 1 ? ", federal" : terms.federal ? ", \(Formatting.percent(terms.federalShare)) federal" : ""
            rows.append(SheetRow("\(source.source) (\(source.kind.rawValue)\(federal))",
                                 cells + [.money(total.allocated), share]))
        }
        let gapShare: SheetCell = who.cost.isZero ? .empty : .share(who.gap.decimal / who.cost.decimal)
        rows.append(SheetRow(Unfunded.label, who.periods.map { .money($0.gap) } + [.money(who.gap), gapShare]))
        rows.append(SheetRow("Federal", who.periods.map { .money($0.federal) } + [.money(who.federal),
                             who.cost.isZero ? .empty : .share(who.federal.decimal / who.cost.decimal)]))
        rows.append(SheetRow("Non-federal (match)", who.periods.map { .money($0.nonFederal) } + [.money(who.nonFederal),
                             who.cost.isZero ? .empty : .share(who.nonFederal.decimal / who.cost.decimal)]))
        if !who.inKindAdded.isZero {
            rows.append(SheetRow("In-kind ingredients outside the budget", who.periods.map { .money($0.inKindAdded) } + [.money(who.inKindAdded), .empty]))
        }
        let unused = sources.indices.map { i in who.periods.map { $0.sources.first { $0.index == i }?.unused ?? .zero } }
        for (i, row) in unused.enumerated() where row.contains(where: { !$0.isZero }) {
            rows.append(SheetRow("Unused: \(sources[i].source)", row.map { .money($0) } + [.money(row.sum()), .empty]))
        }
        rows.append(SheetRow("Cost", who.periods.map { .money($0.cost) } + [.money(who.cost), .share(who.cost.isZero ? 0 : 1)], isTotal: true))
        return SheetTable(sheetName: "Who pays", title: "Who pays",
                          header: ["Source"] + who.periods.map(\.label) + ["Total", "Share"], rows: rows,
                          note: "Sources pay the costs they cover in listed order (each line with the indirect on it), up to their amount; sources + gap = cost in every column.")
    }

    /// Costs by category in the district's fiscal years.
    public static func fiscalYears(_ p: Projection) -> SheetTable {
        let fy = FiscalYearView(p)
        var rows: [SheetRow] = []
        for category in CostCategory.allCases {
            let cells = fy.years.map { $0.byCategory[category] ?? .zero }
            guard cells.contains(where: { !$0.isZero }) else { continue }
            rows.append(SheetRow(category.title, cells.map { .money($0) } + [.money(cells.sum())]))
        }
        rows.append(SheetRow("Total", fy.years.map { .money($0.total) } + [.money(fy.total)], isTotal: true))
        let month = YearMonth.monthNames[fy.startMonth - 1]
        let spans = fy.years.map { "\($0.label) = \($0.span)" }.joined(separator: "; ")
        return SheetTable(sheetName: "Fiscal years", title: "By fiscal year (starting in \(month))",
                          header: ["Category"] + fy.years.map(\.label) + ["Total"], rows: rows,
                          note: "\(spans). Meeting-driven lines fall in the meeting months, salary-like lines evenly (docs/funding.md).")
    }

    /// Who pays in each fiscal year; nil without funding sources.
    public static func fiscalYearPayers(_ p: Projection) -> SheetTable? {
        guard let sources = p.scenario.funding, !sources.isEmpty else { return nil }
        let fy = FiscalYearView(p)
        var rows: [SheetRow] = sources.enumerated().map { i, source in
            let cells = fy.years.map { $0.bySource[i] ?? .zero }
            return SheetRow(source.source, cells.map { .money($0) } + [.money(cells.sum())])
        }
        rows.append(SheetRow(Unfunded.label, fy.years.map { .money($0.gap) } + [.money(fy.years.map(\.gap).sum())]))
        let costs = fy.years.map { $0.total + $0.inKindAdded }
        rows.append(SheetRow("Cost", costs.map { .money($0) } + [.money(costs.sum())], isTotal: true))
        return SheetTable(sheetName: "Who pays by FY", title: "Who pays, by fiscal year",
                          header: ["Source"] + fy.years.map(\.label) + ["Total"], rows: rows,
                          note: "Within each year and category the first-listed source pays the earliest months.")
    }

    /// Nominal, base-year (constant) dollars and present value per period and category.
    public static func constantDollars(_ p: Projection) -> SheetTable {
        let cd = ConstantDollars(p)
        var rows = cd.periods.map { row in
            SheetRow(row.label, [.money(row.nominal), .money(row.constant), .money(row.presentValue)])
        }
        rows.append(SheetRow("Total", [.money(cd.nominal), .money(cd.constant), .money(cd.presentValue)], isTotal: true))
        let s = p.scenario
        return SheetTable(sheetName: "Constant dollars", title: "Nominal, constant (Year 1) dollars and present value",
                          header: ["Period", "Nominal", "Constant (Year 1 $)", "Present value"], rows: rows,
                          note: "Constant: compensation lines deflated by \(Advisor.percentText(s.escalation.compensation)) a year, goods lines by \(Advisor.percentText(s.escalation.goods)); present value at \(Advisor.percentText(s.discountRate)).")
    }

    /// Each category's total in nominal and base-year dollars.
    public static func constantDollarsByCategory(_ p: Projection) -> SheetTable {
        let cd = ConstantDollars(p)
        var rows: [SheetRow] = []
        for category in CostCategory.allCases where p.periods.contains(where: { $0.lines.contains { $0.category == category } }) {
            rows.append(SheetRow(category.title, [.money(p.categoryTotal(category)), .money(cd.categoryTotal(category, in: p))]))
        }
        rows.append(SheetRow("Total", [.money(cd.nominal), .money(cd.constant)], isTotal: true))
        return SheetTable(sheetName: "Constant by category", title: "By category: nominal and constant (Year 1) dollars",
                          header: ["Category", "Nominal", "Constant (Year 1 $)"], rows: rows)
    }
}

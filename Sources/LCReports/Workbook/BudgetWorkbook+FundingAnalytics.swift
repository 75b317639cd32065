import Foundation
import LCModel
import XlsxWriter

/// One sheet of funding analytics: the `FundingSheets` tables it holds, stacked.
struct AnalyticsSheet {
    let name: String
    let blocks: [TableBlock]

    /// `FundingSheets.all(projection)` grouped into sheets: ED 524 Sections A and B (and the
    /// unfunded remainder) go on the ED 524 sheet, the form mapping below SF-424A (one printed
    /// page for the form and where its lines come from), who pays by fiscal year on the
    /// Fiscal years sheet, constant dollars by category on the Constant dollars sheet.
    static func layout(_ projection: Projection) -> [AnalyticsSheet] {
        var hosts = ["Who pays by FY": "Fiscal years", "Constant by category": "Constant dollars",
                     "Form mapping": "SF-424A"]
        // ED 524 Section A / Section B / unfunded go below the full ED 524 view.
        for part in ED524Part.allCases { hosts["ED 524 " + part.rawValue] = "ED 524" }
        var order: [String] = []
        var tables: [String: [SheetTable]] = [:]
        for table in FundingSheets.all(projection) {
            let name = hosts[table.sheetName] ?? table.sheetName
            if tables[name] == nil { order.append(name) }
            tables[name, default: []].append(table)
        }
        return order.map { AnalyticsSheet(name: $0, blocks: TableBlock.stack(tables[$0]!)) }
    }
}

/// The funding analytics sheets (ED 524, SF-424A with the form mapping, Who pays, Fiscal years,
/// Constant dollars): the `FundingSheets` tables with their totals as formulas.
///
/// ED 524 lines are sums of the Budget sheet's line cells (so the form follows a changed
/// assumption) and SF-424A classes sums of ED 524 lines; the other figures are the
/// projection's, with totals and shares as formulas over them.
extension BudgetWorkbook.Writer {
    static let fixedNote = "These figures are the projection's when the report was written (totals and shares are formulas over them); they do not follow a change on the Assumptions sheet: change the scenario file and run lcbudget report again."
    static let fiscalYearsCheckLabel = "Check: fiscal-year total less the Budget's total cost (0 when they agree)"

    func writeFundingAnalytics() throws {
        for page in analytics {
            let sheet = sheet(page.name)
            let writer = SheetTableWriter(sheet: sheet, styles: styles)
            for block in page.blocks {
                try writer.write(block, formulas: formulas(for: block))
            }
            var row = page.blocks.last!.nextRow
            if page.name == "Fiscal years", let fy = page.blocks.first(where: { $0.table.sheetName == "Fiscal years" }) {
                try writeFiscalYearCheck(sheet, fy, row: row)
                row += 2
            }
            let widest = page.blocks.map { $0.table.header.count }.max() ?? 1
            if !["ED 524", "SF-424A"].contains(page.name) {
                try sheet.writeMerged(Self.fixedNote, row: row, columns: 0...max(1, widest - 1), format: styles.note)
            }
            try sheet.freezePanes(row: page.blocks[0].firstDataRow, column: 1)
            // The mapping's text columns (line keys, items, form lines) are wider than money.
            let mapping = page.blocks.contains { $0.table.sheetName == "Form mapping" }
            try sheet.setColumns(0...0, width: mapping ? 30 : 40)
            if widest > 1 { try sheet.setColumns(1...(widest - 1), width: mapping ? 24 : 16) }
            try printSetup(sheet, headerRows: page.blocks[0].headerRow...page.blocks[0].headerRow)
        }
    }

    /// The formulas of one table, by the table it is.
    private func formulas(for block: TableBlock) -> TableFormulas {
        var formulas = TableFormulas.running(block.table)
        switch block.table.sheetName {
        case "ED 524":
            let form = FederalFormView(projection)
            formulas.override = { r, c in
                let line = ED524Line.allCases[r]
                guard line != .totalDirect, line != .total, c < form.periods.count else { return nil }
                let column = BudgetLayout.column(ofPeriod: form.periods[c].index)
                let cells = form.keys(on: line).compactMap { budget.lineRows[$0] }.map { budget.reference(row: $0, column: column) }
                return cells.isEmpty ? nil : "=" + cells.joined(separator: "+")
            }
        case "SF-424A":
            let ed524 = analytics.flatMap(\.blocks).first { $0.table.sheetName == "ED 524" }!
            let qualified = CellRange.qualified("ED 524") + "!"
            formulas.override = { r, c in
                let objectClass = SF424AClass.allCases[r]
                guard objectClass != .totalDirect, objectClass != .totals, c < ed524.table.header.count - 2 else { return nil }
                let lines = objectClass == .indirect ? [ED524Line.indirect]
                    : ED524Line.assignable.filter { $0.sf424aClass == objectClass }
                return "=" + lines.map { qualified + ed524.a1(ED524Line.allCases.firstIndex(of: $0)!, c) }.joined(separator: "+")
            }
        case "Who pays":
            // Rows: one per source, the gap, then federal, non-federal, … and Cost last.
            let sources = scenario.funding?.count ?? 0
            let costRow = block.table.rows.count - 1
            formulas.components = { $0 == costRow ? Array(0...sources) : nil }
            let totalCell = block.table.header.count - 3   // the "Total" column's cell index
            formulas.share = { r, c in
                "=\(block.a1(r, totalCell))/\(block.a1(costRow, totalCell))"
            }
        default:
            break
        }
        return formulas
    }

    /// A live check that the fiscal years add up to the Budget sheet's total cost.
    private func writeFiscalYearCheck(_ sheet: Worksheet, _ fy: TableBlock, row: Int) throws {
        let last = fy.table.rows.count - 1
        let totalCell = fy.table.rows[last].cells.count - 1
        guard case .money(let fyTotal) = fy.table.rows[last].cells[totalCell] else { return }
        let difference = fyTotal - projection.total
        let check = CellAddress(row: row, column: 1)
        try sheet.write(Self.fiscalYearsCheckLabel, at: CellAddress(row: row, column: 0), format: styles.subtotalLabel)
        try sheet.writeFormula("=ROUND(\(fy.a1(last, totalCell))-\(budget.reference(row: budget.grandTotalRow, column: budget.totalColumn)),2)",
                               cached: difference.decimal, at: check, format: styles.subtotal)
        try sheet.writeFormula("=IF(\(check.a1)=0,\"OK: fiscal years add up to the budget\",\"Differs: fiscal years are split from the scenario's own figures; run lcbudget report again after changing an assumption\")",
                               cachedText: difference.isZero ? "OK: fiscal years add up to the budget"
                                   : "Differs: fiscal years are split from the scenario's own figures; run lcbudget report again after changing an assumption",
                               at: CellAddress(row: row, column: 2), format: styles.text)
    }
}

import Foundation
import LCModel
import XlsxWriter

/// The Line items sheet: one row per period and line, for filtering and pivoting. Amounts are
/// formulas pointing at the Budget cell, so the table follows a changed assumption too.
extension BudgetWorkbook.Writer {
    func writeLineItems() throws {
        let sheet = sheet(BudgetWorkbook.SheetName.lineItems)
        let headers = ["Period", "Category", "Item", "Amount", "Participant support", "Line key"]
        let entries = projection.periods.flatMap { period in period.lines.map { (period, $0) } }
        let origin = CellAddress(row: 0, column: 0)
        if options.constantMemory || entries.isEmpty {
            // libxlsxwriter cannot write tables in constant-memory mode (and a table needs a row).
            for (column, header) in headers.enumerated() {
                try sheet.write(header, at: CellAddress(row: 0, column: column), format: styles.header)
            }
            try sheet.autofilter(CellRange(from: origin, to: CellAddress(row: max(entries.count, 1), column: headers.count - 1)))
        } else {
            try sheet.addTable(name: "LineItems", at: origin, lastRow: entries.count, columns: headers.map {
                TableColumn($0, format: $0 == "Amount" ? styles.money : nil)
            })
        }
        for (index, (period, line)) in entries.enumerated() {
            let r = index + 1
            func at(_ column: Int) -> CellAddress { CellAddress(row: r, column: column) }
            guard let budgetRow = budget.lineRows[line.key] else {
                throw BudgetWorkbookError.unknownLine(line.key, referencedBy: "Line items")
            }
            try sheet.write(period.label, at: at(0))
            try sheet.write(line.category.title, at: at(1))
            try sheet.write(line.item, at: at(2), format: styles.wrapped)
            try sheet.writeFormula("=" + budget.reference(row: budgetRow, column: BudgetLayout.column(ofPeriod: period.index)),
                                   cached: line.amount.decimal, at: at(3), format: styles.money)
            try sheet.write(line.participantSupport ? "yes" : "no", at: at(4))
            try sheet.write(line.key, at: at(5), format: styles.key)
        }
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.setColumnWidths([12, 24, 34, 15, 20, 24])
        try printSetup(sheet, headerRows: 0...0)
    }
}

import Foundation
import LCModel
import XlsxWriter

/// The Budget sheet: the projection's lines by period (Planning, Year 1..N, Total), grouped by
/// category with subtotals, then total direct, indirect and grand total. Every figure is a
/// formula; its cached value is the engine's figure.
extension BudgetWorkbook.Writer {
    func writeBudget() throws {
        let sheet = sheet(BudgetWorkbook.SheetName.budget)
        let periods = projection.periods
        let periodColumns = periods.map { BudgetLayout.column(ofPeriod: $0.index) }
        let first = periodColumns.first!, last = periodColumns.last!
        let totalColumn = budget.totalColumn

        try sheet.write("Line item", at: CellAddress(row: 0, column: 0), format: styles.header)
        for period in periods {
            try sheet.write(period.label, at: CellAddress(row: 0, column: BudgetLayout.column(ofPeriod: period.index)), format: styles.header)
        }
        try sheet.write("Total", at: CellAddress(row: 0, column: totalColumn), format: styles.header)
        try sheet.write("Line key", at: CellAddress(row: 0, column: budget.keyColumn), format: styles.header)

        for (index, row) in budget.rows.enumerated() {
            let r = index + 1
            func at(_ column: Int) -> CellAddress { CellAddress(row: r, column: column) }
            func a1(_ row: Int, _ column: Int) -> String { CellAddress(row: row, column: column).a1 }
            let acrossPeriods = "=SUM(\(a1(r, first)):\(a1(r, last)))"
            switch row {
            case .categoryHeading(let category):
                try sheet.write(category.title, at: at(0), format: styles.section)

            case .line(let lineRow), .indirect(let lineRow):
                try sheet.write(lineRow.item, at: at(0), format: styles.indented)
                for period in periods {
                    guard let line = period.line(lineRow.key) else { continue }
                    let column = BudgetLayout.column(ofPeriod: period.index)
                    try sheet.writeFormula(try formula(for: line, column: column), cached: line.amount.decimal,
                                           at: at(column), format: styles.money)
                }
                try sheet.writeFormula(acrossPeriods, cached: projection.total(ofLine: lineRow.key).decimal,
                                       at: at(totalColumn), format: styles.money)
                try sheet.write(lineRow.key, at: at(budget.keyColumn), format: styles.key)

            case .subtotal(let category, let lines):
                try sheet.write("\(category.title) subtotal", at: at(0), format: styles.subtotalLabel)
                for period in periods {
                    let column = BudgetLayout.column(ofPeriod: period.index)
                    try sheet.writeFormula("=SUM(\(a1(lines.lowerBound, column)):\(a1(lines.upperBound, column)))",
                                           cached: period.total(of: category).decimal, at: at(column), format: styles.subtotal)
                }
                try sheet.writeFormula(acrossPeriods, cached: projection.categoryTotal(category).decimal,
                                       at: at(totalColumn), format: styles.subtotal)
                try sheet.write("subtotal.\(category.rawValue)", at: at(budget.keyColumn), format: styles.key)

            case .directTotal(let subtotals):
                try sheet.write("Total direct costs", at: at(0), format: styles.subtotalLabel)
                for period in periods {
                    let column = BudgetLayout.column(ofPeriod: period.index)
                    let sum = subtotals.isEmpty ? "=0" : "=" + subtotals.map { a1($0, column) }.joined(separator: "+")
                    try sheet.writeFormula(sum, cached: period.directTotal.decimal, at: at(column), format: styles.subtotal)
                }
                try sheet.writeFormula(acrossPeriods, cached: projection.directTotal.decimal,
                                       at: at(totalColumn), format: styles.subtotal)
                try sheet.write("total.direct", at: at(budget.keyColumn), format: styles.key)

            case .grandTotal(let direct, let indirect):
                try sheet.write("Total cost", at: at(0), format: styles.totalLabel)
                for period in periods {
                    let column = BudgetLayout.column(ofPeriod: period.index)
                    let sum = "=" + ([direct] + (indirect.map { [$0] } ?? [])).map { a1($0, column) }.joined(separator: "+")
                    try sheet.writeFormula(sum, cached: period.total.decimal, at: at(column), format: styles.total)
                }
                try sheet.writeFormula(acrossPeriods, cached: projection.total.decimal, at: at(totalColumn), format: styles.total)
                try sheet.write("total.all", at: at(budget.keyColumn), format: styles.key)
            }
        }
        try sheet.freezePanes(row: 1, column: 1)
        try sheet.setColumns(0...0, width: 36)
        try sheet.setColumns(first...totalColumn, width: 15)
        try sheet.setColumns(budget.keyColumn...budget.keyColumn, width: 24)
        try printSetup(sheet, headerRows: 0...0)
    }
}

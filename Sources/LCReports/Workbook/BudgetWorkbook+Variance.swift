import Foundation
import LCModel
import XlsxWriter

/// The Variance sheet (when the record holds actual spending): budget against actuals by
/// period and category, as `lcbudget variance` reports it.
///
/// Budgeted is a formula over the Budget sheet (the category's subtotal for the period),
/// remaining and the share spent are formulas; spent, the share of the period elapsed and the
/// status are the record's and the engine's (`Variance`).
extension BudgetWorkbook.Writer {
    enum VarianceColumn {
        static let headers = ["Period", "Category", "Budgeted", "Spent", "Remaining", "Share of period elapsed",
                              "Share spent", "Status", "Statement"]
        static let budgeted = 2, spent = 3, remaining = 4, elapsed = 5, spentShare = 6, status = 7, statement = 8
    }

    func writeVariance(_ variance: Variance) throws {
        let sheet = sheet(BudgetWorkbook.SheetName.variance)
        try sheet.write("Budget against actuals as of \(variance.asOf.iso)", at: CellAddress(row: 0, column: 0), format: styles.title)
        try sheet.writeMerged("On track: the share of the budget spent is within \(Variance.percent(variance.tolerance).dropLast()) percentage points of the share of the period elapsed. Budgeted follows the Budget sheet; spent is the record's actual spending (lcbudget variance).",
                              row: 1, columns: 0...VarianceColumn.statement, format: styles.note)
        let headerRow = 3
        for (column, heading) in VarianceColumn.headers.enumerated() {
            try sheet.write(heading, at: CellAddress(row: headerRow, column: column), format: styles.header)
        }
        var row = headerRow + 1
        var periodTotalRows: [Int] = []
        for period in variance.periods {
            let column = BudgetLayout.column(ofPeriod: period.index)
            for line in period.lines {
                let category = line.category!
                let rows: [Int]
                if category == .indirect {
                    rows = projection.lineRows.filter { $0.category == .indirect }.compactMap { budget.lineRows[$0.key] }
                } else {
                    rows = budget.subtotalRows[category].map { [$0] } ?? []
                }
                let formula = rows.isEmpty ? nil : "=" + rows.map { budget.reference(row: $0, column: column) }.joined(separator: "+")
                try writeVarianceRow(sheet, row, period: period.label, name: category.title, line: line,
                                     budgeted: formula, statement: line.statement(periodLabel: period.label), isTotal: false)
                row += 1
            }
            try writeVarianceRow(sheet, row, period: period.label, name: "Total", line: period.total,
                                 budgeted: "=" + budget.reference(row: budget.grandTotalRow, column: column),
                                 statement: period.total.statement(periodLabel: period.label), isTotal: true)
            periodTotalRows.append(row)
            row += 2
        }
        func sum(_ column: Int) -> String {
            "=" + periodTotalRows.map { CellAddress(row: $0, column: column).a1 }.joined(separator: "+")
        }
        try writeVarianceRow(sheet, row, period: "Whole project", name: "Total", line: variance.total,
                             budgeted: sum(VarianceColumn.budgeted), spent: sum(VarianceColumn.spent),
                             statement: variance.total.statement(periodLabel: "the project"), isTotal: true)
        row += 2
        var notes: [String] = []
        if variance.laterActuals > 0 { notes.append("\(variance.laterActuals) actual(s) dated after \(variance.asOf.iso) are not counted.") }
        if variance.outsideActuals > 0 { notes.append("\(variance.outsideActuals) actual(s) dated outside the project's periods are not counted.") }
        notes.append("Status is the engine's, for the budget as projected; after changing an assumption, compare Remaining and Share spent.")
        for note in notes {
            try sheet.writeMerged(note, row: row, columns: 0...VarianceColumn.statement, format: styles.note)
            row += 1
        }

        try sheet.freezePanes(row: headerRow + 1, column: 2)
        // The statement wraps (its rows grow) so the sheet prints one page wide at a readable size.
        try sheet.setColumnWidths([12, 22, 14, 14, 14, 11, 11, 13, 46])
        try printSetup(sheet, headerRows: headerRow...headerRow)
    }

    private func writeVarianceRow(_ sheet: Worksheet, _ row: Int, period: String, name: String, line: VarianceLine,
                                  budgeted: String?, spent: String? = nil, statement: String, isTotal: Bool) throws {
        func at(_ column: Int) -> CellAddress { CellAddress(row: row, column: column) }
        let labelFormat = isTotal ? styles.subtotalLabel : styles.label
        let moneyFormat = isTotal ? styles.subtotal : styles.money
        try sheet.write(period, at: at(0), format: labelFormat)
        try sheet.write(name, at: at(1), format: labelFormat)
        if let budgeted {
            try sheet.writeFormula(budgeted, cached: line.budgeted.decimal, at: at(VarianceColumn.budgeted), format: moneyFormat)
        } else {
            try sheet.write(line.budgeted.decimal, at: at(VarianceColumn.budgeted), format: moneyFormat)
        }
        if let spent {
            try sheet.writeFormula(spent, cached: line.spent.decimal, at: at(VarianceColumn.spent), format: moneyFormat)
        } else {
            try sheet.write(line.spent.decimal, at: at(VarianceColumn.spent), format: moneyFormat)
        }
        let b = at(VarianceColumn.budgeted).a1, s = at(VarianceColumn.spent).a1
        try sheet.writeFormula("=\(b)-\(s)", cached: line.remaining.decimal, at: at(VarianceColumn.remaining), format: moneyFormat)
        try sheet.write(line.elapsedShare, at: at(VarianceColumn.elapsed), format: styles.share)
        let share = "=IF(\(b)>0,\(s)/\(b),\"n/a\")"
        if let value = line.spentShare {
            try sheet.writeFormula(share, cached: value, at: at(VarianceColumn.spentShare), format: styles.share)
        } else {
            try sheet.writeFormula(share, cachedText: "n/a", at: at(VarianceColumn.spentShare), format: styles.share)
        }
        try sheet.write(line.status.rawValue, at: at(VarianceColumn.status), format: line.status == .onTrack ? styles.text : styles.attention)
        try sheet.write(statement, at: at(VarianceColumn.statement), format: styles.wrapped)
    }
}

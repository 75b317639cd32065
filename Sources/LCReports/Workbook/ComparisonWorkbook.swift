import Foundation
import LCModel
import XlsxWriter

/// `comparison.xlsx` of `lcbudget compare … --out DIR`: the `ComparisonReport` tables side by
/// side, one sheet per period and one for all periods.
///
/// ```swift
/// try ComparisonWorkbook.write(comparison, to: "out/comparison.xlsx")
/// ```
///
/// Each sheet has a row per category and a column per scenario; after every scenario but the
/// first comes its difference from the first as a formula (`=D3-B3`), and the Total row sums
/// the categories. Amounts are the projections' own figures (cached values of the formulas too).
public enum ComparisonWorkbook {
    public static let summarySheet = "Comparison"

    public static func write(_ comparison: ScenarioComparison, to path: String,
                             created: Date = BudgetWorkbook.creationDate()) throws {
        let workbook = try Workbook(path: path)
        let styles = try WorkbookStyles(workbook)
        try workbook.setProperties(DocumentProperties(
            title: "Comparison of \(comparison.names.count) scenarios", subject: "Educator learning community budgets compared",
            author: "lcbudget", company: comparison.projections[0].scenario.organization, category: "Budget",
            keywords: "educator learning community, budget, comparison",
            comments: "Differences and totals are formulas over the amounts.", created: created))
        let tables = ComparisonReport.tables(comparison)
        let summary = try workbook.addWorksheet(summarySheet)
        let sheets = try tables.map { try workbook.addWorksheet($0.sheetName) }

        try summary.write("Comparison of \(comparison.names.count) scenarios", at: CellAddress(row: 0, column: 0), format: styles.title)
        try summary.write("File", at: CellAddress(row: 2, column: 0), format: styles.header)
        try summary.write("Scenario", at: CellAddress(row: 2, column: 1), format: styles.header)
        var row = 3
        for (i, name) in comparison.names.enumerated() {
            try summary.write(name, at: CellAddress(row: row, column: 0), format: styles.text)
            try summary.write(comparison.projections[i].scenario.name, at: CellAddress(row: row, column: 1), format: styles.text)
            row += 1
        }
        row += 1
        try summary.write("What drives the difference", at: CellAddress(row: row, column: 0), format: styles.section)
        for paragraph in ComparisonReport.summaries(comparison) {
            row += 1
            try summary.write(paragraph, at: CellAddress(row: row, column: 0), format: styles.wrapped)
        }
        row += 2
        try summary.write("Sheets: " + tables.map(\.sheetName).joined(separator: ", ") + ". Differences (Δ) and totals are formulas.",
                          at: CellAddress(row: row, column: 0), format: styles.key)
        try summary.setColumns(0...0, width: 110)
        try summary.setColumns(1...1, width: 60)
        try summary.activate()

        for (table, sheet) in zip(tables, sheets) {
            let block = TableBlock(table, at: 0)
            try SheetTableWriter(sheet: sheet, styles: styles).write(block, formulas: .running(table))
            try sheet.freezePanes(row: block.firstDataRow, column: 1)
            try sheet.setColumns(0...0, width: 28)
            try sheet.setColumns(1...max(1, table.header.count - 1), width: 20)
            try sheet.fitForPrinting(repeatRows: block.headerRow...block.headerRow, header: "&C&A", footer: "&RPage &P of &N")
        }
        try summary.fitForPrinting(repeatRows: nil, header: "&C&A", footer: "&RPage &P of &N")
        try workbook.close()
    }
}

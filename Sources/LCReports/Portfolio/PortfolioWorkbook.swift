import Foundation
import LCModel
import XlsxWriter

/// `batch`'s portfolio workbook: a **Portfolio** sheet with one row per scenario and a
/// **Line items** sheet with every line of every scenario, in libxlsxwriter's constant-memory
/// mode (each row goes to disk once the next one starts, so memory stays flat however many
/// scenarios there are).
///
/// ```swift
/// try PortfolioWorkbook.write(portfolio, projections: projections, to: "out/portfolio.xlsx")
/// ```
///
/// Every figure is read from a scenario's `Projection` (or its `PortfolioRow`, itself read from
/// the projection); the totals row holds `SUM` formulas whose cached values are the portfolio's
/// own sums. Both sheets are written strictly top to bottom, as constant-memory mode requires.
public enum PortfolioWorkbook {
    static let summarySheet = "Portfolio"
    static let lineItemsSheet = "Line items"
    /// The Line items columns, in order.
    public static let lineItemHeaders = ["#", "Scenario", "Period", "Category", "Item", "Amount", "Line key"]

    /// Writes the workbook; `projections[i]` is the projection of `portfolio.rows[i]`.
    public static func write(_ portfolio: Portfolio, projections: [Projection], to path: String,
                             created: Date = BudgetWorkbook.creationDate()) throws {
        precondition(projections.count == portfolio.rows.count, "one projection per portfolio row")
        let writer = try PortfolioWorkbookWriter(path: path, created: created)
        for projection in projections { try writer.append(projection) }
        try writer.finish(portfolio)
    }

    /// The document properties of a portfolio workbook.
    static func properties(_ portfolio: Portfolio, created: Date) -> DocumentProperties {
        DocumentProperties(
            title: "Portfolio of \(portfolio.rows.count) learning communities", subject: "Educator learning community portfolio",
            author: "lcbudget", category: "Budget", keywords: "educator learning community, portfolio, budget",
            comments: "One row per scenario; every figure is that scenario's exact projection.", created: created)
    }

    /// A workbook holding only the Line items sheet, exactly as `write` writes it: what the
    /// benchmark against plain C (bench/lineitems.c) times.
    public static func writeLineItemsWorkbook(_ projections: [Projection], to path: String,
                                              created: Date = BudgetWorkbook.creationDate()) throws {
        let workbook = try Workbook(path: path, options: .init(constantMemory: true))
        try workbook.setProperties(DocumentProperties(title: "Line items", author: "lcbudget", created: created))
        try writeLineItems(projections, workbook.addWorksheet(lineItemsSheet), try Styles(workbook))
        try workbook.close()
    }

    /// A money figure as the cell's number (`Money.double`, the nearest double).
    @inline(__always) static func cell(_ money: Money) -> Double { money.double }

    struct Styles {
        let header, money, total, totalLabel, key: Format
        /// Names that wrap (their rows grow as they are written).
        let wrapped: Format

        init(_ workbook: Workbook) throws {
            header = try workbook.addFormat(FormatSpec(bold: true, fillColor: WorkbookStyles.headerFill, wrapText: true, bottomBorder: true))
            money = try workbook.addFormat(FormatSpec(numberFormat: WorkbookStyles.moneyFormat))
            total = try workbook.addFormat(FormatSpec(bold: true, fillColor: WorkbookStyles.totalFill,
                                                      numberFormat: WorkbookStyles.moneyFormat, topBorder: true))
            totalLabel = try workbook.addFormat(FormatSpec(bold: true, fillColor: WorkbookStyles.totalFill, topBorder: true))
            key = try workbook.addFormat(FormatSpec(italic: true, fontColor: 0x808080))
            wrapped = try workbook.addFormat(FormatSpec(wrapText: true))
        }
    }

    /// Portfolio: Scenario, Organization, File, Years, Planning, Year 1…N, Total, Per participant-year, Advisories.
    static func writeSummary(_ portfolio: Portfolio, _ sheet: Worksheet, _ styles: Styles) throws {
        let years = portfolio.maximumYears
        let headers = ["Scenario", "Organization", "File", "Years", "Planning"] + (0..<years).map { "Year \($0 + 1)" } +
            ["Total", "Per participant-year", "Advisories"]
        let planningColumn = 4, totalColumn = planningColumn + years + 1
        // Widths before the rows: in constant-memory mode a row's height is set as it is
        // written, from the widths of its wrapping columns.
        try sheet.setColumns(0...0, width: 32)
        try sheet.setColumns(1...2, width: 22)
        try sheet.setColumns(3...3, width: 7)
        try sheet.setColumns(planningColumn...(totalColumn + 1), width: 15)
        try sheet.setColumns((totalColumn + 2)...(totalColumn + 2), width: 11)
        for (column, header) in headers.enumerated() {
            try sheet.write(header, at: CellAddress(row: 0, column: column), format: styles.header)
        }
        for (index, row) in portfolio.rows.enumerated() {
            let r = index + 1
            try sheet.write(row.name, at: CellAddress(row: r, column: 0), format: styles.wrapped)
            try sheet.write(row.organization ?? "", at: CellAddress(row: r, column: 1), format: styles.wrapped)
            try sheet.write(row.file, at: CellAddress(row: r, column: 2), format: styles.wrapped)
            try sheet.write(Double(row.years), at: CellAddress(row: r, column: 3))
            try sheet.write(cell(row.planning), at: CellAddress(row: r, column: planningColumn), format: styles.money)
            for (year, amount) in row.yearTotals.enumerated() {
                try sheet.write(cell(amount), at: CellAddress(row: r, column: planningColumn + 1 + year), format: styles.money)
            }
            try sheet.write(cell(row.total), at: CellAddress(row: r, column: totalColumn), format: styles.money)
            try sheet.write(cell(row.perParticipantYear), at: CellAddress(row: r, column: totalColumn + 1), format: styles.money)
            try sheet.write(Double(row.advisoriesCount), at: CellAddress(row: r, column: totalColumn + 2))
        }
        // Totals: SUM formulas over the rows above, cached with the portfolio's own sums.
        let totalRow = portfolio.rows.count + 1
        try sheet.write("Total", at: CellAddress(row: totalRow, column: 0), format: styles.totalLabel)
        for column in 1..<planningColumn { try sheet.writeBlank(at: CellAddress(row: totalRow, column: column), format: styles.totalLabel) }
        func sum(_ column: Int, _ cached: Double, _ format: Format?) throws {
            let range = CellRange(from: CellAddress(row: 1, column: column), to: CellAddress(row: max(1, totalRow - 1), column: column))
            try sheet.writeFormula("=SUM(\(range.reference))", cached: cached, at: CellAddress(row: totalRow, column: column), format: format)
        }
        try sum(planningColumn, cell(portfolio.planningTotal), styles.total)
        for year in 1...max(years, 1) where year <= years {
            try sum(planningColumn + year, cell(portfolio.yearTotal(year)), styles.total)
        }
        try sum(totalColumn, cell(portfolio.total), styles.total)
        try sheet.writeBlank(at: CellAddress(row: totalRow, column: totalColumn + 1), format: styles.totalLabel)
        try sum(totalColumn + 2, Double(portfolio.advisoriesCount), styles.totalLabel)
        try sheet.freezePanes(row: 1, column: 1)
        try printSetup(sheet)
    }

    /// One page wide, the header row on every page, the sheet's name above and page numbers below.
    static func printSetup(_ sheet: Worksheet) throws {
        try sheet.fitForPrinting(repeatRows: 0...0, header: "&C&A", footer: "&RPage &P of &N")
    }

    /// Line items: one row per line of every scenario (zero lines included), in portfolio order;
    /// `#` is the scenario's row number on the Portfolio sheet (names need not be unique).
    static func writeLineItems(_ projections: [Projection], _ sheet: Worksheet, _ styles: Styles) throws {
        try writeLineItemHeaders(sheet, styles)
        var r = 1
        for (index, projection) in projections.enumerated() {
            try writeLineItemRows(projection, number: index + 1, sheet, styles, row: &r)
        }
        try finishLineItems(sheet, styles, lastRow: r - 1)
    }

    static func writeLineItemHeaders(_ sheet: Worksheet, _ styles: Styles) throws {
        // Widths first: the scenario and item columns wrap, and in constant-memory mode a row's
        // height is set as it is written.
        try sheet.setColumnWidths([6, 44, 10, 22, 30, 15, 24])
        for (column, header) in lineItemHeaders.enumerated() {
            try sheet.write(header, at: CellAddress(row: 0, column: column), format: styles.header)
        }
    }

    /// One scenario's lines from row `r` on; `number` is its row on the Portfolio sheet.
    static func writeLineItemRows(_ projection: Projection, number: Int, _ sheet: Worksheet, _ styles: Styles,
                                  row r: inout Int) throws {
        let number = Double(number), name = projection.scenario.name
        for period in projection.periods {
            // Each line read in place (`period.lines[index]`), not copied out whole.
            for index in period.lines.indices {
                let line = (category: period.lines[index].category, item: period.lines[index].item,
                            amount: period.lines[index].amount, key: period.lines[index].key)
                try sheet.write(number, at: CellAddress(row: r, column: 0))
                try sheet.write(name, at: CellAddress(row: r, column: 1), format: styles.wrapped)
                try sheet.write(period.label, at: CellAddress(row: r, column: 2))
                try sheet.write(line.category.title, at: CellAddress(row: r, column: 3))
                try sheet.write(line.item, at: CellAddress(row: r, column: 4), format: styles.wrapped)
                try sheet.write(cell(line.amount), at: CellAddress(row: r, column: 5), format: styles.money)
                try sheet.write(line.key, at: CellAddress(row: r, column: 6), format: styles.key)
                r += 1
            }
        }
    }

    /// Frozen header, filter over rows 0…`lastRow`, column widths.
    static func finishLineItems(_ sheet: Worksheet, _ styles: Styles, lastRow: Int) throws {
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.autofilter(CellRange(from: CellAddress(row: 0, column: 0), to: CellAddress(row: max(1, lastRow), column: lineItemHeaders.count - 1)))
        try printSetup(sheet)
    }
}

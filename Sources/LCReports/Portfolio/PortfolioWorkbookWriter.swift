import Foundation
import LCModel
import XlsxWriter

/// `batch`'s portfolio workbook filled while the scenarios are still loading: each scenario's
/// **Line items** rows are written as soon as its projection arrives (in portfolio order), and
/// the **Portfolio** sheet, whose columns depend on the longest scenario, once all are known.
///
/// ```swift
/// let writer = try PortfolioWorkbookWriter(path: "out/.portfolio.xlsx.tmp")
/// for projection in projections { try writer.append(projection) }   // as each completes
/// try writer.finish(portfolio)                                      // writes the file
/// ```
///
/// Both sheets are in libxlsxwriter's constant-memory mode, each still written strictly top to
/// bottom; the file is byte for byte what `PortfolioWorkbook.write` gives for the same
/// portfolio (which is this writer fed all at once). Not thread-safe: one thread at a time.
///
/// A sheet holds at most 1,048,576 rows, and a state's portfolio (100,000 communities, ~47
/// lines each) has more lines than that: when a scenario's lines would not fit on the current
/// Line items sheet, they start the next one ("Line items 2", "Line items 3", …), each with its
/// own header row and filter. A scenario's lines are never split between sheets.
public final class PortfolioWorkbookWriter: @unchecked Sendable {
    private let workbook: Workbook
    private let summary: Worksheet
    private var lineItems: Worksheet
    /// Line items sheets so far (1 = "Line items" only).
    public private(set) var lineItemSheets = 1
    /// Rows per Line items sheet, header included (Excel's maximum; smaller in tests).
    private let rowsPerSheet: Int
    private let styles: PortfolioWorkbook.Styles
    private let created: Date
    /// The next Line items row (row 0 holds the headers).
    private var row = 1
    /// Scenarios appended so far: the next one's row number on the Portfolio sheet.
    public private(set) var count = 0

    /// Starts the workbook at `path` (nothing is written to `path` until `finish`).
    public init(path: String, created: Date = BudgetWorkbook.creationDate(),
                rowsPerSheet: Int = CellAddress.maxRows) throws {
        self.rowsPerSheet = rowsPerSheet
        workbook = try Workbook(path: path, options: .init(constantMemory: true))
        self.created = created
        styles = try PortfolioWorkbook.Styles(workbook)
        // Styles numbered as when the Portfolio sheet was written before the Line items sheet:
        // constant-memory mode numbers a style when its row goes to disk, so the Portfolio
        // totals row (flushed only at close) came after the Line items' key column.
        try workbook.fixStyleOrder([styles.header, styles.money, styles.key, styles.wrapped, styles.totalLabel, styles.total])
        summary = try workbook.addWorksheet(PortfolioWorkbook.summarySheet)
        lineItems = try workbook.addWorksheet(PortfolioWorkbook.lineItemsSheet)
        try PortfolioWorkbook.writeLineItemHeaders(lineItems, styles)
    }

    /// Writes the Line items rows of the next scenario of the portfolio.
    public func append(_ projection: Projection) throws {
        let lines = projection.periods.map(\.lines.count).reduce(0, +)
        if row > 1 && row + lines > rowsPerSheet {
            try PortfolioWorkbook.finishLineItems(lineItems, styles, lastRow: row - 1)
            lineItemSheets += 1
            lineItems = try workbook.addWorksheet("\(PortfolioWorkbook.lineItemsSheet) \(lineItemSheets)")
            try PortfolioWorkbook.writeLineItemHeaders(lineItems, styles)
            row = 1
        }
        count += 1
        try PortfolioWorkbook.writeLineItemRows(projection, number: count, lineItems, styles, row: &row)
    }

    /// Writes the Portfolio sheet and the file; `portfolio.rows` are the appended scenarios, in order.
    public func finish(_ portfolio: Portfolio) throws {
        precondition(portfolio.rows.count == count, "one appended projection per portfolio row")
        try workbook.setProperties(PortfolioWorkbook.properties(portfolio, created: created))
        try PortfolioWorkbook.writeSummary(portfolio, summary, styles)
        try PortfolioWorkbook.finishLineItems(lineItems, styles, lastRow: row - 1)
        try workbook.close()
    }
}

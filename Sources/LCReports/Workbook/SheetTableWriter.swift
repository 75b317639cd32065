import Foundation
import LCModel
import XlsxWriter

/// Where a `SheetTable` sits on a sheet: its title row, header row and one sheet row per table
/// row; cells start in column B (column A holds the row labels).
///
/// ```
/// row start      ED 524 budget summary — every source     (title)
/// row start + 1  Budget category | Year 1 | Year 2 | Total (header)
/// row start + 2  1. Personnel    | …                       (rows)
/// ```
struct TableBlock {
    let table: SheetTable
    let titleRow: Int
    var headerRow: Int { titleRow + 1 }
    var firstDataRow: Int { titleRow + 2 }
    /// The note's row (one below the last data row), when the table has a note.
    var noteRow: Int { firstDataRow + table.rows.count }
    /// The first free row after the block, leaving one blank row.
    var nextRow: Int { noteRow + (table.note == nil ? 1 : 2) }

    init(_ table: SheetTable, at titleRow: Int) {
        self.table = table
        self.titleRow = titleRow
    }

    func row(_ index: Int) -> Int { firstDataRow + index }
    /// Column of the table's cell `index` (0 = first cell after the label).
    static func column(_ index: Int) -> Int { 1 + index }
    func a1(_ row: Int, _ cell: Int) -> String { CellAddress(row: self.row(row), column: Self.column(cell)).a1 }

    /// Lays out several tables one below the other from `row`.
    static func stack(_ tables: [SheetTable], from row: Int = 0) -> [TableBlock] {
        var blocks: [TableBlock] = []
        var next = row
        for table in tables {
            let block = TableBlock(table, at: next)
            blocks.append(block)
            next = block.nextRow
        }
        return blocks
    }
}

/// How the totals of a table are formulas over its own cells.
///
/// Every money cell under a `Total` header is the SUM of the cells left of it; a cell under a
/// `Δ vs X` header is the cell left of it less the row's first cell; a cell of a total row is
/// the sum of its `components` rows (by default the rows since the previous total row, plus
/// that total row: ED 524 line 9 = lines 1–8, line 12 = 9 + 10 + 11). `override` gives a cell
/// its own formula (an ED 524 line over the Budget sheet); `share` a share cell's. The cached
/// value is always the table's own figure.
struct TableFormulas {
    var components: (Int) -> [Int]?
    var override: (_ row: Int, _ cell: Int) -> String? = { _, _ in nil }
    var share: (_ row: Int, _ cell: Int) -> String? = { _, _ in nil }

    /// Total rows sum the rows since the previous total row, and that row.
    static func running(_ table: SheetTable) -> TableFormulas {
        var components: [Int: [Int]] = [:]
        var pending: [Int] = []
        for (i, row) in table.rows.enumerated() {
            if row.isTotal {
                components[i] = pending
                pending = [i]
            } else {
                pending.append(i)
            }
        }
        return TableFormulas(components: { components[$0] })
    }
}

/// Writes `SheetTable`s as sheet blocks, top to bottom (so constant-memory mode works too).
struct SheetTableWriter {
    let sheet: Worksheet
    let styles: WorkbookStyles

    func write(_ block: TableBlock, formulas: TableFormulas) throws {
        let table = block.table
        try sheet.write(table.title, at: CellAddress(row: block.titleRow, column: 0), format: styles.section)
        for (column, heading) in table.header.enumerated() {
            try sheet.write(heading, at: CellAddress(row: block.headerRow, column: column), format: styles.header)
        }
        for (r, row) in table.rows.enumerated() {
            let sheetRow = block.row(r)
            try sheet.write(row.label, at: CellAddress(row: sheetRow, column: 0),
                            format: row.isTotal ? styles.subtotalLabel : styles.label)
            for (c, cell) in row.cells.enumerated() {
                let at = CellAddress(row: sheetRow, column: TableBlock.column(c))
                let heading = c + 1 < table.header.count ? table.header[c + 1] : ""
                switch cell {
                case .text(let text):
                    try sheet.write(text, at: at, format: row.isTotal ? styles.subtotalLabel : styles.wrapped)
                case .empty:
                    try sheet.writeBlank(at: at, format: row.isTotal ? styles.subtotal : nil)
                case .share(let share):
                    let format = row.isTotal ? styles.subtotalShare : styles.share
                    if let formula = formulas.share(r, c) {
                        try sheet.writeFormula(formula, cached: share, at: at, format: format)
                    } else {
                        try sheet.write(share, at: at, format: format)
                    }
                case .money(let money):
                    let format = row.isTotal ? styles.subtotal : styles.money
                    if let formula = moneyFormula(block, formulas, row: r, cell: c, heading: heading) {
                        try sheet.writeFormula(formula, cached: money.decimal, at: at, format: format)
                    } else {
                        try sheet.write(money.decimal, at: at, format: format)
                    }
                }
            }
        }
        if let note = table.note {
            try sheet.writeMerged(note, row: block.noteRow, columns: 0...max(1, table.header.count - 1), format: styles.note)
        }
    }

    private func moneyFormula(_ block: TableBlock, _ formulas: TableFormulas, row r: Int, cell c: Int, heading: String) -> String? {
        if let formula = formulas.override(r, c) { return formula }
        if heading == "Total", c > 0 { return "=SUM(\(block.a1(r, 0)):\(block.a1(r, c - 1)))" }
        if heading.hasPrefix("Δ vs "), c > 1 { return "=\(block.a1(r, c - 1))-\(block.a1(r, 0))" }
        if let parts = formulas.components(r) {
            let money = parts.filter { i in
                if case .money = block.table.rows[i].cells[c] { return true } else { return false }
            }
            return money.isEmpty ? nil : "=" + money.map { block.a1($0, c) }.joined(separator: "+")
        }
        return nil
    }
}

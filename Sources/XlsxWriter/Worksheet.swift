import CXlsxWriter
import Foundation

/// One sheet of an open `Workbook`: cells, layout, rules, tables and charts.
///
/// A `Worksheet` keeps its workbook alive but is usable only while that workbook is open.
/// Every libxlsxwriter error comes back as a thrown `XlsxError` naming the sheet and cell.
///
/// Text is always written as text: `write("=1+1", at:)` shows `=1+1`, never a formula.
/// Formulas go through `writeFormula`, which the caller builds from its own trusted pieces.
public final class Worksheet {
    public let workbook: Workbook
    public let name: String
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// The lowest row still writable in constant-memory mode.
    private(set) var currentRow = 0
    /// What print fitting needs to know of the sheet (see `Worksheet+Print.swift`).
    var measure = PrintMeasure()

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
    }

    /// `Budget!C7`, for messages.
    public func label(_ cell: CellAddress) -> String { "\(CellRange.qualified(name))!\(cell.a1)" }

    /// Checks the workbook is open, the cell is inside the sheet, and (in constant-memory mode)
    /// that its row has not already been flushed.
    func prepare(_ cell: CellAddress, _ operation: String) throws {
        _ = try workbook.openHandle("\(operation) \(label(cell))")
        guard cell.isInSheet else { throw XlsxError.cell(label(cell), reason: "outside the sheet's 1,048,576 rows and 16,384 columns") }
        if workbook.options.constantMemory {
            guard cell.row >= currentRow else {
                throw XlsxError.cell(label(cell), reason: "row \(cell.row + 1) was already written; in constant-memory mode rows must be written top to bottom (now at row \(currentRow + 1))")
            }
            currentRow = cell.row
        }
        measure.use(cell)
    }

    /// Turns a libxlsxwriter result into a thrown error naming the cell.
    func check(_ code: lxw_error, _ cell: CellAddress, _ operation: String) throws {
        guard code != LXW_NO_ERROR else { return }
        throw XlsxError.cell(label(cell), reason: "\(operation): \(XlsxError.message(code))")
    }

    // MARK: Cells

    /// Writes text as text, whatever it begins with (`=`, `+`, `-`, `@` included).
    public func write(_ text: String, at cell: CellAddress, format: Format? = nil) throws {
        try prepare(cell, "write text to")
        guard text.utf16.count <= 32_767 else {
            throw XlsxError.cell(label(cell), reason: "text of \(text.utf16.count) characters exceeds Excel's 32,767")
        }
        let f = try workbook.pointer(for: format)
        let code = text.withCString { worksheet_write_string(handle, lxw_row_t(cell.row), lxw_col_t(cell.column), $0, f) }
        try check(code, cell, "writing text")
        if workbook.wraps(format), let spec = workbook.spec(for: format) {
            try wrapped(text, row: cell.row, columns: cell.column...cell.column, spec: spec)
        }
    }

    /// Writes a number. Non-finite values are refused (Excel has no NaN or infinity).
    public func write(_ number: Double, at cell: CellAddress, format: Format? = nil) throws {
        try prepare(cell, "write a number to")
        guard number.isFinite else { throw XlsxError.cell(label(cell), reason: "\(number) is not a finite number") }
        let f = try workbook.pointer(for: format)
        try check(worksheet_write_number(handle, lxw_row_t(cell.row), lxw_col_t(cell.column), number, f), cell, "writing a number")
    }

    /// Writes a formula with the value a reader that does not recalculate should show.
    ///
    /// `formula` uses Excel's English function names and commas (`=ROUND(A1*B1,2)`); the
    /// leading `=` is optional.
    public func writeFormula(_ formula: String, cached value: Double, at cell: CellAddress, format: Format? = nil) throws {
        try prepare(cell, "write a formula to")
        guard value.isFinite else { throw XlsxError.cell(label(cell), reason: "cached value \(value) is not a finite number") }
        guard !formula.trimmingWhitespace.isEmpty, formula != "=" else {
            throw XlsxError.cell(label(cell), reason: "empty formula")
        }
        let f = try workbook.pointer(for: format)
        let code = formula.withCString {
            worksheet_write_formula_num(handle, lxw_row_t(cell.row), lxw_col_t(cell.column), $0, f, value)
        }
        try check(code, cell, "writing the formula \(formula)")
    }

    /// A formula whose result is text (for example `=IF(A1=0,"n/a",A2/A1)` when A1 is 0).
    public func writeFormula(_ formula: String, cachedText value: String, at cell: CellAddress, format: Format? = nil) throws {
        try prepare(cell, "write a formula to")
        let f = try workbook.pointer(for: format)
        let code = formula.withCString { cFormula in
            value.withCString { worksheet_write_formula_str(handle, lxw_row_t(cell.row), lxw_col_t(cell.column), cFormula, f, $0) }
        }
        try check(code, cell, "writing the formula \(formula)")
    }

    /// A blank cell that still carries a format (borders, fills).
    public func writeBlank(at cell: CellAddress, format: Format?) throws {
        try prepare(cell, "write a blank to")
        let f = try workbook.pointer(for: format)
        try check(worksheet_write_blank(handle, lxw_row_t(cell.row), lxw_col_t(cell.column), f), cell, "writing a blank")
    }
}

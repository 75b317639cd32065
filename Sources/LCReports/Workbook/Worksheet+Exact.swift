import Foundation
import LCModel
import XlsxWriter

/// Budget numbers into cells: a spreadsheet stores doubles, and each one is the nearest double
/// to the exact value, converted in one place (`Decimal.binary`, `Money.double`: LCModel's
/// number module), so a workbook and the engine start from the same figures.
///
/// ```swift
/// try sheet.write(Decimal(string: "50.25")!, at: CellAddress(row: 0, column: 1))   // 50.25
/// ```
extension Worksheet {
    /// Writes an exact decimal as the nearest double.
    func write(_ number: Decimal, at cell: CellAddress, format: Format? = nil) throws {
        try write(number.binary, at: cell, format: format)
    }

    /// A formula whose cached value is an exact decimal.
    func writeFormula(_ formula: String, cached value: Decimal, at cell: CellAddress, format: Format? = nil) throws {
        try writeFormula(formula, cached: value.binary, at: cell, format: format)
    }

    /// A formula whose cached value is an amount of money.
    func writeFormula(_ formula: String, cached value: Money, at cell: CellAddress, format: Format? = nil) throws {
        try writeFormula(formula, cached: value.double, at: cell, format: format)
    }
}

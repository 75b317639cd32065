import Foundation
import LCModel
import XlsxWriter

/// The Advisories sheet: each of the guide's recommendations the scenario does not follow,
/// with its stable code (as `lcbudget check` prints it).
extension BudgetWorkbook.Writer {
    func writeAdvisories() throws {
        let sheet = sheet(BudgetWorkbook.SheetName.advisories)
        for (column, header) in ["Code", "Message", "The guide's recommendation"].enumerated() {
            try sheet.write(header, at: CellAddress(row: 0, column: column), format: styles.header)
        }
        if projection.advisories.isEmpty {
            try sheet.write("(none)", at: CellAddress(row: 1, column: 0))
            try sheet.write("The scenario follows every recommendation the checks cover.", at: CellAddress(row: 1, column: 1), format: styles.wrapped)
        }
        for (index, advisory) in projection.advisories.enumerated() {
            try sheet.write(advisory.code.rawValue, at: CellAddress(row: index + 1, column: 0))
            try sheet.write(advisory.message, at: CellAddress(row: index + 1, column: 1), format: styles.wrapped)
            try sheet.write(advisory.recommendation, at: CellAddress(row: index + 1, column: 2), format: styles.wrapped)
        }
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.setColumns(0...0, width: 28)
        try sheet.setColumns(1...2, width: 60)
        try printSetup(sheet, headerRows: 0...0)
    }
}

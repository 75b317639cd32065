import Foundation
import LCModel
import XlsxWriter

/// The Assumptions sheet: every numeric input on its own row, each value a defined name with
/// data validation, then the structural settings for the record.
extension BudgetWorkbook.Writer {
    func writeAssumptions() throws {
        let sheet = sheet(BudgetWorkbook.SheetName.assumptions)
        let headers = ["Input", "Value", "Unit", "Name in formulas", "What the guide recommends (or where the value comes from)", "Scenario key"]
        for (column, header) in headers.enumerated() {
            try sheet.write(header, at: CellAddress(row: 0, column: column), format: styles.header)
        }
        for (index, row) in assumptions.rows.enumerated() {
            let r = index + 1
            func at(_ column: Int) -> CellAddress { CellAddress(row: r, column: column) }
            switch row {
            case .section(let title):
                try sheet.write(title, at: at(0), format: styles.section)
            case .input(let input):
                try sheet.write(input.label, at: at(0), format: styles.indented)
                try sheet.write(input.value, at: at(AssumptionsLayout.valueColumn), format: inputFormat(input.kind))
                try sheet.write(input.unit, at: at(2), format: styles.wrapped)
                try sheet.write(input.name, at: at(3), format: styles.key)
                try sheet.write(input.note, at: at(4), format: styles.wrapped)
                try sheet.write(input.key, at: at(5), format: styles.key)
                try workbook.defineName(input.name, refersTo: "=" + CellRange(sheet: sheet.name, from: at(1), to: at(1)).reference)
                try sheet.validate(CellRange(from: at(1), to: at(1)), validation(input),
                                   prompt: prompt(input), error: errorMessage(input))
            case .settingsHeading:
                try sheet.write("Settings (change these in the scenario file)", at: at(0), format: styles.section)
            case .setting(let setting):
                try sheet.write(setting.label, at: at(0), format: styles.indented)
                try sheet.write(setting.value, at: at(1), format: styles.text)
                try sheet.write(setting.note, at: at(4), format: styles.wrapped)
                try sheet.write(setting.key, at: at(5), format: styles.key)
            }
        }
        try sheet.freezePanes(row: 1, column: 1)
        // Narrow enough to print one page wide at a readable size; the unit and the guide's
        // words wrap, and their rows grow to fit (printSetup).
        try sheet.setColumnWidths([40, 13, 20, 25, 64, 30])
        try printSetup(sheet, headerRows: 0...0)
    }

    func inputFormat(_ kind: ScenarioInput.Kind) -> Format {
        switch kind {
        case .money: styles.inputMoney
        case .share: styles.inputShare
        case .count, .flag: styles.inputCount
        case .quantity: styles.inputQuantity
        }
    }

    func validation(_ input: ScenarioInput) -> DataValidation {
        let minimum = input.minimum.binary
        let maximum = input.maximum.map(\.binary)
        return input.isWholeNumber ? .wholeNumber(minimum: minimum, maximum: maximum)
                                   : .decimal(minimum: minimum, maximum: maximum)
    }

    func allowedRange(_ input: ScenarioInput) -> String {
        let noun = input.isWholeNumber ? "a whole number" : "a number"
        let show: (Decimal) -> String = { input.kind == .share ? Advisor.percentText($0) : $0.plainText }
        if let maximum = input.maximum { return "\(noun) from \(show(input.minimum)) to \(show(maximum))" }
        return "\(noun) of \(show(input.minimum)) or more"
    }

    /// "<label>: <allowed range>.", the label cut so the whole fits Excel's 255 (UTF-16 code
    /// units): it may be an other-cost name of up to 2,000 characters.
    func errorMessage(_ input: ScenarioInput) -> String {
        let rule = ": \(allowedRange(input))."
        return Worksheet.cut(input.label, utf16Limit: Worksheet.maxValidationMessageUTF16 - rule.utf16.count) + rule
    }

    func prompt(_ input: ScenarioInput) -> String {
        Worksheet.cut("\(input.unit): \(allowedRange(input)).", utf16Limit: Worksheet.maxValidationMessageUTF16)
    }
}

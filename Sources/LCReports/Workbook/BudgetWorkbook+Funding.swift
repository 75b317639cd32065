import Foundation
import LCModel
import XlsxWriter

/// The Funding sheet: each source's amounts by project year (inputs a reader may change), then
/// total funded, the year's cost from the Budget sheet, and the gap, highlighted when short.
extension BudgetWorkbook.Writer {
    func writeFunding() throws {
        let sheet = sheet(BudgetWorkbook.SheetName.funding)
        let years = 1...scenario.years
        let yearColumns = years.map(FundingLayout.column(ofYear:))
        try sheet.write("Source", at: CellAddress(row: 0, column: 0), format: styles.header)
        try sheet.write("Kind", at: CellAddress(row: 0, column: 1), format: styles.header)
        for year in years {
            try sheet.write("Year \(year)", at: CellAddress(row: 0, column: FundingLayout.column(ofYear: year)), format: styles.header)
        }

        let sources = scenario.funding ?? []
        if sources.isEmpty {
            try sheet.write("The scenario lists no funding sources.", at: CellAddress(row: 1, column: 0), format: styles.key)
        }
        for (index, source) in sources.enumerated() {
            let r = 1 + index
            try sheet.write(source.source, at: CellAddress(row: r, column: 0))
            try sheet.write(source.kind.rawValue, at: CellAddress(row: r, column: 1))
            for year in years {
                let cell = CellAddress(row: r, column: FundingLayout.column(ofYear: year))
                try sheet.write(source.byYear[year - 1], at: cell, format: styles.inputMoney)
            }
        }
        if let rows = funding.sourceRows {
            try sheet.validate(CellRange(from: CellAddress(row: rows.lowerBound, column: yearColumns.first!),
                                         to: CellAddress(row: rows.upperBound, column: yearColumns.last!)),
                               .decimal(minimum: 0, maximum: nil), prompt: "Dollars this source gives in the year (0 or more).",
                               error: "A funding amount cannot be negative.")
        }

        // Row by row (funded, cost, gap), so the sheet can also be written in constant-memory mode.
        let byYear = projection.funding
        func label(_ row: Int, _ text: String, _ format: Format) throws {
            try sheet.write(text, at: CellAddress(row: row, column: 0), format: format)
            try sheet.writeBlank(at: CellAddress(row: row, column: 1), format: format)
        }
        func a1(_ row: Int, _ column: Int) -> String { CellAddress(row: row, column: column).a1 }

        try label(funding.fundedRow, "Total funded", styles.subtotalLabel)
        for year in byYear {
            let column = FundingLayout.column(ofYear: year.year)
            let cell = CellAddress(row: funding.fundedRow, column: column)
            if let rows = funding.sourceRows {
                try sheet.writeFormula("=SUM(\(a1(rows.lowerBound, column)):\(a1(rows.upperBound, column)))",
                                       cached: year.funded.decimal, at: cell, format: styles.subtotal)
            } else {
                try sheet.write(year.funded.decimal, at: cell, format: styles.subtotal)
            }
        }
        try label(funding.costRow, "Total cost (Budget sheet)", styles.subtotalLabel)
        for year in byYear {
            let column = FundingLayout.column(ofYear: year.year)
            try sheet.writeFormula("=" + budget.reference(row: budget.grandTotalRow, column: BudgetLayout.column(ofPeriod: year.year)),
                                   cached: year.cost.decimal, at: CellAddress(row: funding.costRow, column: column), format: styles.subtotal)
        }
        try label(funding.gapRow, "Cost less funding (negative = surplus)", styles.totalLabel)
        for year in byYear {
            let column = FundingLayout.column(ofYear: year.year)
            try sheet.writeFormula("=\(a1(funding.costRow, column))-\(a1(funding.fundedRow, column))", cached: year.gap.decimal,
                                   at: CellAddress(row: funding.gapRow, column: column), format: styles.total)
        }
        let gapRange = CellRange(row: funding.gapRow, columns: yearColumns.first!...yearColumns.last!)
        try sheet.highlight(gapRange, when: .greaterThan(0), format: styles.gapShort)
        try sheet.highlight(gapRange, when: .lessThan(0), format: styles.gapSurplus)

        try sheet.freezePanes(row: 1, column: 1)
        try sheet.setColumns(0...0, width: 44)
        try sheet.setColumns(1...1, width: 12)
        try sheet.setColumns(yearColumns.first!...yearColumns.last!, width: 15)
        try printSetup(sheet, headerRows: 0...0)
    }
}

import Foundation
import LCModel
import XlsxWriter

/// The Uncertainty sheet (when the scenario has `uncertainty:`): the Monte Carlo summary
/// `report` ran (`ReportContext.uncertainty`, the same draws and seed as `lcbudget simulate`):
/// percentiles per year and in total, the histogram of the total as a column chart, and the
/// tornado as a bar chart.
///
/// The figures are the simulation's; the spread (P90 − P10), the probability over funding and
/// the swing are formulas over them.
extension BudgetWorkbook.Writer {
    static let uncertaintyHeaders = ["Figure", "Exact projection", "Mean", "P10", "P50", "P90", "Min", "Max",
                                     "P90 − P10", "Funding", "Draws over funding", "Probability over funding"]
    static let histogramHeaders = ["Bin", "From", "To (exclusive)", "Draws"]
    static let tornadoHeaders = ["Input", "Base value", "Low value (P10)", "High value (P90)", "Total at low",
                                 "Total at high", "Swing"]

    func writeUncertainty(_ summary: SimulationSummary) throws {
        let sheet = sheet(BudgetWorkbook.SheetName.uncertainty)
        let name = BudgetWorkbook.SheetName.uncertainty
        try sheet.write("How sure is the budget? \(summary.draws) simulated budgets (seed \(summary.seed))",
                        at: CellAddress(row: 0, column: 0), format: styles.title)
        try sheet.writeMerged(SimulationSummary.arithmeticNote + " Percentiles are \(SimulationSummary.percentileRule) (P10 is the ⌈0.1·n⌉-th smallest of the n draws); `lcbudget simulate` with the same seed and draws gives the same figures. They are the simulation's when the report was written and do not follow a change on the Assumptions sheet.",
                              row: 1, columns: 0...9, format: styles.note)
        let drawsCell = CellAddress(row: 2, column: 1)
        try sheet.write("Draws", at: CellAddress(row: 2, column: 0), format: styles.section)
        try sheet.write(Double(summary.draws), at: drawsCell, format: styles.count)

        // Percentiles.
        var row = 4
        for (column, heading) in Self.uncertaintyHeaders.enumerated() {
            try sheet.write(heading, at: CellAddress(row: row, column: column), format: styles.header)
        }
        let headerRow = row
        for figure in summary.years + [summary.total] {
            row += 1
            func at(_ column: Int) -> CellAddress { CellAddress(row: row, column: column) }
            let isTotal = figure.year == nil
            let money = isTotal ? styles.subtotal : styles.money
            try sheet.write(figure.label, at: at(0), format: isTotal ? styles.subtotalLabel : styles.label)
            let stats = figure.stats
            for (column, value) in [figure.base, stats.mean, stats.p10, stats.p50, stats.p90, stats.min, stats.max].enumerated() {
                try sheet.write(value.decimal, at: at(1 + column), format: money)
            }
            try sheet.writeFormula("=\(at(5).a1)-\(at(3).a1)", cached: (stats.p90 - stats.p10).decimal, at: at(8), format: money)
            if let funded = figure.funded, let over = figure.drawsOverFunding, let probability = figure.probabilityOverFunding {
                try sheet.write(funded.decimal, at: at(9), format: money)
                try sheet.write(Double(over), at: at(10), format: styles.count)
                try sheet.writeFormula("=\(at(10).a1)/\(drawsCell.absolute)", cached: probability, at: at(11), format: styles.share)
            } else {
                try sheet.write("no funding listed", at: at(9), format: styles.key)
            }
        }

        // Histogram of the total.
        row += 2
        try sheet.write("Histogram of the total (draws per equal-width bin)", at: CellAddress(row: row, column: 0), format: styles.section)
        row += 1
        for (column, heading) in Self.histogramHeaders.enumerated() {
            try sheet.write(heading, at: CellAddress(row: row, column: column), format: styles.header)
        }
        let firstBin = row + 1
        for bin in summary.histogram {
            row += 1
            try sheet.write("\(bin.lower.formatted(cents: false))–\(bin.upper.formatted(cents: false))", at: CellAddress(row: row, column: 0), format: styles.text)
            try sheet.write(bin.lower.decimal, at: CellAddress(row: row, column: 1), format: styles.money)
            try sheet.write(bin.upper.decimal, at: CellAddress(row: row, column: 2), format: styles.money)
            try sheet.write(Double(bin.count), at: CellAddress(row: row, column: 3), format: styles.count)
        }
        let histogramChartRow = row + 2
        if !summary.histogram.isEmpty {
            let chart = try workbook.addChart(.clusteredColumn)
            try chart.addSeries(name: CellRange(sheet: name, row: firstBin - 1, columns: 3...3),
                                categories: CellRange(sheet: name, from: CellAddress(row: firstBin, column: 0), to: CellAddress(row: row, column: 0)),
                                values: CellRange(sheet: name, from: CellAddress(row: firstBin, column: 3), to: CellAddress(row: row, column: 3)))
            try chart.setTitle("Simulated total cost")
            try chart.setAxes(categoryTitle: "Total cost", valueTitle: "Draws", valueNumberFormat: "#,##0")
            try chart.setGap(0)
            try chart.hideLegend()
            try sheet.insertChart(chart, at: CellAddress(row: histogramChartRow, column: 0), xScale: 1.8, yScale: 1.1)
        }

        // Tornado.
        row = histogramChartRow + 18
        try sheet.write("One-way sensitivity (tornado): the exact total with one input at its P10 and P90, the rest at base; widest swing first",
                        at: CellAddress(row: row, column: 0), format: styles.section)
        row += 1
        for (column, heading) in Self.tornadoHeaders.enumerated() {
            try sheet.write(heading, at: CellAddress(row: row, column: column), format: styles.header)
        }
        let tornadoHeader = row
        for bar in summary.tornado {
            row += 1
            func at(_ column: Int) -> CellAddress { CellAddress(row: row, column: column) }
            try sheet.write(bar.input, at: at(0), format: styles.text)
            try sheet.write(bar.baseValue, at: at(1), format: styles.quantity)
            try sheet.write(bar.lowValue, at: at(2), format: styles.quantity)
            try sheet.write(bar.highValue, at: at(3), format: styles.quantity)
            try sheet.write(bar.totalAtLow.decimal, at: at(4), format: styles.money)
            try sheet.write(bar.totalAtHigh.decimal, at: at(5), format: styles.money)
            try sheet.writeFormula("=ABS(\(at(5).a1)-\(at(4).a1))", cached: bar.swing.decimal, at: at(6), format: styles.money)
        }
        if !summary.tornado.isEmpty {
            let chart = try workbook.addChart(.bar)
            let inputs = CellRange(sheet: name, from: CellAddress(row: tornadoHeader + 1, column: 0), to: CellAddress(row: row, column: 0))
            for column in [4, 5] {
                try chart.addSeries(name: CellRange(sheet: name, row: tornadoHeader, columns: column...column), categories: inputs,
                                    values: CellRange(sheet: name, from: CellAddress(row: tornadoHeader + 1, column: column),
                                                      to: CellAddress(row: row, column: column)))
            }
            try chart.setTitle("Total cost with each input at its P10 and P90")
            try chart.setAxes(categoryTitle: nil, valueTitle: "Total cost", valueNumberFormat: "$#,##0")
            try chart.setCategoryAxisCrossing(atValue: summary.total.base.double)
            try chart.reverseCategories()
            try chart.setOverlap(100)
            try sheet.insertChart(chart, at: CellAddress(row: row + 2, column: 0), xScale: 1.8, yScale: 1.1)
        }

        try sheet.freezePanes(row: headerRow + 1, column: 1)
        try sheet.setColumns(0...0, width: 30)
        try sheet.setColumns(1...11, width: 15)
        try printSetup(sheet, headerRows: headerRow...headerRow)
    }
}

import Foundation
import LCModel
import XlsxWriter

/// The Summary sheet: what the scenario is, its headline figures (formulas over the Budget
/// sheet and the Assumptions names) and two native charts.
extension BudgetWorkbook.Writer {
    /// Labels of the headline figures (tests and docs refer to them).
    enum SummaryLabel {
        static let total = "Total cost"
        static let presentValue = "Present value"
        static let perParticipantYear = "Cost per participant-year"
        static let perStudentReached = "Cost per student-year reached"
    }

    func writeSummary() throws {
        let sheet = sheet(BudgetWorkbook.SheetName.summary)
        try sheet.activate()
        try sheet.setColumns(0...0, width: 34)
        try sheet.setColumns(1...1, width: 70)
        let s = scenario
        var row = 0
        func cell(_ column: Int) -> CellAddress { CellAddress(row: row, column: column) }

        try sheet.write(s.name, at: cell(0), format: styles.title)
        row += 1
        try sheet.writeMerged("Every figure is a live formula over the Assumptions sheet: change a yellow input there and the budget follows.",
                              row: row, columns: 0...1, format: styles.note)
        row += 2

        let planningMonths = s.planning?.onrampMonths ?? 0
        let duration = "\(s.years) year\(s.years == 1 ? "" : "s") from \(s.start.monthAndYear)"
            + (planningMonths > 0 ? ", after a \(planningMonths)-month planning on-ramp" : ", with no planning on-ramp")
        let facts: [(String, String)] = [
            ("Scenario", s.name),
            ("Organization", s.organization ?? "(not given)"),
            ("Goal", "\(s.goal.rawValue): \(s.goal.phrase)"),
            ("Duration", duration),
        ]
        for (label, value) in facts {
            try sheet.write(label, at: cell(0), format: styles.section)
            try sheet.write(value, at: cell(1), format: styles.text)
            row += 1
        }
        row += 1

        let grand = budget.grandTotalRow
        let yearColumns = (1...s.years).map { BudgetLayout.column(ofPeriod: $0) }
        let yearCells = yearColumns.map { budget.reference(row: grand, column: $0) }
        let participants = try (1...s.years).map { try name("cohort.y\($0).participants") }
        let participantSum = "(" + participants.joined(separator: "+") + ")"
        let discount = try name("discount_rate")

        try figure(sheet, &row, SummaryLabel.total, "=" + budget.reference(row: grand, column: budget.totalColumn),
                   projection.total)
        let discounted = yearCells.enumerated().map { k, cell in k == 0 ? cell : "\(cell)/(1+\(discount))^\(k)" }
        try figure(sheet, &row, SummaryLabel.presentValue,
                   "=ROUND(" + ([budget.reference(row: grand, column: BudgetLayout.column(ofPeriod: 0))] + discounted)
                       .joined(separator: "+") + ",2)",
                   projection.presentValue)
        try figure(sheet, &row, SummaryLabel.perParticipantYear,
                   "=ROUND((\(yearCells.joined(separator: "+")))/\(participantSum),2)", projection.perParticipantYear)

        let students = "\(participantSum)*\(try name("cohort.students_per_educator"))"
        let perStudent = "=IF(\(students)=0,\"n/a\",ROUND(\(budget.reference(row: grand, column: budget.totalColumn))/(\(students)),2))"
        try sheet.write(SummaryLabel.perStudentReached, at: cell(0), format: styles.section)
        if let value = projection.perStudentReached {
            try sheet.writeFormula(perStudent, cached: value.decimal, at: cell(1), format: styles.money)
        } else {
            try sheet.writeFormula(perStudent, cachedText: "n/a", at: cell(1), format: styles.money)
        }
        row += 2

        try insertCategoryChart(sheet, at: CellAddress(row: row, column: 0))
        try insertFundingChart(sheet, at: CellAddress(row: row + 16, column: 0))
        try printSetup(sheet, headerRows: 0...0)
    }

    private func figure(_ sheet: Worksheet, _ row: inout Int, _ label: String, _ formula: String, _ value: Money) throws {
        try sheet.write(label, at: CellAddress(row: row, column: 0), format: styles.section)
        try sheet.writeFormula(formula, cached: value.decimal, at: CellAddress(row: row, column: 1), format: styles.money)
        row += 1
    }

    /// Stacked columns: one series per cost category (its Budget subtotal row), one column per period.
    private func insertCategoryChart(_ sheet: Worksheet, at cell: CellAddress) throws {
        let chart = try workbook.addChart(.stackedColumn)
        let sheetName = BudgetWorkbook.SheetName.budget
        let periods = BudgetLayout.column(ofPeriod: 0)...BudgetLayout.column(ofPeriod: budget.periodCount - 1)
        var series: [(name: Int, values: Int)] = []
        for (index, row) in budget.rows.enumerated() {
            if case .categoryHeading(let category) = row, let subtotal = budget.subtotalRows[category] {
                series.append((index + 1, subtotal))
            }
        }
        if let indirect = budget.indirectRow { series.append((indirect, indirect)) }
        for entry in series {
            try chart.addSeries(name: CellRange(sheet: sheetName, row: entry.name, columns: 0...0),
                                categories: CellRange(sheet: sheetName, row: 0, columns: periods),
                                values: CellRange(sheet: sheetName, row: entry.values, columns: periods))
        }
        try chart.setTitle("Cost by category and period")
        try chart.setAxes(categoryTitle: nil, valueTitle: "Dollars", valueNumberFormat: "$#,##0")
        try sheet.insertChart(chart, at: cell, xScale: 1.6, yScale: 1.0)
    }

    /// Clustered columns: each project year's cost beside what the funding sources give.
    private func insertFundingChart(_ sheet: Worksheet, at cell: CellAddress) throws {
        let chart = try workbook.addChart(.clusteredColumn)
        let sheetName = BudgetWorkbook.SheetName.funding
        let years = FundingLayout.column(ofYear: 1)...FundingLayout.column(ofYear: scenario.years)
        for row in [funding.costRow, funding.fundedRow] {
            try chart.addSeries(name: CellRange(sheet: sheetName, row: row, columns: 0...0),
                                categories: CellRange(sheet: sheetName, row: 0, columns: years),
                                values: CellRange(sheet: sheetName, row: row, columns: years))
        }
        try chart.setTitle("Cost and funding by year")
        try chart.setAxes(categoryTitle: nil, valueTitle: "Dollars", valueNumberFormat: "$#,##0")
        try sheet.insertChart(chart, at: cell, xScale: 1.6, yScale: 1.0)
    }
}

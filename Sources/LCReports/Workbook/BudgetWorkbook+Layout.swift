import LCModel
import XlsxWriter

/// Where each input sits on the Assumptions sheet, worked out before any sheet is written so
/// the Summary (written first) can refer to cells further on.
struct AssumptionsLayout {
    enum Row {
        case section(String)
        case input(ScenarioInput)
        case settingsHeading
        case setting(ScenarioSetting)
    }

    static let valueColumn = 1
    /// Row 0 is the header.
    let rows: [Row]
    /// Input key -> its value cell.
    let cells: [String: CellAddress]
    /// Input key -> its defined name.
    let names: [String: String]

    init(inputs: [ScenarioInput], settings: [ScenarioSetting]) {
        var rows: [Row] = []
        var cells: [String: CellAddress] = [:]
        var names: [String: String] = [:]
        var section: String?
        for input in inputs {
            if input.section != section {
                rows.append(.section(input.section))
                section = input.section
            }
            rows.append(.input(input))
            cells[input.key] = CellAddress(row: rows.count, column: Self.valueColumn)
            names[input.key] = input.name
        }
        rows.append(.settingsHeading)
        rows += settings.map { .setting($0) }
        self.rows = rows
        self.cells = cells
        self.names = names
    }
}

/// The Budget sheet's grid: a column per period plus Total, a row per line grouped by
/// category with subtotals, then direct total, indirect and grand total.
struct BudgetLayout {
    enum Row {
        case categoryHeading(CostCategory)
        case line(LineRow)
        case subtotal(CostCategory, lines: ClosedRange<Int>)
        case directTotal(subtotals: [Int])
        case indirect(LineRow)
        case grandTotal(direct: Int, indirect: Int?)
    }

    /// Row 0 is the header; rows[i] is sheet row i + 1.
    let rows: [Row]
    let periodCount: Int
    /// Line key -> sheet row.
    let lineRows: [String: Int]
    /// Category -> its subtotal's sheet row.
    let subtotalRows: [CostCategory: Int]
    let directTotalRow: Int
    let indirectRow: Int?
    let grandTotalRow: Int

    init(_ projection: Projection) {
        var rows: [Row] = []
        var lineRows: [String: Int] = [:]
        var subtotalRows: [CostCategory: Int] = [:]
        let all = projection.lineRows
        for category in CostCategory.allCases where category != .indirect {
            let lines = all.filter { $0.category == category }
            guard !lines.isEmpty else { continue }
            rows.append(.categoryHeading(category))
            let first = rows.count + 1
            for line in lines {
                rows.append(.line(line))
                lineRows[line.key] = rows.count
            }
            rows.append(.subtotal(category, lines: first...rows.count))
            subtotalRows[category] = rows.count
        }
        rows.append(.directTotal(subtotals: CostCategory.allCases.compactMap { subtotalRows[$0] }))
        let direct = rows.count
        var indirect: Int?
        for line in all where line.category == .indirect {
            rows.append(.indirect(line))
            lineRows[line.key] = rows.count
            indirect = rows.count
        }
        rows.append(.grandTotal(direct: direct, indirect: indirect))
        self.rows = rows
        self.periodCount = projection.periods.count
        self.lineRows = lineRows
        self.subtotalRows = subtotalRows
        self.directTotalRow = direct
        self.indirectRow = indirect
        self.grandTotalRow = rows.count
    }

    /// Period index (0 = Planning) -> its column.
    static func column(ofPeriod index: Int) -> Int { 1 + index }
    var totalColumn: Int { 1 + periodCount }
    var keyColumn: Int { 2 + periodCount }

    /// `Budget!C7`-style reference for formulas on other sheets.
    func reference(row: Int, column: Int) -> String {
        CellRange.qualified(BudgetWorkbook.SheetName.budget) + "!" + CellAddress(row: row, column: column).a1
    }
}

/// The Funding sheet: sources by year, then total funded, cost and gap.
struct FundingLayout {
    let sourceRows: ClosedRange<Int>?
    let fundedRow, costRow, gapRow: Int

    init(_ projection: Projection) {
        let count = projection.scenario.funding?.count ?? 0
        // Row 0 header; with no sources one explanatory row stands in their place.
        sourceRows = count > 0 ? 1...count : nil
        fundedRow = 1 + max(count, 1)
        costRow = fundedRow + 1
        gapRow = costRow + 1
    }

    /// Project year k (1-based) -> its column (A source, B kind, C year 1, ...).
    static func column(ofYear year: Int) -> Int { 1 + year }
}

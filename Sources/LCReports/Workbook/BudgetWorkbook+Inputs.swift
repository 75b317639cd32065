import Foundation
import LCModel
import XlsxWriter

/// One yellow cell of the budget workbook: a value a reader may change.
///
/// ```swift
/// let cells = BudgetWorkbook.inputCells(projection)
/// cells.first { $0.key == "stipends.hourly_rate" }?.reference   // Assumptions!B13
/// cells.first { $0.key == "funding.0.by_year.1" }?.name          // nil (Funding amounts have no name)
/// ```
public struct WorkbookInputCell: Sendable, Equatable {
    /// The input's key: an Assumptions key (`stipends.hourly_rate`, `cohort.y2.participants`,
    /// `other.0.annual`, `meetings.y1.count`) or a funding amount (`funding.0.by_year.1`).
    public var key: String
    /// The defined name (`StipendHourlyRate`); `nil` for the Funding sheet's amounts.
    public var name: String?
    public var reference: XlsxDocument.Reference
    /// The value the workbook was written with.
    public var value: Decimal
    public var label: String
    public var isWholeNumber: Bool
    /// 1 = yes, 0 = no.
    public var isFlag: Bool

    /// `StipendHourlyRate (Assumptions!B13)` or `Funding!D2`, for messages.
    public var place: String { name.map { "\($0) (\(reference))" } ?? reference.description }
}

extension BudgetWorkbook {
    /// Every yellow cell of the workbook `write` makes of `projection`: the Assumptions sheet's
    /// named inputs, in sheet order, then the Funding sheet's amounts, source by source and year by year.
    public static func inputCells(_ projection: Projection) -> [WorkbookInputCell] {
        let scenario = projection.scenario
        let inputs = InputCatalog.inputs(for: scenario, schedule: projection.calendarSchedule)
        let layout = AssumptionsLayout(inputs: inputs, settings: InputCatalog.settings(for: scenario))
        var out: [WorkbookInputCell] = inputs.compactMap { input in
            guard let cell = layout.cells[input.key] else { return nil }
            return WorkbookInputCell(key: input.key, name: input.name,
                                     reference: .init(sheet: SheetName.assumptions, cell: cell), value: input.value,
                                     label: input.label, isWholeNumber: input.isWholeNumber, isFlag: input.kind == .flag)
        }
        let funding = FundingLayout(projection)
        for (index, source) in (scenario.funding ?? []).enumerated() {
            guard let rows = funding.sourceRows else { break }
            for year in 1...scenario.years {
                let cell = CellAddress(row: rows.lowerBound + index, column: FundingLayout.column(ofYear: year))
                out.append(WorkbookInputCell(key: "funding.\(index).by_year.\(year - 1)", name: nil,
                                             reference: .init(sheet: SheetName.funding, cell: cell),
                                             value: source.byYear[year - 1], label: "\(source.source), year \(year)",
                                             isWholeNumber: false, isFlag: false))
            }
        }
        return out
    }
}

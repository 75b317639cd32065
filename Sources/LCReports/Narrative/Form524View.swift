import Foundation
import LCModel

/// The justification's ED 524 Section A summary: every line of the form by period, as
/// `FederalFormView` sums the projection's rounded lines onto it (`FederalFormMapping`).
///
/// ```swift
/// Form524View(projection).rows.last?.total   // "$547,809.59": line 12 is the projection's total
/// ```
struct Form524View {
    struct Cell { let amount: String }
    struct Row {
        /// The form's wording: `1. Personnel`, `9. Total Direct Costs (lines 1-8)`.
        let title: String
        let cells: [Cell]
        let total: String
        /// The form's total lines (9 and 12), printed in bold.
        let strong: Bool
    }

    /// Period labels (Planning when it has costs, then Year 1 … Year N), as the form's columns.
    let periods: [Cell]
    /// Lines 1-12 in the form's order, every line shown (a grant officer reads the whole form).
    let rows: [Row]
    /// Line 10's wording, for the indirect section (`10. Indirect Costs`).
    let indirectLine: String

    init(_ form: FederalFormView) {
        periods = form.periods.map { Cell(amount: $0.label) }
        rows = ED524Line.allCases.map { line in
            Row(title: line.numberedTitle,
                cells: form.periods.map { Cell(amount: Formatting.money(form.amount(line, period: $0.index))) },
                total: Formatting.money(form.total(line)), strong: line == .totalDirect || line == .total)
        }
        indirectLine = ED524Line.indirect.numberedTitle
    }

    /// The form's name as the justification prints it.
    static let formName = "ED 524"
}

import Foundation
import LCModel

/// The ED 524 split by who pays (`ED524Sections`): Section A (federal sources), Section B
/// (non-federal sources) and what no source pays, each lines 1-12 with the ED 524 table's columns.
extension FundingSheets {
    /// Titles of the three tables, in order (the workbook's ED 524 sheet holds them below the full view).
    public static let sectionTitles: [ED524Part: String] = [
        .sectionA: "ED 524 Section A — U.S. Department of Education funds (federal sources)",
        .sectionB: "ED 524 Section B — Non-federal funds",
        .unfunded: "ED 524 — \(Unfunded.label)",
    ]

    /// Section A, Section B and the unfunded remainder; none without funding sources (then the
    /// whole budget is unfunded and the full ED 524 table says it all).
    public static func ed524Sections(_ p: Projection) -> [SheetTable] {
        guard !(p.scenario.funding ?? []).isEmpty else { return [] }
        let sections = ED524Sections(p)
        let fixed = " Figures are the who-pays allocation's when the report was written: in the workbook they do not follow a change on the Assumptions sheet (change the scenario file and run lcbudget report again)."
        let notes: [ED524Part: String] = [
            .sectionA: "The federal part of what sources pay (all of a federal: true source, the share of a federal: 0.4 one), on the form line of the costs they pay.",
            .sectionB: "The rest of what sources pay (district, partners, grants not marked federal, the non-federal part of a partly federal grant, in-kind with covers:); in-kind ingredients outside the budget are not on the form.",
            .unfunded: "What no source pays (the who-pays gap). Section A + Section B + this table = the full ED 524 above, per line and year.",
        ]
        return ED524Part.allCases.map { part in
            let rows = ED524Line.allCases.map { line in
                SheetRow(line.numberedTitle,
                         sections.periods.map { .money(sections.amount(part, line, period: $0.index)) } + [.money(sections.total(part, line))],
                         isTotal: line == .totalDirect || line == .total)
            }
            return SheetTable(sheetName: "ED 524 " + part.rawValue, title: sectionTitles[part]!,
                              header: ["Budget category"] + sections.periods.map(\.label) + ["Total"], rows: rows,
                              note: notes[part]! + fixed)
        }
    }
}

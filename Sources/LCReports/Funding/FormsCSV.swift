import Foundation
import LCModel

/// The federal forms as CSV for a funder's portal (`project --funding --format csv --out DIR`):
/// one file per form, each the very tables the workbook's form sheet holds, in the form's own row
/// and column order. Money is plain dollars and cents (`4500.00`), shares plain decimals.
///
/// - `<slug>-ed524.csv`: column `Table` (the table's title, as on the workbook's ED 524 sheet),
///   then the form's columns; the full ED 524, then Section A, Section B and the unfunded remainder.
/// - `<slug>-sf424a.csv`: SF-424A Section B, object classes a–k by period.
///
/// ```swift
/// FormsCSV.files(projection, slug: "riverside").map(\.name)   // ["riverside-ed524.csv", "riverside-sf424a.csv"]
/// ```
public enum FormsCSV {
    public static func files(_ p: Projection, slug: String) -> [ReportFile] {
        [ReportFile.text("\(slug)-ed524.csv", csv([FundingSheets.ed524(p)] + FundingSheets.ed524Sections(p))),
         ReportFile.text("\(slug)-sf424a.csv", csv([FundingSheets.sf424a(p)]))]
    }

    /// Tables sharing one header (the ED 524 and its sections do): a `Table` column, then the header.
    public static func csv(_ tables: [SheetTable]) -> String {
        guard let first = tables.first else { return "" }
        var out = CSVField.row((["Table"] + first.header).map(CSVField.text))
        for table in tables {
            for row in table.rows {
                out += CSVField.row(([table.title, row.label] + row.cells.map(value)).map(CSVField.text))
            }
        }
        return out
    }

    static func value(_ cell: SheetCell) -> String {
        switch cell {
        case .text(let text): text
        case .money(let money): money.plain
        case .share(let share): share.plainText
        case .empty: ""
        }
    }
}

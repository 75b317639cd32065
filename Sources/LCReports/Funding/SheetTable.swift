import Foundation
import LCModel

/// One cell of a funding table: what a workbook sheet writes and the terminal table prints.
public enum SheetCell: Sendable, Equatable {
    case text(String)
    case money(Money)
    /// A share (0.5585 = 55.85%).
    case share(Decimal)
    case empty

    /// The cell for people: `$1,234.50`, `55.85%`.
    public var display: String {
        switch self {
        case .text(let text): text
        case .money(let money): money.formatted()
        case .share(let share): Money(rounding: share * 100).plain + "%"
        case .empty: ""
        }
    }
}

/// A row: a label, cells under the header's columns, and whether it is a total row.
public struct SheetRow: Sendable, Equatable {
    public var label: String
    public var cells: [SheetCell]
    /// A total row (a workbook sets it in bold with a rule above).
    public var isTotal: Bool

    public init(_ label: String, _ cells: [SheetCell], isTotal: Bool = false) {
        (self.label, self.cells, self.isTotal) = (label, cells, isTotal)
    }
}

/// A titled table of the funding views, as pure data: the workbook helper renders it as a
/// sheet, `ProjectionTable` prints it. Every money cell is a figure of the projection (or of a
/// model view over it: `FederalFormView`, `FundingAllocation`, `FiscalYearView`, `ConstantDollars`).
public struct SheetTable: Sendable, Equatable {
    /// Suggested sheet name (≤ 31 characters, as Excel requires): `ED 524`.
    public var sheetName: String
    public var title: String
    /// Column headings; the first heads the row labels.
    public var header: [String]
    public var rows: [SheetRow]
    /// What the table shows and how (units, rules), printed under it.
    public var note: String?

    public init(sheetName: String, title: String, header: [String], rows: [SheetRow], note: String? = nil) {
        (self.sheetName, self.title, self.header, self.rows, self.note) = (sheetName, title, header, rows, note)
    }

    /// Plain text for the terminal.
    public func renderText() -> String {
        var body: [[String]] = []
        var footer: [String]?
        for (i, row) in rows.enumerated() {
            let cells = [row.label] + row.cells.map(\.display)
            if row.isTotal && i == rows.count - 1 { footer = cells } else { body.append(cells) }
        }
        var out = "\(title)\n" + TextTable(header: header, rows: body, footer: footer).render()
        if let note { out += "  \(note)\n" }
        return out
    }
}

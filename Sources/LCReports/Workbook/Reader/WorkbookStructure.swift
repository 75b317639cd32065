import Foundation
import XlsxWriter

/// Compares an edited budget workbook with the one lcbudget writes for the same scenario: every
/// sheet, formula and fixed value must be as written; only the yellow input cells may differ.
///
/// ```swift
/// let problems = WorkbookStructure.differences(original: written, edited: returned,
///                                              inputs: Set(cells.map(\.reference)))
/// problems.first?.description
/// // sheet 'Budget' cell D14: the formula was changed from =SUM(D7:D9) to =SUM(D7:D8)
/// ```
///
/// Formulas are compared after the spellings spreadsheet programs differ in are made the same:
/// the `=`, `$` anchors, spaces outside text, letter case outside text, and Excel's `_xlfn.`
/// prefixes. Numbers are compared as the doubles they are, to one part in 10^12 (a program that
/// re-saves a file may write a number's last digit differently).
public enum WorkbookStructure {
    public struct Difference: Sendable, Equatable, CustomStringConvertible {
        public var sheet: String
        public var cell: CellAddress?
        public var message: String

        public var description: String {
            cell.map { "sheet '\(sheet)' cell \($0.a1): \(message)" } ?? "sheet '\(sheet)': \(message)"
        }
    }

    /// Sheets whose contents are not compared (and may be present or absent): Variance holds the
    /// record's actual spending as of the report, which the scenario alone cannot rebuild.
    public static let uncheckedSheets: Set<String> = ["Variance"]

    public static func differences(original: XlsxDocument, edited: XlsxDocument,
                                   inputs: Set<XlsxDocument.Reference>) -> [Difference] {
        var out: [Difference] = []
        let originalNames = original.sheets.map(\.name).filter { !uncheckedSheets.contains($0) }
        let editedNames = edited.sheets.map(\.name).filter { !uncheckedSheets.contains($0) }
        for name in originalNames where !editedNames.contains(name) {
            out.append(Difference(sheet: name, cell: nil, message: "the sheet is missing (removed or renamed)"))
        }
        for name in editedNames where !originalNames.contains(name) {
            out.append(Difference(sheet: name, cell: nil, message: "the sheet was added"))
        }
        for sheet in original.sheets where !uncheckedSheets.contains(sheet.name) {
            guard let other = edited.sheet(sheet.name) else { continue }
            let addresses = Set(sheet.filledAddresses).union(other.filledAddresses).sorted()
            for address in addresses {
                let before = sheet.cells[address] ?? .init(value: .empty)
                let after = other.cells[address] ?? .init(value: .empty)
                let isInput = inputs.contains(.init(sheet: sheet.name, cell: address))
                if let message = compare(before, after, isInput: isInput) {
                    out.append(Difference(sheet: sheet.name, cell: address, message: message))
                }
            }
        }
        return out
    }

    static func compare(_ before: XlsxDocument.Cell, _ after: XlsxDocument.Cell, isInput: Bool) -> String? {
        switch (before.formula, after.formula) {
        case let (old?, new?):
            return normalized(old) == normalized(new) ? nil : "the formula was changed from =\(old) to =\(new)"
        case let (old?, nil):
            return "the formula =\(old) was replaced by \(shown(after.value))"
        case let (nil, new?):
            return isInput ? "an input must be a number, not the formula =\(new)"
                           : "the formula =\(new) was put where the workbook has \(shown(before.value))"
        case (nil, nil):
            if isInput {
                switch after.value {
                case .number: return nil
                case .empty: return "the input is empty; enter a number"
                default: return "the input holds \(shown(after.value)); enter a number"
                }
            }
            return same(before.value, after.value) ? nil
                : "the value was changed from \(brief(before.value)) to \(brief(after.value))"
        }
    }

    static func same(_ a: XlsxDocument.Cell.Value, _ b: XlsxDocument.Cell.Value) -> Bool {
        switch (a, b) {
        case let (.number(x, _), .number(y, _)):
            return x == y || abs(x - y) <= 1e-12 * max(abs(x), abs(y))
        case (.empty, .text("")), (.text(""), .empty): return true
        default: return a == b
        }
    }

    /// `4500`, `"Stipends"`, `an empty cell`: a value beside another of its kind.
    static func brief(_ value: XlsxDocument.Cell.Value) -> String {
        switch value {
        case .number(_, let text): text
        case .text(let text): "\"\(text.count > 60 ? String(text.prefix(60)) + "…" : text)\""
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        case .error(let code): code
        case .empty: "an empty cell"
        }
    }

    static func shown(_ value: XlsxDocument.Cell.Value) -> String {
        switch value {
        case .number(_, let text): "the value \(text)"
        case .text(let text): "the text \"\(text.count > 60 ? String(text.prefix(60)) + "…" : text)\""
        case .bool(let flag): "the value \(flag ? "TRUE" : "FALSE")"
        case .error(let code): "the error \(code)"
        case .empty: "an empty cell"
        }
    }

    /// The formula with `=`, `$`, `_xlfn.`/`_xlws.` prefixes and spaces removed and letters
    /// upper-cased, outside double-quoted text.
    ///
    /// ```swift
    /// WorkbookStructure.normalized("=round( $B$2 * 2, 2 )")   // "ROUND(B2*2,2)"
    /// WorkbookStructure.normalized("IF(A1=0,\"n/a\",A1)")     // "IF(A1=0,\"n/a\",A1)"
    /// ```
    public static func normalized(_ formula: String) -> String {
        var body = Substring(formula.trimmingCharacters(in: .whitespacesAndNewlines))
        if body.hasPrefix("=") { body = body.dropFirst() }
        var out = ""
        var inText = false
        for character in body {
            if character == "\"" { inText.toggle(); out.append(character); continue }
            if inText { out.append(character); continue }
            if character == "$" || character.isWhitespace { continue }
            out += character.uppercased()
        }
        for prefix in ["_XLFN.", "_XLWS."] { out = out.replacingOccurrences(of: prefix, with: "") }
        return out
    }
}

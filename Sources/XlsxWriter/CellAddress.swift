import Foundation

/// A cell by zero-based row and column, printed the way Excel names it.
///
/// ```swift
/// let cell = CellAddress(row: 6, column: 2)
/// cell.a1          // "C7"
/// cell.absolute    // "$C$7"
/// ```
public struct CellAddress: Hashable, Sendable, Comparable {
    public var row, column: Int

    public init(row: Int, column: Int) { (self.row, self.column) = (row, column) }

    /// Excel's limits: 1,048,576 rows and 16,384 columns.
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    public var isInSheet: Bool {
        row >= 0 && row < CellAddress.maxRows && column >= 0 && column < CellAddress.maxColumns
    }

    /// `C7`
    public var a1: String { CellAddress.columnName(column) + String(row + 1) }

    /// `$C$7`
    public var absolute: String { "$" + CellAddress.columnName(column) + "$" + String(row + 1) }

    /// Column letters for a zero-based index: 0 -> "A", 27 -> "AB".
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// Zero-based index of column letters: "A" -> 0, "AB" -> 27; nil for anything else.
    public static func columnIndex(_ letters: String) -> Int? {
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        var n = 0
        for scalar in letters.uppercased().unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { return nil }
            n = n * 26 + Int(scalar.value - 64)
        }
        return n - 1
    }

    public static func < (a: CellAddress, b: CellAddress) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// A rectangle of cells, optionally on a named sheet, for formulas, charts and tables.
///
/// ```swift
/// CellRange(sheet: "Line items", from: CellAddress(row: 0, column: 1), to: CellAddress(row: 0, column: 3)).reference
/// // "'Line items'!$B$1:$D$1"
/// ```
public struct CellRange: Hashable, Sendable {
    public var sheet: String?
    public var first, last: CellAddress

    public init(sheet: String? = nil, from first: CellAddress, to last: CellAddress) {
        (self.sheet, self.first, self.last) = (sheet, first, last)
    }

    /// A single-row range.
    public init(sheet: String? = nil, row: Int, columns: ClosedRange<Int>) {
        self.init(sheet: sheet, from: CellAddress(row: row, column: columns.lowerBound),
                  to: CellAddress(row: row, column: columns.upperBound))
    }

    /// `$B$1:$D$1`, qualified with the sheet when there is one (`Budget!$B$1:$D$1`).
    public var reference: String {
        let cells = first == last ? first.absolute : "\(first.absolute):\(last.absolute)"
        guard let sheet else { return cells }
        return CellRange.qualified(sheet) + "!" + cells
    }

    /// A sheet name as formulas need it: quoted when it is not a plain word (`'Line items'`).
    public static func qualified(_ sheet: String) -> String {
        let plain = sheet.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_"
        } && !(sheet.first?.isNumber ?? true) && !NameRules.isA1Reference(sheet.uppercased())
            && !NameRules.isR1C1Reference(sheet.uppercased())
        return plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
    }

    var isValid: Bool {
        first.isInSheet && last.isInSheet && first.row <= last.row && first.column <= last.column
    }
}

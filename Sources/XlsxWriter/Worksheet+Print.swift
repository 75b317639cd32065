import CXlsxWriter
import Foundation

/// What a sheet holds, as far as printing it is concerned: column widths, the wrapped text of
/// each row, the used range and the charts. libxlsxwriter writes no row heights of its own, and
/// LibreOffice does not grow a row for wrapped text in a file it opens, so without heights
/// wrapped lines print on top of the next row.
struct PrintMeasure {
    struct WrappedText {
        var columns: ClosedRange<Int>
        var text: String
        var fontSize: Double
        var bold: Bool
    }
    struct ChartBox {
        var row, column: Int
        /// Pixels.
        var width, height: Double
    }

    /// libxlsxwriter's default chart size, in pixels.
    static let chartWidth = 480.0
    static let chartHeight = 288.0
    /// Excel's default column width, in characters, and row height, in points.
    static let defaultWidth = 8.43
    static let defaultRowHeight = 15.0

    private var widths: [(columns: ClosedRange<Int>, width: Double)] = []
    private(set) var wrapped: [Int: [WrappedText]] = [:]
    var charts: [ChartBox] = []
    private(set) var lastRow = -1
    private(set) var lastColumn = -1
    /// Constant-memory mode: the height already given to the row being written.
    var streamedRow: (row: Int, height: Double)?
    /// Constant-memory mode: the last estimate in each column span, for the same name written
    /// on row after row (one per span, as a row alternates between its wrapped columns).
    var lastEstimates: [ClosedRange<Int>: (text: String, spec: FormatSpec, height: Double?)] = [:]

    func streamedRowHeight(_ row: Int) -> Double {
        streamedRow.map { $0.row == row ? $0.height : Self.defaultRowHeight } ?? Self.defaultRowHeight
    }

    mutating func use(_ cell: CellAddress) {
        lastRow = max(lastRow, cell.row)
        lastColumn = max(lastColumn, cell.column)
    }

    mutating func setWidth(_ width: Double, of columns: ClosedRange<Int>) {
        widths.append((columns, width))
    }

    mutating func wrap(_ text: String, row: Int, columns: ClosedRange<Int>, spec: FormatSpec) {
        wrapped[row, default: []].append(WrappedText(columns: columns, text: text, fontSize: spec.fontSize ?? 11, bold: spec.bold))
    }

    /// A column's width in characters (the last `setColumns` that covers it wins, as in the file).
    func width(of column: Int) -> Double {
        widths.last { $0.columns.contains(column) }?.width ?? Self.defaultWidth
    }

    /// A column's width in points, as LibreOffice lays it out with DejaVu Sans (about 8.2
    /// pixels a character, at 96 pixels to 72 points). Excel with Calibri draws the same column
    /// narrower (7 pixels a character), so there the estimate errs toward a smaller scale.
    func points(ofColumn column: Int) -> Double {
        let w = width(of: column)
        return (w < 1 ? w * 14 : w * 8.2 + 5) * 0.75
    }

    /// How many lines `text` takes in `characters` of width, broken at spaces as a
    /// spreadsheet does. Measured in characters of the default font, with a margin: a
    /// proportional font's letters are on average narrower than its digits, but capitals and
    /// bold are wider, and a row too tall is harmless where one too short prints over the next.
    static func lines(_ text: String, characters: Double, bold: Bool, fontSize: Double) -> Int {
        let scale = (bold ? 1.05 : 1.0) * fontSize / 11
        let perLine = max(1, Int((characters - 1) / scale / 1.1))
        return asciiLines(text, perLine: perLine) ?? characterLines(text, perLine: perLine)
    }

    /// `lines` for any text, counting characters (grapheme clusters).
    static func characterLines(_ text: String, perLine: Int) -> Int {
        var lines = LineCount(perLine: perLine)
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { lines.breakLine() }
            for word in paragraph.split(separator: " ") { lines.add(word: word.count) }
        }
        return lines.count
    }

    /// `lines` for text of printable ASCII and line feeds, where a character is a byte: the
    /// same count in one pass over the bytes, without making a `Substring` or counting
    /// grapheme clusters (a batch measures tens of thousands of line-item names). Nil for any
    /// other text.
    static func asciiLines(_ text: String, perLine: Int) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var lines = LineCount(perLine: perLine), word = 0
            for byte in bytes {
                switch byte {
                case 0x20: lines.add(word: word); word = 0
                case 0x0A: lines.add(word: word); word = 0; lines.breakLine()
                case 0x21...0x7E: word += 1
                default: return nil
                }
            }
            lines.add(word: word)
            return lines.count
        }
    }

    /// Words laid on lines of `perLine` characters, broken at spaces as a spreadsheet does.
    struct LineCount {
        let perLine: Int
        /// Lines so far (a text has at least one), and the characters on the last.
        private(set) var count = 1
        private var line = 0

        init(perLine: Int) { self.perLine = perLine }

        /// A word of `length` characters (0: none, as between two spaces).
        mutating func add(word length: Int) {
            guard length > 0 else { return }
            if line == 0 {
                line = length
            } else if line + 1 + length <= perLine {
                line += 1 + length
            } else {
                count += 1
                line = length
            }
            while line > perLine {   // a word longer than the line breaks inside
                count += 1
                line -= perLine
            }
        }

        /// A line feed: the next word starts a new paragraph.
        mutating func breakLine() {
            count += 1
            line = 0
        }
    }

    /// The height a row needs for one wrapped text across columns `characters` wide, in points.
    static func neededHeight(_ text: String, characters: Double, bold: Bool, fontSize: Double) -> Double {
        Double(lines(text, characters: characters, bold: bold, fontSize: fontSize)) * fontSize * defaultRowHeight / 11 + 1
    }

    /// The characters a text across `columns` has: their widths and the gaps between them.
    func characters(across columns: ClosedRange<Int>) -> Double {
        columns.map { width(of: $0) }.reduce(0, +) + Double(columns.count - 1) * 0.7
    }

    /// The height each row with wrapped text needs, in points (rows of one line are left out).
    func wrappedRowHeights() -> [Int: Double] {
        var heights: [Int: Double] = [:]
        for (row, cells) in wrapped {
            let needed = cells.map { cell -> Double in
                Self.neededHeight(cell.text, characters: characters(across: cell.columns), bold: cell.bold, fontSize: cell.fontSize)
            }.max() ?? Self.defaultRowHeight
            if needed > Self.defaultRowHeight + 2 { heights[row] = needed.rounded(.up) }
        }
        return heights
    }
}

/// The printed page: US Letter with libxlsxwriter's default margins, in points.
public struct PrintPage: Sendable {
    public var landscape: Bool
    /// Printable width and height inside the margins (0.7 in left and right, 0.75 in top and
    /// bottom), less room for the header and footer.
    public var width: Double { landscape ? 11 * 72 - 1.4 * 72 : 8.5 * 72 - 1.4 * 72 }
    public var height: Double { (landscape ? 8.5 * 72 : 11 * 72) - 1.5 * 72 - 24 }
}

/// How `fitForPrinting` lays a sheet out on paper.
public struct PrintPlan: Sendable, Equatable {
    public var landscape: Bool
    /// Percent; the sheet's used width fits one page across.
    public var scale: Int
    /// Estimated pages down.
    public var pages: Int
    /// Shrink to one page tall as well: the sheet overflows one page by a little only.
    public var onePage: Bool
    /// Rows before which a page starts, so no chart is cut in two.
    public var breaks: [Int]
}

extension Worksheet {
    /// Writes `text` across `columns` of one row as one merged, wrapping cell: for a long note
    /// under a table, which would otherwise run far to the right and shrink the printed page.
    ///
    /// ```swift
    /// try sheet.writeMerged("These figures are the projection's …", row: 20, columns: 0...5, format: note)
    /// ```
    public func writeMerged(_ text: String, row: Int, columns: ClosedRange<Int>, format: Format) throws {
        let first = CellAddress(row: row, column: columns.lowerBound)
        try prepare(first, "merge cells at")
        try prepare(CellAddress(row: row, column: columns.upperBound), "merge cells at")
        guard columns.count > 1 else { return try write(text, at: first, format: format) }
        let f = try workbook.pointer(for: format)
        let code = text.withCString {
            worksheet_merge_range(handle, lxw_row_t(row), lxw_col_t(columns.lowerBound), lxw_row_t(row),
                                  lxw_col_t(columns.upperBound), $0, f)
        }
        try check(code, first, "merging cells")
        if let spec = workbook.spec(for: format) {
            var wrapping = spec
            wrapping.wrapText = true
            try wrapped(text, row: row, columns: columns, spec: wrapping)
        }
    }

    /// Notes wrapped text so its row can grow to fit. A normal sheet sets every row's height in
    /// `fitForPrinting`; in constant-memory mode the row is still being written, so its height
    /// is set now, from the column widths already set (set them before writing such rows).
    func wrapped(_ text: String, row: Int, columns: ClosedRange<Int>, spec: FormatSpec) throws {
        guard workbook.options.constantMemory else {
            return measure.wrap(text, row: row, columns: columns, spec: spec)
        }
        // Most text fits its column: skip the estimate (a batch writes millions of such cells).
        var characters = 0.0
        for column in columns { characters += measure.width(of: column) }
        if Double(text.utf8.count) * 1.25 < characters - 1 { return }
        let estimate: Double?
        if let last = measure.lastEstimates[columns], last.text == text, last.spec == spec {
            estimate = last.height
        } else {
            // As `wrappedRowHeights` would give for this one cell.
            let needed = PrintMeasure.neededHeight(text, characters: measure.characters(across: columns), bold: spec.bold, fontSize: spec.fontSize ?? 11)
            estimate = needed > PrintMeasure.defaultRowHeight + 2 ? needed.rounded(.up) : nil
            measure.lastEstimates[columns] = (text, spec, estimate)
        }
        guard let height = estimate, height > measure.streamedRowHeight(row) else { return }
        measure.streamedRow = (row, height)
        let code = worksheet_set_row(handle, lxw_row_t(row), height, nil)
        guard code == LXW_NO_ERROR else {
            throw XlsxError.library(operation: "setting row \(row + 1)'s height on \(name)", message: XlsxError.message(code))
        }
    }

    /// The plan `fitForPrinting` applies, worked out from the sheet as written so far.
    public func printPlan() -> PrintPlan {
        let heights = measure.wrappedRowHeights()
        func rowHeight(_ row: Int) -> Double { heights[row] ?? PrintMeasure.defaultRowHeight }
        var columnLeft: [Double] = [0]
        let chartColumns = measure.charts.map(\.column)
        for column in 0...max(measure.lastColumn, chartColumns.max() ?? 0, 0) {
            columnLeft.append(columnLeft.last! + measure.points(ofColumn: column))
        }
        var width = columnLeft.last!
        var lastRow = measure.lastRow
        var chartRows: [(first: Int, last: Int)] = []
        for chart in measure.charts {
            width = max(width, columnLeft[chart.column] + chart.width * 0.75)
            var bottom = chart.row, covered = 0.0
            while covered < chart.height * 0.75 { covered += rowHeight(bottom); bottom += 1 }
            chartRows.append((chart.row, bottom))
            lastRow = max(lastRow, bottom)
        }
        let height = (0...max(lastRow, 0)).map(rowHeight).reduce(0, +)

        func plan(landscape: Bool) -> PrintPlan {
            let page = PrintPage(landscape: landscape)
            let scale = min(100, Int((page.width / width * 100).rounded(.down)))
            let usable = page.height / (Double(scale) / 100) * 0.94
            var pages = 1, used = 0.0, breaks: [Int] = []
            var row = 0
            while row <= lastRow {
                if let chart = chartRows.first(where: { $0.first == row }) {
                    let chartHeight = (chart.first..<chart.last).map(rowHeight).reduce(0, +)
                    // With a margin: the real page may hold a few rows less than estimated.
                    if used > 0, used + chartHeight > usable * 0.85 {
                        breaks.append(row); pages += 1; used = 0
                    }
                }
                let h = rowHeight(row)
                if used + h > usable { pages += 1; used = 0 }
                used += h
                row += 1
            }
            // A sheet up to half a page too long prints on one page, a little smaller (the estimate
            // runs long: its rows allow for a wide substitute font), while still at 50% or more.
            let overflow = height * Double(scale) / 100 / page.height
            let onePage = pages == 2 && overflow <= 1.5 && Double(scale) / overflow >= 50
            return PrintPlan(landscape: landscape, scale: max(10, scale), pages: onePage ? 1 : pages,
                             onePage: onePage, breaks: onePage ? [] : breaks)
        }
        let wide = plan(landscape: true), tall = plan(landscape: false)
        // Fewer pages wins; a tie goes to the page shaped like the sheet. Portrait only while
        // its type stays readable (scaled to at least 70%).
        if tall.scale < 70 { return wide }
        if tall.pages != wide.pages { return tall.pages < wide.pages ? tall : wide }
        return width > height ? wide : tall
    }

    /// Sets the sheet up to print readably: each row with wrapped text as tall as its lines,
    /// US Letter one page wide at a fixed scale (landscape or portrait, whichever prints on
    /// fewer pages), page breaks so no chart is cut, `repeatRows` on every page, and a header
    /// and footer. Call it after the sheet's last cell, column width and chart.
    ///
    /// ```swift
    /// try sheet.fitForPrinting(repeatRows: 0...0, header: "&C&A", footer: "&RPage &P of &N")
    /// ```
    @discardableResult
    public func fitForPrinting(repeatRows: ClosedRange<Int>?, header: String?, footer: String?) throws -> PrintPlan {
        _ = try workbook.openHandle("set print layout on \(name)")
        if !workbook.options.constantMemory {
            for (row, height) in measure.wrappedRowHeights().sorted(by: { $0.key < $1.key }) {
                let code = worksheet_set_row(handle, lxw_row_t(row), height, nil)
                guard code == LXW_NO_ERROR else {
                    throw XlsxError.library(operation: "setting row \(row + 1)'s height on \(name)", message: XlsxError.message(code))
                }
            }
        }
        let plan = printPlan()
        worksheet_set_paper(handle, 1)   // US Letter
        if plan.landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        // One page wide, as many down as needed: the spreadsheet program works out the scale
        // from its own font metrics, which estimates cannot match exactly.
        worksheet_fit_to_pages(handle, 1, plan.onePage ? 1 : 0)
        if !plan.breaks.isEmpty {
            var rows = plan.breaks.map { lxw_row_t($0) } + [0]
            let code = worksheet_set_h_pagebreaks(handle, &rows)
            guard code == LXW_NO_ERROR else {
                throw XlsxError.library(operation: "setting page breaks on \(name)", message: XlsxError.message(code))
            }
        }
        try setPrintLayoutRepeat(repeatRows)
        try setHeaderFooter(header: header, footer: footer)
        return plan
    }

    private func setPrintLayoutRepeat(_ rows: ClosedRange<Int>?) throws {
        guard let rows else { return }
        let code = worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound))
        guard code == LXW_NO_ERROR else {
            throw XlsxError.library(operation: "repeating rows on \(name)", message: XlsxError.message(code))
        }
    }
}

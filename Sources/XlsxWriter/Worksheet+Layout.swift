import Foundation
import CXlsxWriter

/// Column widths, frozen panes and print setup.
extension Worksheet {
    /// Sets the widths of columns 0, 1, 2, … in order; neighbours of equal width are set as one
    /// range, as `setColumns` would set them, so the file is the same either way.
    ///
    /// ```swift
    /// try sheet.setColumnWidths([12, 22, 14, 14, 14])   // A 12, B 22, C:E 14
    /// ```
    public func setColumnWidths(_ widths: [Double]) throws {
        var first = 0
        while first < widths.count {
            var last = first
            while last + 1 < widths.count, widths[last + 1] == widths[first] { last += 1 }
            try setColumns(first...last, width: widths[first])
            first = last + 1
        }
    }

    /// Sets the width (in characters) and default format of columns `first...last`.
    public func setColumns(_ columns: ClosedRange<Int>, width: Double, format: Format? = nil) throws {
        _ = try workbook.openHandle("set column widths on \(name)")
        guard columns.lowerBound >= 0, columns.upperBound < CellAddress.maxColumns else {
            throw XlsxError.invalidArgument("\(name): columns \(columns) are outside the sheet")
        }
        let f = try workbook.pointer(for: format)
        let code = worksheet_set_column(handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, f)
        guard code == LXW_NO_ERROR else {
            throw XlsxError.library(operation: "setting columns on \(name)", message: XlsxError.message(code))
        }
        measure.setWidth(width, of: columns)
    }

    /// Keeps rows above `row` and columns left of `column` in view while scrolling.
    public func freezePanes(row: Int, column: Int) throws {
        _ = try workbook.openHandle("freeze panes on \(name)")
        let cell = CellAddress(row: row, column: column)
        guard cell.isInSheet else { throw XlsxError.cell(label(cell), reason: "freeze point outside the sheet") }
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    /// Print setup for wide tables: landscape, `wide` pages across (as many down as needed),
    /// the header rows repeated on every page.
    public func setPrintLayout(landscape: Bool = true, pagesWide: Int = 1, repeatRows: ClosedRange<Int>? = nil) throws {
        _ = try workbook.openHandle("set print layout on \(name)")
        if landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        worksheet_fit_to_pages(handle, UInt16(max(0, min(pagesWide, Int(UInt16.max)))), 0)
        if let repeatRows {
            let code = worksheet_repeat_rows(handle, lxw_row_t(repeatRows.lowerBound), lxw_row_t(repeatRows.upperBound))
            guard code == LXW_NO_ERROR else {
                throw XlsxError.library(operation: "repeating rows on \(name)", message: XlsxError.message(code))
            }
        }
    }

    /// Sets the printed header and footer. Codes such as `&P` (page) and `&N` (pages) are
    /// honoured; pass user text through `Worksheet.headerFooterText` first so a `&` in it stays
    /// a `&`. Each is at most 255 characters.
    public func setHeaderFooter(header: String? = nil, footer: String? = nil) throws {
        _ = try workbook.openHandle("set header and footer on \(name)")
        for (kind, text) in [("header", header), ("footer", footer)] {
            guard let text else { continue }
            guard text.utf8.count <= 255 else {
                throw XlsxError.invalidArgument("\(name): the \(kind) has \(text.utf8.count) bytes; Excel allows 255")
            }
            let code = text.withCString { kind == "header" ? worksheet_set_header(handle, $0) : worksheet_set_footer(handle, $0) }
            guard code == LXW_NO_ERROR else {
                throw XlsxError.library(operation: "setting the \(kind) of \(name)", message: XlsxError.message(code))
            }
        }
    }

    /// Excel's limit on a header or footer, in UTF-8 bytes, codes included (libxlsxwriter's count).
    public static let maxHeaderFooterBytes = 255

    /// User text made safe for a header or footer: `&` doubled, cut to `limit` characters and
    /// to `maxBytes` UTF-8 bytes after doubling (the unit `setHeaderFooter` counts), with `…`
    /// when cut. Cut between characters; a single character longer than the budget (a letter
    /// with hundreds of combining marks) is cut between its scalars.
    ///
    /// ```swift
    /// Worksheet.headerFooterText("R&D", limit: 80, maxBytes: 200)              // "R&&D"
    /// Worksheet.headerFooterText(String(repeating: "学", count: 150), maxBytes: 30)  // 9 × "学" + "…"
    /// ```
    public static func headerFooterText(_ text: String, limit: Int = 80, maxBytes: Int = 200) -> String {
        func bytes(_ c: Character) -> Int { c == "&" ? 2 : c.utf8.count }
        let total = text.reduce(0) { $0 + bytes($1) }
        if text.count <= limit && total <= maxBytes { return text.replacingOccurrences(of: "&", with: "&&") }
        let ellipsis = "…".utf8.count
        var out = "", used = 0, kept = 0
        for character in text {
            guard kept < limit - 1, used + bytes(character) + ellipsis <= maxBytes else {
                if kept == 0 {
                    // Not even the first character fits whole: keep the scalars that do.
                    for scalar in character.unicodeScalars {
                        let size = String(scalar).utf8.count * (scalar == "&" ? 2 : 1)
                        guard used + size + ellipsis <= maxBytes else { break }
                        out.unicodeScalars.append(scalar)
                        if scalar == "&" { out.unicodeScalars.append(scalar) }
                        used += size
                    }
                }
                break
            }
            out += character == "&" ? "&&" : String(character)
            used += bytes(character)
            kept += 1
        }
        return out + "…"
    }

    /// Makes this the sheet shown when the file opens.
    public func activate() throws {
        _ = try workbook.openHandle("activate \(name)")
        worksheet_activate(handle)
    }

    /// A colour for the sheet's tab, 0xRRGGBB.
    public func setTabColor(_ color: UInt32) throws {
        _ = try workbook.openHandle("colour the tab of \(name)")
        worksheet_set_tab_color(handle, color)
    }
}

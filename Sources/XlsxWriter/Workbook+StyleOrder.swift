import CXlsxWriter

extension Workbook {
    /// Numbers cell styles in the given order, as if each had first been used in that order.
    ///
    /// libxlsxwriter numbers a format (its `xf` index in styles.xml, and every cell's `s="…"`)
    /// when a cell first uses it. A constant-memory workbook whose sheets are filled in an
    /// interleaving (one sheet streamed while another waits for its data) would therefore
    /// number its styles differently from one written sheet by sheet; calling this first, with
    /// the formats in the sheet-by-sheet order of first use, keeps the file byte for byte the same.
    ///
    /// ```swift
    /// try workbook.fixStyleOrder([header, money, total])   // before any cell is written
    /// ```
    public func fixStyleOrder(_ formats: [Format]) throws {
        _ = try openHandle("number the cell styles")
        for format in formats {
            if let pointer = try pointer(for: format) { _ = lxw_format_get_xf_index(pointer) }
        }
    }
}

import CXlsxWriter
import Foundation

/// What a cell accepts, checked by Excel and LibreOffice when a reader types into it.
public enum DataValidation: Sendable, Equatable {
    /// Any decimal at or above the minimum (`nil` maximum) or between the two.
    case decimal(minimum: Double, maximum: Double?)
    /// Any whole number at or above the minimum or between the two.
    case wholeNumber(minimum: Double, maximum: Double?)
}

/// When a conditional format applies to a cell.
public enum CellCondition: Sendable, Equatable {
    case greaterThan(Double)
    case lessThan(Double)
}

/// One column of a table: its header and optional cell format.
public struct TableColumn: Sendable {
    public var header: String
    public var format: Format?
    public init(_ header: String, format: Format? = nil) { (self.header, self.format) = (header, format) }
}

/// Data validation, conditional formats, tables and charts on a sheet.
extension Worksheet {
    /// Excel's limit on a data validation's input or error message, in UTF-16 code units.
    public static let maxValidationMessageUTF16 = 255

    /// `text` cut to at most `limit` UTF-16 code units (the unit Excel counts messages and
    /// cells in) between characters, ending in `…` when cut; whole when it fits.
    ///
    /// ```swift
    /// Worksheet.cut("Stipend rate: a number of 0 or more.", utf16Limit: 12)   // "Stipend rat…"
    /// ```
    public static func cut(_ text: String, utf16Limit limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var out = "", used = 0
        for character in text {
            let size = character.utf16.count
            guard used + size + 1 <= limit else { break }
            out.append(character)
            used += size
        }
        return out + "…"
    }

    /// Restricts what may be typed into `range`, with an input prompt and an error message.
    public func validate(_ range: CellRange, _ rule: DataValidation, prompt: String? = nil, error: String? = nil) throws {
        _ = try workbook.openHandle("add data validation to \(name)")
        guard range.isValid else { throw XlsxError.invalidArgument("\(name): invalid range \(range.reference)") }
        var owned: [UnsafeMutablePointer<CChar>] = []
        defer { owned.forEach { free($0) } }
        func c(_ text: String?, limit: Int) throws -> UnsafeMutablePointer<CChar>? {
            guard let text else { return nil }
            guard text.utf16.count <= limit else {
                throw XlsxError.invalidArgument("\(name): validation text longer than \(limit) characters")
            }
            guard let copy = strdup(text) else { return nil }
            owned.append(copy)
            return copy
        }
        var v = lxw_data_validation()
        let (minimum, maximum): (Double, Double?)
        switch rule {
        case .decimal(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            (minimum, maximum) = (lo, hi)
        case .wholeNumber(let lo, let hi):
            v.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            (minimum, maximum) = (lo, hi)
        }
        if let maximum {
            v.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            v.minimum_number = minimum
            v.maximum_number = maximum
        } else {
            v.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            v.value_number = minimum
        }
        v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        if prompt != nil { v.input_title = try c("Allowed values", limit: 32) }
        v.input_message = try c(prompt, limit: 255)
        if error != nil { v.error_title = try c("Value not allowed", limit: 32) }
        v.error_message = try c(error, limit: 255)
        let code = worksheet_data_validation_range(handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                                                   lxw_row_t(range.last.row), lxw_col_t(range.last.column), &v)
        try check(code, range.first, "adding data validation")
    }

    /// Shows `range` in `format` whenever `condition` holds (live: follows recalculation).
    public func highlight(_ range: CellRange, when condition: CellCondition, format: Format) throws {
        _ = try workbook.openHandle("add a conditional format to \(name)")
        guard range.isValid else { throw XlsxError.invalidArgument("\(name): invalid range \(range.reference)") }
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        switch condition {
        case .greaterThan(let value):
            rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_GREATER_THAN.rawValue)
            rule.value = value
        case .lessThan(let value):
            rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_LESS_THAN.rawValue)
            rule.value = value
        }
        rule.format = try workbook.pointer(for: format)
        let code = worksheet_conditional_format_range(handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                                                      lxw_row_t(range.last.row), lxw_col_t(range.last.column), &rule)
        try check(code, range.first, "adding a conditional format")
    }

    /// Declares a filterable table over `first` (its header row) down to `lastRow`, one column
    /// per entry of `columns`. The headers are written now, so in constant-memory mode call this
    /// before writing the table's rows. `name` is a workbook-level name (see `NameRules`).
    public func addTable(name tableName: String, at first: CellAddress, lastRow: Int, columns: [TableColumn]) throws {
        try prepare(first, "add the table \(tableName) at")
        if workbook.options.constantMemory {
            // libxlsxwriter 1.1.4 refuses tables in this mode (it needs the whole table in memory).
            throw XlsxError.cell(label(first), reason: "tables are not supported in constant-memory mode; use an autofilter")
        }
        guard !columns.isEmpty, lastRow > first.row else {
            throw XlsxError.invalidArgument("\(name): table \(tableName) needs columns and at least one data row")
        }
        let last = CellAddress(row: lastRow, column: first.column + columns.count - 1)
        guard last.isInSheet else { throw XlsxError.cell(label(last), reason: "table \(tableName) runs outside the sheet") }
        let headers = columns.map { $0.header.lowercased() }
        guard Set(headers).count == headers.count, !headers.contains("") else {
            throw XlsxError.invalidArgument("\(name): table \(tableName) needs distinct, non-empty column headers")
        }
        try workbook.reserveName(tableName)
        var owned: [UnsafeMutableRawPointer] = []
        defer { owned.forEach { free($0) } }
        var columnPointers: [UnsafeMutablePointer<lxw_table_column>?] = []
        for column in columns {
            let cColumn = UnsafeMutablePointer<lxw_table_column>.allocate(capacity: 1)
            cColumn.initialize(to: lxw_table_column())
            owned.append(UnsafeMutableRawPointer(cColumn))
            let header = strdup(column.header)!
            owned.append(UnsafeMutableRawPointer(header))
            cColumn.pointee.header = header
            cColumn.pointee.format = try workbook.pointer(for: column.format)
            columnPointers.append(cColumn)
        }
        columnPointers.append(nil)
        let cName = strdup(tableName)!
        owned.append(UnsafeMutableRawPointer(cName))
        let code = columnPointers.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            var options = lxw_table_options()
            options.name = cName
            options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
            options.style_type_number = 2
            options.columns = buffer.baseAddress
            return worksheet_add_table(handle, lxw_row_t(first.row), lxw_col_t(first.column),
                                       lxw_row_t(last.row), lxw_col_t(last.column), &options)
        }
        try check(code, first, "adding the table \(tableName)")
    }

    /// Adds filter buttons to the header row of `range` (the data below it can then be
    /// filtered and sorted). Works in constant-memory mode, unlike tables.
    public func autofilter(_ range: CellRange) throws {
        _ = try workbook.openHandle("add an autofilter to \(name)")
        guard range.isValid else { throw XlsxError.invalidArgument("\(name): invalid range \(range.reference)") }
        let code = worksheet_autofilter(handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                                        lxw_row_t(range.last.row), lxw_col_t(range.last.column))
        try check(code, range.first, "adding an autofilter")
    }

    /// Places `chart` with its top-left corner at `cell`, scaled from the default 480×288 pixels.
    public func insertChart(_ chart: Chart, at cell: CellAddress, xScale: Double = 1, yScale: Double = 1) throws {
        _ = try workbook.openHandle("insert a chart into \(name)")
        guard chart.workbook === workbook else { throw XlsxError.foreignObject("a chart") }
        guard cell.isInSheet else { throw XlsxError.cell(label(cell), reason: "chart position outside the sheet") }
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        let code = worksheet_insert_chart_opt(handle, lxw_row_t(cell.row), lxw_col_t(cell.column), chart.handle, &options)
        try check(code, cell, "inserting a chart")
        measure.charts.append(.init(row: cell.row, column: cell.column,
                                    width: PrintMeasure.chartWidth * xScale, height: PrintMeasure.chartHeight * yScale))
    }
}

import CXlsxWriter
import Foundation

/// A native Excel chart of one workbook; its series are ranges of that workbook's sheets.
///
/// ```swift
/// let chart = try workbook.addChart(.stackedColumn)
/// try chart.addSeries(name: CellRange(sheet: "Budget", row: 4, columns: 0...0),
///                     categories: CellRange(sheet: "Budget", row: 0, columns: 1...3),
///                     values: CellRange(sheet: "Budget", row: 4, columns: 1...3))
/// try chart.setTitle("Cost by category")
/// try sheet.insertChart(chart, at: CellAddress(row: 12, column: 0))
/// ```
public final class Chart {
    public enum Kind: Sendable {
        case stackedColumn, clusteredColumn, line
        /// Horizontal bars, one group per category (a tornado chart).
        case bar

        var lxwType: UInt8 {
            switch self {
            case .stackedColumn: UInt8(LXW_CHART_COLUMN_STACKED.rawValue)
            case .clusteredColumn: UInt8(LXW_CHART_COLUMN.rawValue)
            case .line: UInt8(LXW_CHART_LINE.rawValue)
            case .bar: UInt8(LXW_CHART_BAR.rawValue)
            }
        }
    }

    public let workbook: Workbook
    let handle: UnsafeMutablePointer<lxw_chart>

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_chart>) {
        self.workbook = workbook
        self.handle = handle
    }

    /// Adds a series whose name, categories and values are all cell ranges (so the chart
    /// follows the sheet when it recalculates).
    public func addSeries(name: CellRange, categories: CellRange, values: CellRange) throws {
        _ = try workbook.openHandle("add a chart series")
        for range in [name, categories, values] {
            guard range.isValid, let sheet = range.sheet, workbook.worksheetNames.contains(sheet) else {
                throw XlsxError.invalidArgument("chart series range \(range.reference) must name a sheet of this workbook")
            }
        }
        guard let series = ("=" + categories.reference).withCString({ cCategories in
            ("=" + values.reference).withCString { chart_add_series(handle, cCategories, $0) }
        }) else {
            throw XlsxError.library(operation: "adding a chart series", message: "libxlsxwriter refused the series")
        }
        ("=" + name.reference).withCString { chart_series_set_name(series, $0) }
    }

    /// The chart's title. Text beginning with `=` is refused: libxlsxwriter would read it as a
    /// reference.
    public func setTitle(_ title: String) throws {
        _ = try workbook.openHandle("set a chart title")
        try Chart.checkLiteral(title)
        title.withCString { chart_title_set_name(handle, $0) }
    }

    /// Titles and number formats of the axes; the legend goes below the plot.
    public func setAxes(categoryTitle: String?, valueTitle: String?, valueNumberFormat: String?) throws {
        _ = try workbook.openHandle("set chart axes")
        if let x = chart_axis_get(handle, categoryAxis), let categoryTitle {
            try Chart.checkLiteral(categoryTitle)
            categoryTitle.withCString { chart_axis_set_name(x, $0) }
        }
        if let y = chart_axis_get(handle, valueAxis) {
            if let valueTitle {
                try Chart.checkLiteral(valueTitle)
                valueTitle.withCString { chart_axis_set_name(y, $0) }
            }
            if let valueNumberFormat { valueNumberFormat.withCString { chart_axis_set_num_format(y, $0) } }
        }
        chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    }

    static func checkLiteral(_ text: String) throws {
        if text.hasPrefix("=") {
            throw XlsxError.invalidArgument("chart text \"\(text)\" begins with '=' and would be read as a reference")
        }
    }
}

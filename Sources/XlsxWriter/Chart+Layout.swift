import CXlsxWriter

/// Bar spacing, axis crossing and legend of a chart: what a histogram or a tornado needs.
extension Chart {
    /// The gap between bar groups as a percentage of a bar's width (0 makes touching bars,
    /// as a histogram has; Excel's default is 150). At most 500.
    public func setGap(_ percent: Int) throws {
        _ = try workbook.openHandle("set a chart's bar gap")
        guard (0...500).contains(percent) else { throw XlsxError.invalidArgument("bar gap \(percent) is outside 0...500") }
        chart_set_series_gap(handle, UInt16(percent))
    }

    /// How far bars of one group overlap, −100 to 100 (100: drawn on top of each other).
    public func setOverlap(_ percent: Int) throws {
        _ = try workbook.openHandle("set a chart's bar overlap")
        guard (-100...100).contains(percent) else { throw XlsxError.invalidArgument("bar overlap \(percent) is outside -100...100") }
        chart_set_series_overlap(handle, Int8(percent))
    }

    /// Where the category axis crosses the value axis (for a tornado: at the base total, so
    /// bars grow left and right from it). Non-finite values are refused.
    public func setCategoryAxisCrossing(atValue value: Double) throws {
        _ = try workbook.openHandle("set a chart's axis crossing")
        guard value.isFinite else { throw XlsxError.invalidArgument("axis crossing \(value) is not a finite number") }
        // libxlsxwriter's crossing on an axis is where the *other* axis crosses it.
        if let axis = chart_axis_get(handle, valueAxis) { chart_axis_set_crossing(axis, value) }
        // Category labels stay at the chart's edge instead of over the bars at the crossing.
        if let axis = chart_axis_get(handle, categoryAxis) {
            chart_axis_set_label_position(axis, UInt8(LXW_CHART_AXIS_LABEL_POSITION_LOW.rawValue))
        }
    }

    /// Removes the legend (one-series charts need none).
    public func hideLegend() throws {
        _ = try workbook.openHandle("hide a chart's legend")
        chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
    }
}

extension Chart {
    /// Lists the categories in reverse order (a bar chart then shows the first one on top).
    public func reverseCategories() throws {
        _ = try workbook.openHandle("reverse a chart's categories")
        if let axis = chart_axis_get(handle, categoryAxis) { chart_axis_set_reverse(axis) }
    }

    /// In libxlsxwriter a bar chart's x axis is its (horizontal) value axis and its y axis the
    /// categories; every other kind has categories on x.
    var isBar: Bool { handle.pointee.type == UInt8(LXW_CHART_BAR.rawValue) }
    var valueAxis: lxw_chart_axis_type { isBar ? LXW_CHART_AXIS_TYPE_X : LXW_CHART_AXIS_TYPE_Y }
    var categoryAxis: lxw_chart_axis_type { isBar ? LXW_CHART_AXIS_TYPE_Y : LXW_CHART_AXIS_TYPE_X }
}

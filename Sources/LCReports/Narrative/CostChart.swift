import Foundation
import LCModel

/// The brief's chart: an inline SVG of stacked columns, one per period, cost by category.
///
/// Geometry uses `Double` (it only places rectangles); every label printed is an engine figure
/// (a period total) or a name, escaped for HTML.
public enum CostChart {
    static let colors: [CostCategory: String] = [
        .planning: "#8c6bb1", .stipends: "#1b9e77", .buyouts: "#d95f02", .substitutes: "#7570b3",
        .food: "#e7298a", .childcare: "#66a61e", .kits: "#e6ab02", .coaching: "#a6761d",
        .credentials: "#1f78b4", .other: "#999999", .indirect: "#555555",
    ]

    public static func svg(_ p: Projection) -> String {
        let periods = p.periods.filter { !$0.total.isZero }
        let categories = CostCategory.allCases.filter { !p.categoryTotal($0).isZero }
        let width = 640.0, plotTop = 28.0, plotHeight = 200.0, baseline = plotTop + plotHeight
        let legendRows = (categories.count + 2) / 3
        let height = baseline + 30 + Double(legendRows) * 20 + 6
        let maximum = periods.map { Double($0.total.cents) }.max() ?? 1
        let slot = width / Double(max(periods.count, 1))
        let columnWidth = min(110.0, slot * 0.6)

        var out = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"chart-title\">"
        out += "<title id=\"chart-title\">Cost by category, per period</title>"
        out += "<line x1=\"0\" y1=\"\(fmt(baseline))\" x2=\"\(Int(width))\" y2=\"\(fmt(baseline))\" stroke=\"#333\" stroke-width=\"1\"/>"
        for (column, period) in periods.enumerated() {
            let x = slot * Double(column) + (slot - columnWidth) / 2
            var y = baseline
            for category in categories {
                let amount = period.total(of: category)
                guard amount > .zero else { continue }
                let h = Double(amount.cents) / maximum * plotHeight
                y -= h
                out += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(columnWidth))\" height=\"\(fmt(h))\" fill=\"\(colors[category]!)\">"
                out += "<title>\(escape(period.label)): \(escape(category.title)) \(escape(amount.formatted()))</title></rect>"
            }
            out += "<text x=\"\(fmt(x + columnWidth / 2))\" y=\"\(fmt(y - 6))\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">\(escape(period.total.formatted()))</text>"
            out += "<text x=\"\(fmt(x + columnWidth / 2))\" y=\"\(fmt(baseline + 18))\" text-anchor=\"middle\" font-size=\"13\">\(escape(period.label))</text>"
        }
        for (index, category) in categories.enumerated() {
            let x = Double(index % 3) * (width / 3)
            let y = baseline + 32 + Double(index / 3) * 20
            out += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"12\" height=\"12\" fill=\"\(colors[category]!)\"/>"
            out += "<text x=\"\(fmt(x + 18))\" y=\"\(fmt(y + 11))\" font-size=\"12\">\(escape(category.title))</text>"
        }
        return out + "</svg>"
    }

    /// Coordinates with at most one decimal, stable across platforms.
    static func fmt(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(format: "%.1f", tenths / 10)
    }

    /// Escapes text for HTML and SVG content and attributes.
    static func escape(_ text: String) -> String {
        HTMLContentType().escapeText(text)
    }
}

import LCModel

/// `batch`'s portfolio summary in Markdown: one row per scenario (totals, per-year totals, cost
/// per participant-year, advisories), the portfolio total, and every skipped file with its error.
public enum PortfolioMarkdown {
    public static func render(_ p: Portfolio) -> String {
        var out = "# Portfolio summary\n\n"
        let scenarios = p.rows.count == 1 ? "1 scenario" : "\(p.rows.count) scenarios"
        out += "\(scenarios) projected, total \(p.total.formatted())"
        if !p.failures.isEmpty { out += "; \(p.failures.count) file\(p.failures.count == 1 ? "" : "s") skipped (see below)" }
        out += ".\n\n"
        if !p.rows.isEmpty {
            let years = p.maximumYears
            let header = ["Scenario", "File", "Planning"] + (0..<years).map { "Year \($0 + 1)" } +
                ["Total", "Per participant-year", "Advisories"]
            out += "| " + header.joined(separator: " | ") + " |\n"
            out += "| --- | --- |" + String(repeating: " ---: |", count: header.count - 2) + "\n"
            for row in p.rows {
                let yearCells = (0..<years).map { $0 < row.yearTotals.count ? row.yearTotals[$0].formatted() : "" }
                let cells = [cell(row.name), cell(row.file), row.planning.formatted()] + yearCells +
                    [row.total.formatted(), row.perParticipantYear.formatted(), String(row.advisoriesCount)]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            out += "| **Total** | |" + String(repeating: " |", count: years + 1) + " **\(p.total.formatted())** | | \(p.advisoriesCount) |\n"
        }
        if !p.failures.isEmpty {
            out += "\n## Skipped files\n\n"
            for failure in p.failures {
                out += "- `\(failure.file)`:\n\n```\n\(failure.message)\n```\n"
            }
        }
        return out
    }

    /// Escapes the characters that would break a Markdown table cell.
    /// Scalar by scalar: a CR alone (or inside CRLF) also ends a Markdown line.
    static func cell(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if MarkdownContentType.lineBreaks.contains(scalar) {
                if !(afterCR && scalar == "\n") { out.append(" ") }
                continue
            }
            if scalar == "|" { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }
}

import Foundation
import LCModel

/// The views of a `ScenarioComparison`: terminal tables, JSON, Markdown and sheet data.
///
/// One table per period (and one for all periods): a row per category, a column per scenario,
/// and after every scenario but the first its difference from the first.
public enum ComparisonReport {
    /// Every table: Planning, Year 1 …, All periods.
    public static func tables(_ c: ScenarioComparison) -> [SheetTable] {
        var header = ["Category", c.names[0]]
        for name in c.names.dropFirst() { header += [name, "Δ vs \(c.names[0])"] }
        func row(_ label: String, isTotal: Bool = false, _ amount: (Int) -> Money) -> SheetRow {
            var cells: [SheetCell] = [.money(amount(0))]
            for i in c.names.indices.dropFirst() { cells += [.money(amount(i)), .money(amount(i) - amount(0))] }
            return SheetRow(label, cells, isTotal: isTotal)
        }
        func present(_ category: CostCategory, _ period: Int?) -> Bool {
            c.projections.contains { p in p.periods.contains { ($0.index == period || period == nil) && $0.lines.contains { $0.category == category } } }
        }
        var tables: [SheetTable] = []
        for period in c.periods {
            var rows = CostCategory.allCases.filter { present($0, period.index) }.map { category in
                row(category.title) { c.amount($0, category, period: period.index) }
            }
            rows.append(row("Total", isTotal: true) { c.total($0, period: period.index) })
            tables.append(SheetTable(sheetName: "Compare \(period.label)", title: period.label, header: header, rows: rows))
        }
        var rows = CostCategory.allCases.filter { present($0, nil) }.map { category in
            row(category.title) { c.projections[$0].categoryTotal(category) }
        }
        rows.append(row("Total", isTotal: true) { c.projections[$0].total })
        tables.append(SheetTable(sheetName: "Compare all periods", title: "All periods", header: header, rows: rows))
        return tables
    }

    /// The plain-language summaries, one per scenario after the first.
    public static func summaries(_ c: ScenarioComparison) -> [String] {
        c.names.indices.dropFirst().map { c.summary($0) }
    }

    public static func text(_ c: ScenarioComparison) -> String {
        var out = "Comparison: " + c.names.joined(separator: " · ") + "\n"
        for (i, name) in c.names.enumerated() { out += "  \(name): \(c.projections[i].scenario.name)\n" }
        out += "\n" + wrap(summaries(c).joined(separator: "\n\n")) + "\n"
        for table in tables(c) { out += "\n" + table.renderText() }
        return out
    }

    public static func markdown(_ c: ScenarioComparison) -> String {
        var out = "# Comparison of \(c.names.count) scenarios\n\n"
        for (i, name) in c.names.enumerated() { out += "- `\(name)`: \(markdownEscape(c.projections[i].scenario.name))\n" }
        out += "\n## What drives the difference\n\n"
        out += summaries(c).map(markdownEscape).joined(separator: "\n\n") + "\n"
        for table in tables(c) {
            out += "\n## \(table.title)\n\n"
            out += "| " + table.header.map(markdownEscape).joined(separator: " | ") + " |\n"
            out += "| --- |" + String(repeating: " ---: |", count: table.header.count - 1) + "\n"
            for row in table.rows {
                let label = row.isTotal ? "**\(markdownEscape(row.label))**" : markdownEscape(row.label)
                out += "| " + ([label] + row.cells.map(\.display)).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    public static func json(_ c: ScenarioComparison) -> JSONValue {
        func periodObject(_ index: Int?, _ label: String) -> JSONValue {
            func amount(_ i: Int, _ category: CostCategory) -> Money {
                index.map { c.amount(i, category, period: $0) } ?? c.projections[i].categoryTotal(category)
            }
            func total(_ i: Int) -> Money { index.map { c.total(i, period: $0) } ?? c.projections[i].total }
            let indices = Array(c.names.indices)
            var pairs: [(String, JSONValue)] = []
            if let index { pairs.append(("period", .int(index))) }
            pairs += [
                ("label", .string(label)),
                ("categories", .object(CostCategory.allCases.map { category in
                    (category.rawValue, .object([
                        ("amounts", .array(indices.map { .money(amount($0, category)) })),
                        ("differences", .array(indices.map { .money(amount($0, category) - amount(0, category)) })),
                    ]))
                })),
                ("totals", .array(indices.map { .money(total($0)) })),
                ("differences", .array(indices.map { .money(total($0) - total(0)) })),
            ]
            return .object(pairs)
        }
        return .object([
            ("scenarios", .array(c.names.indices.map { i in
                .object([("file", .string(c.names[i])), ("name", .string(c.projections[i].scenario.name)),
                         ("years", .int(c.projections[i].scenario.years)), ("total", .money(c.projections[i].total)),
                         ("perParticipantYear", .money(c.projections[i].perParticipantYear)),
                         ("identicalToFirst", .bool(c.isIdentical(i))),
                         ("differenceParts", .array(c.decomposition(i).map(differencePart)))])
            })),
            ("periods", .array(c.periods.map { periodObject($0.index, $0.label) })),
            ("allPeriods", periodObject(nil, "All periods")),
            ("summaries", .array(summaries(c).map { .string($0) })),
        ])
    }

    /// One part of `ScenarioComparison.decomposition`: `kind` (`years` or `category`), the category
    /// (null for years), the signed amount (compared − baseline) and the reason in words.
    static func differencePart(_ part: DifferenceDriver) -> JSONValue {
        .object([("kind", .string(part.category == nil ? "years" : "category")),
                 ("category", part.category.map { .string($0.rawValue) } ?? .null),
                 ("amount", .money(part.amount)), ("reason", .string(part.reason))])
    }

    static func markdownEscape(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]|<>#".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Wraps a paragraph at about 100 columns for the terminal.
    static func wrap(_ text: String, width: Int = 100) -> String {
        text.components(separatedBy: "\n").map { paragraph in
            var lines: [String] = [], line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && line.count + word.count + 1 > width { lines.append(line); line = "" }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

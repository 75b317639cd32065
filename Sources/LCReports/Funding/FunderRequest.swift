import Foundation
import LCModel

/// One funder's request (`project FILE --funder NAME`): what the who-pays allocation has that
/// source pay, by category and period, its total (the request), and its ED 524 lines — Section A
/// for its federal part, Section B for the rest.
///
/// ```swift
/// FunderRequest.tables(projection, source: 0).map(\.title)
/// // ["Request to State educator innovation grant, by category", "… ED 524 Section A …", …]
/// ```
public enum FunderRequest {
    public static func tables(_ p: Projection, source index: Int) -> [SheetTable] {
        let source = p.scenario.funding![index]
        let who = FundingAllocation(p)
        let paid = who.periods.map { period in period.sources.first { $0.index == index } }
        let header = ["Category"] + who.periods.map(\.label) + ["Total"]
        var rows: [SheetRow] = CostCategory.allCases.compactMap { category in
            let cells = paid.map { $0?.byCategory[category] ?? .zero }
            guard !cells.sum().isZero else { return nil }
            return SheetRow(category.title, cells.map { .money($0) } + [.money(cells.sum())])
        }
        let inKind = paid.map { $0?.inKindAdded ?? .zero }
        if !inKind.sum().isZero { rows.append(SheetRow("In-kind ingredient outside the budget", inKind.map { .money($0) } + [.money(inKind.sum())])) }
        let totals = paid.map { $0?.allocated ?? .zero }
        rows.append(SheetRow("Total request", totals.map { .money($0) } + [.money(totals.sum())], isTotal: true))
        let federal = paid.map { $0?.federalPaid ?? .zero }
        rows.append(SheetRow("of which federal", federal.map { .money($0) } + [.money(federal.sum())]))
        var out = [SheetTable(sheetName: "Request", title: "Request to \(source.source), by category",
                              header: header, rows: rows,
                              note: "What the who-pays allocation has this source pay (docs/funding.md, \"Who pays\"): its total is what the source is asked for.")]
        out.append(lineTable(p, source: source.source, paid: paid, labels: who.periods.map(\.label)))
        let sections = ED524Sections(p)
        // Its Section A when any of it is federal, its Section B when any is not (B, all zeros,
        // for a source the allocation gives nothing, so its form is never empty).
        let federalTotal = sections.total(source: index, .sectionA, .total)
        for part in [ED524Part.sectionA, .sectionB]
        where !sections.total(source: index, part, .total).isZero || (part == .sectionB && federalTotal.isZero) {
            let lines = ED524Line.allCases.map { line in
                SheetRow(line.numberedTitle,
                         sections.periods.map { .money(sections.amount(source: index, part, line, period: $0.index)) } + [.money(sections.total(source: index, part, line))],
                         isTotal: line == .totalDirect || line == .total)
            }
            let name = part == .sectionA ? "Section A — U.S. Department of Education funds (its federal part)" : "Section B — Non-federal funds"
            out.append(SheetTable(sheetName: "Request ED 524", title: "\(source.source): ED 524 \(name)",
                                  header: ["Budget category"] + sections.periods.map(\.label) + ["Total"], rows: lines, note: nil))
        }
        // Its SF-424A Section B column: the object classes of its ED 524 lines, as the form sums them.
        func line(_ line: ED524Line, _ period: Int) -> Money {
            sections.amount(source: index, .sectionA, line, period: period) + sections.amount(source: index, .sectionB, line, period: period)
        }
        func objectClass(_ c: SF424AClass, _ period: Int) -> Money {
            switch c {
            case .totalDirect: line(.totalDirect, period) + line(.trainingStipends, period)
            case .indirect: line(.indirect, period)
            case .totals: line(.total, period)
            default: ED524Line.assignable.filter { $0.sf424aClass == c }.map { line($0, period) }.sum()
            }
        }
        let classes = SF424AClass.allCases.map { c in
            let cells = sections.periods.map { objectClass(c, $0.index) }
            return SheetRow(c.letteredTitle, cells.map { .money($0) } + [.money(cells.sum())], isTotal: c == .totalDirect || c == .totals)
        }
        out.append(SheetTable(sheetName: "Request SF-424A", title: "\(source.source): SF-424A Section B object classes",
                              header: ["Object class"] + sections.periods.map(\.label) + ["Total"], rows: classes,
                              note: "Training stipends (ED 524 line 11) are reported under h. Other."))
        return out
    }
}

extension FunderRequest {
    /// What the source pays of each budget line, by period: the lines' names in the projection's
    /// order, the indirect on one row (on the lines it pays, then any indirect left unpaid).
    static func lineTable(_ p: Projection, source: String, paid: [SourceAllocation?], labels: [String]) -> SheetTable {
        let rows: [SheetRow] = p.lineRows.compactMap { line in
            let cells = paid.map { $0?.byLine[line.key] ?? .zero }
            guard !cells.sum().isZero else { return nil }
            return SheetRow("\(line.item) (\(line.key))", cells.map { .money($0) } + [.money(cells.sum())])
        }
        let total = paid.map { ($0?.byLine.values.sum()) ?? .zero }
        return SheetTable(sheetName: "Request lines", title: "Request to \(source), by budget line",
                          header: ["Budget line"] + labels + ["Total"],
                          rows: rows + [SheetRow("Total of budget lines", total.map { .money($0) } + [.money(total.sum())], isTotal: true)],
                          note: "A source that pays indirect costs pays the indirect on each line it pays together with the line, then any indirect still unpaid.")
    }

    /// The funder's request as a Markdown document for `report --funder`: "Total request" is
    /// what that funder is asked for (not the whole cost), then its categories by period and its
    /// ED 524 Sections A and B, every figure from `tables`.
    public static func markdown(_ p: Projection, source index: Int, run: RunStamp?) -> String {
        let s = p.scenario
        let e = { (text: String) in MarkdownContentType().escapeText(text) }
        let funder = s.funding![index].source
        let tables = self.tables(p, source: index)
        let total = tables[0].rows.first { $0.label == "Total request" }!.cells.last!.display
        let federal = tables[0].rows.first { $0.label == "of which federal" }!.cells.last!.display
        var out = "# Budget request to \(e(funder)): \(e(s.name))\n\n"
        out += "\(s.organization.map { e($0) + ". " } ?? "")Total request: **\(total)** (of which federal: \(federal)), what the who-pays allocation has \(e(funder)) pay of a total cost of \(p.total.formatted())"
        out += (Unfunded.sentence(p).map { ". " + $0 } ?? ".") + " (docs/funding.md, \"Who pays\")\n"
        for table in tables {
            out += "\n## \(e(table.title))\n\n"
            out += "| " + table.header.map(e).joined(separator: " | ") + " |\n"
            out += "| --- |" + String(repeating: " ---: |", count: table.header.count - 1) + "\n"
            for row in table.rows {
                let cells = [row.isTotal ? "**\(e(row.label))**" : e(row.label)] + row.cells.map { row.isTotal ? "**\($0.display)**" : $0.display }
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            if let note = table.note { out += "\n\(e(note))\n" }
        }
        if let run { out += "\n*\(run.footer).*\n" }
        return out
    }
}

extension ReportBundle {
    /// The files of a report for one funder (`report --funder`): `<slug>-<funder>-request.md`,
    /// and its own forms as CSV for the funder's portal, `<slug>-<funder>-ed524.csv` (its Section
    /// A and B) and `<slug>-<funder>-sf424a.csv` (its column of object classes), in `FormsCSV`'s
    /// layout, every figure from `FunderRequest.tables`.
    static func funderFiles(slug: String, context: ReportContext) -> [ReportFile] {
        guard let index = context.funder, let source = context.projection.scenario.funding?[index] else { return [] }
        let text = FunderRequest.markdown(context.projection, source: index, run: context.run)
        let stem = "\(slug)-\(Slug.make(source.source))"
        let tables = FunderRequest.tables(context.projection, source: index)
        return [ReportFile.text("\(stem)-request.md", text),
                ReportFile.text("\(stem)-ed524.csv", FormsCSV.csv(tables.filter { $0.sheetName == "Request ED 524" })),
                ReportFile.text("\(stem)-sf424a.csv", FormsCSV.csv(tables.filter { $0.sheetName == "Request SF-424A" }))]
    }
}

import LCModel

/// `lcbudget variance --format table`: per period, a row per category (budgeted, spent,
/// remaining, share of the period elapsed, share spent, status), then the status sentences.
public enum VarianceTable {
    public static func render(_ v: Variance) -> String {
        var out = "\(v.scenario)\nBudget against actuals as of \(v.asOf.iso)"
        out += " (on track: share of the budget spent within \(Variance.percent(v.tolerance).dropLast()) percentage points"
        out += " of the share of the period elapsed)\n"
        let header = ["Category", "Budgeted", "Spent", "Remaining", "Elapsed", "Spent share", "Status"]
        func cells(_ name: String, _ line: VarianceLine) -> [String] {
            [name, line.budgeted.formatted(), line.spent.formatted(), line.remaining.formatted(),
             Variance.percent(line.elapsedShare), line.spentShare.map(Variance.percent) ?? "n/a", line.status.rawValue]
        }
        for period in v.periods {
            out += "\n\(period.label) (\(period.span.first.iso) to \(period.span.last.iso))\n"
            let rows = period.lines.map { cells($0.category!.title, $0) }
            out += TextTable(header: header, rows: rows, footer: cells("Total", period.total)).render()
        }
        out += "\nWhole project (\(v.periods.first?.span.first.iso ?? "") to \(v.periods.last?.span.last.iso ?? "")): "
        out += "\(v.total.spent.formatted()) spent of \(v.total.budgeted.formatted())"
        out += v.total.spentShare.map { " (\(Variance.percent($0)))" } ?? ""
        out += " with \(Variance.percent(v.total.elapsedShare)) of the project's days elapsed; \(v.total.remaining.formatted()) remains.\n"
        out += "\nStatus\n"
        for statement in v.statements { out += "- \(statement)\n" }
        if v.laterActuals > 0 {
            out += "\n\(v.laterActuals) actual\(v.laterActuals == 1 ? " is" : "s are") dated after \(v.asOf.iso) and not counted.\n"
        }
        if v.outsideActuals > 0 {
            out += "\n\(v.outsideActuals) actual\(v.outsideActuals == 1 ? " is" : "s are") dated outside the project's periods and not counted.\n"
        }
        return out
    }
}

/// `lcbudget variance --format csv`: one row per period and category, plus a `total` row per
/// period and one for the whole project (period `all`).
public enum VarianceCSV {
    public static let header = ["period", "period_label", "category", "budgeted", "spent", "remaining",
                                "elapsed_share", "spent_share", "status", "reason", "as_of"]

    public static func render(_ v: Variance) -> String {
        var out = CSVField.row(header)
        func row(_ period: String, _ label: String, _ category: String, _ line: VarianceLine) -> String {
            CSVField.row([period, CSVField.text(label), category, line.budgeted.plain, line.spent.plain, line.remaining.plain,
                          Variance.shareText(line.elapsedShare), line.spentShare.map(Variance.shareText) ?? "",
                          line.status.rawValue, line.reason.rawValue, v.asOf.iso])
        }
        for period in v.periods {
            for line in period.lines { out += row("\(period.index)", period.label, line.category!.rawValue, line) }
            out += row("\(period.index)", period.label, "total", period.total)
        }
        out += row("all", "Whole project", "total", v.total)
        return out
    }
}

/// `lcbudget variance --format json`.
public enum VarianceJSON {
    public static func value(_ v: Variance) -> JSONValue {
        func line(_ l: VarianceLine, _ label: String) -> JSONValue {
            .object([
                ("category", l.category.map { .string($0.rawValue) } ?? .null),
                ("budgeted", .money(l.budgeted)), ("spent", .money(l.spent)), ("remaining", .money(l.remaining)),
                ("elapsedShare", .number(Variance.shareText(l.elapsedShare))),
                ("spentShare", l.spentShare.map { .number(Variance.shareText($0)) } ?? .null),
                ("status", .string(l.status.rawValue)), ("reason", .string(l.reason.rawValue)),
                ("statement", .string(l.statement(periodLabel: label))),
            ])
        }
        return .object([
            ("scenario", .string(v.scenario)),
            ("asOf", .string(v.asOf.iso)),
            ("tolerance", .number(Variance.shareText(v.tolerance))),
            ("periods", .array(v.periods.map { p in
                .object([
                    ("index", .int(p.index)), ("label", .string(p.label)),
                    ("first", .string(p.span.first.iso)), ("last", .string(p.span.last.iso)),
                    ("elapsedShare", .number(Variance.shareText(p.elapsedShare))),
                    ("lines", .array(p.lines.map { line($0, p.label) })),
                    ("total", line(p.total, p.label)),
                ])
            })),
            ("total", line(v.total, "the project")),
            ("actualsAfterAsOf", .int(v.laterActuals)),
            ("actualsOutsideProject", .int(v.outsideActuals)),
        ])
    }

    public static func render(_ v: Variance) -> String { value(v).rendered() + "\n" }
}

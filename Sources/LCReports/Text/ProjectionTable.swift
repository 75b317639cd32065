import LCModel

/// The terminal view: one row per category, a column per period and a total column,
/// then the derived figures, funding and advisories.
public enum ProjectionTable {
    public static func render(_ p: Projection) -> String {
        let s = p.scenario
        var out = "\(s.name)\n"
        if let organization = s.organization { out += "\(organization)\n" }
        let yearWord = s.years == 1 ? "year" : "years"
        out += "Goal: \(s.goal.rawValue) · \(s.years) \(yearWord) from \(s.start.monthAndYear) · "
        let leaders = s.cohort.leaders == 1 ? "1 leader" : "\(s.cohort.leaders) leaders"
        out += "\(s.cohort.participants) educators (\(leaders))\n\n"

        let header = ["Category"] + p.periods.map(\.label) + ["Total"]
        var rows: [[String]] = []
        for category in CostCategory.allCases {
            let total = p.categoryTotal(category)
            let present = p.periods.contains { $0.lines.contains { $0.category == category } }
            guard present || !total.isZero else { continue }
            rows.append([category.title] + p.periods.map { $0.total(of: category).formatted() } + [total.formatted()])
        }
        let totals = ["Total"] + p.periods.map { $0.total.formatted() } + [p.total.formatted()]
        out += TextTable(header: header, rows: rows, footer: totals).render()

        out += "\n"
        let figures: [(String, String)] = [
            ("Total cost", p.total.formatted()),
            ("Present value (\(Advisor.percentText(s.discountRate)) discount)", p.presentValue.formatted()),
            ("Cost per participant-year", p.perParticipantYear.formatted()),
            // Students × years: a student in the community for two years counts twice (docs/scenario-format.md).
            ("Cost per student-year reached", p.perStudentReached?.formatted() ?? "n/a (no students_per_educator)"),
        ]
        let width = figures.map(\.0.count).max() ?? 0
        for (label, value) in figures {
            out += label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value + "\n"
        }

        if s.funding != nil {
            out += "\nFunding\n"
            let fundingRows = p.funding.map { f in
                ["Year \(f.year)", f.cost.formatted(), f.funded.formatted(),
                 f.gap.cents > 0 ? f.gap.formatted() : (f.gap.isZero ? "$0.00" : "surplus \((-f.gap).formatted())")]
            }
            out += TextTable(header: ["Year", "Cost", "Funded", "Cost less funding"], rows: fundingRows, footer: nil).render()
            if let sentence = Unfunded.sentence(p) { out += sentence + "\n" }
        }

        out += "\nAdvisories\n"
        if p.advisories.isEmpty {
            out += "  none: the scenario follows every recommendation the tool checks\n"
        }
        for advisory in p.advisories {
            out += "  warning [\(advisory.code.rawValue)] \(advisory.message)\n"
        }
        return out
    }
}

/// A plain-text table: first column left-aligned, the rest right-aligned.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    var footer: [String]?

    func render() -> String {
        let all = [header] + rows + (footer.map { [$0] } ?? [])
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ") + "\n"
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        var out = line(header) + rule
        for row in rows { out += line(row) }
        if let footer { out += rule + line(footer) }
        return out
    }
}

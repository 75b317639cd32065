import ArgumentParser
import LCModel
import LCStore

extension LCBudget {
    /// `lcbudget runs`: the recorded runs of `project --save` and `report`.
    struct Runs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the recorded runs, or show one.",
            discussion: """
            Every `lcbudget report` and `lcbudget project --save` records a run: the scenario's \
            source text and SHA-256, the time (SOURCE_DATE_EPOCH when set), the lcbudget version, \
            every projected line and the derived figures.

            Examples:
              lcbudget runs
              lcbudget runs show 3
              lcbudget runs show 3 --source > riverside-as-recorded.yaml
            """,
            subcommands: [List.self, Show.self],
            defaultSubcommand: List.self
        )

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List every recorded run, oldest first.",
                discussion: """
                Examples:
                  lcbudget runs
                  lcbudget runs list --db records/riverside.sqlite
                """
            )

            @OptionGroup var store: StoreOptions

            func run() throws {
                let record = try RecordStore(path: store.db, create: false, readOnly: true)
                let runs = try record.runs()
                if runs.isEmpty { Console.out("no runs recorded in \(store.db)\n"); return }
                let rows = runs.map { r in
                    ["\(r.id)", r.recordedAt, r.command.rawValue, r.scenario, r.total.formatted(),
                     String(r.sourceSHA256.prefix(12)), r.toolVersion, r.sourceFile]
                }
                Console.out(PlainTable.render(header: ["ID", "Recorded", "Command", "Scenario", "Total", "Source SHA-256",
                                                      "Version", "File"], rows: rows))
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show one run: its lines, derived figures and advisories (or its source text).",
                discussion: """
                Examples:
                  lcbudget runs show 1
                  lcbudget runs show 1 --source > scenario-as-recorded.yaml
                """
            )

            @Argument(help: ArgumentHelp("The run's id (from `lcbudget runs`).", valueName: "id"))
            var id: Int64

            @Flag(help: "Print only the scenario's source text as recorded, to reproduce the run.")
            var source = false

            @OptionGroup var store: StoreOptions

            func run() throws {
                let record = try RecordStore(path: store.db, create: false, readOnly: true)
                let run = try record.run(id: id)
                if source { Console.raw(run.sourceText); return }
                var out = "Run \(run.id): \(run.scenario)\n"
                out += "Recorded \(run.recordedAt) by `lcbudget \(run.command.rawValue)` (lcbudget \(run.toolVersion))\n"
                out += "Source \(run.sourceFile), SHA-256 \(run.sourceSHA256)\n"
                out += "Start \(run.start), \(run.years) year\(run.years == 1 ? "" : "s")\n\n"
                out += PlainTable.render(header: ["Period", "Category", "Item", "Key", "Amount"],
                                         rows: run.lines.map { [$0.periodLabel, $0.category, $0.item, $0.key, $0.amount.formatted()] })
                out += "\n" + PlainTable.render(header: ["Figure", "Amount"],
                                                rows: run.figures.map { [$0.name, $0.amount?.formatted() ?? "n/a"] })
                if !run.advisories.isEmpty {
                    out += "\nAdvisories\n"
                    for a in run.advisories { out += "- [\(a.code)] \(a.message)\n" }
                }
                Console.out(out)
            }
        }
    }
}

/// A left-aligned text table for the record's listings (amount columns right-aligned).
enum PlainTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return cell.hasPrefix("$") || cell.hasPrefix("-$") ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        return line(header) + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            + rows.map(line).joined()
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}

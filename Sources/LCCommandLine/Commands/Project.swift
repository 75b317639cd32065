import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCReports
import LCStore

extension LCBudget {
    /// Prints the projection of one scenario as a table, JSON or CSV.
    struct Project: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Project a scenario's costs: by category and period, derived figures and advisories.",
            discussion: """
            Formats (--format):
              table  one row per category, a column per period, then the derived
                     figures, funding and advisories
              json   the shape fixed by the scenario format (docs/scenario-format.md)
              csv    one row per line item: period, category, item, amount; with
                     --funding, the ED 524 (Sections A and B and the unfunded
                     remainder) and SF-424A as one CSV file per form in --out DIR

            Examples:
              lcbudget project scenarios/guide-ten-month.yaml
              lcbudget project scenarios/district-two-year.yaml \\
                  --format json > budget.json
              lcbudget project scenarios/district-two-year.yaml --format csv
              lcbudget project scenarios/district-two-year.yaml --funding
              lcbudget project scenarios/rural-consortium.yaml \\
                  --funder "State educator innovation grant"
              lcbudget project scenarios/rural-consortium.yaml --funding \\
                  --format csv --out forms
              lcbudget project scenarios/district-two-year.yaml --save --db records.sqlite

            --save records the run (source text and hash, time, version, every line and \
            derived figure) in the SQLite record named by --db (default lcbudget.sqlite).
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

        @Argument(help: ArgumentHelp("The scenario file.", valueName: "file"))
        var file: String

        @Option(help: "Output format: table, json or csv.")
        var format: Format = .table

        @Flag(help: "Record this run in the SQLite record (--db).")
        var save = false

        @OptionGroup var store: StoreOptions

        @Flag(help: "With the table: add the funding views (ED 524 and its federal / non-federal sections, SF-424A, who pays, fiscal years, constant dollars; docs/funding.md). With --format csv: write the forms as CSV files into --out.")
        var funding = false

        @Option(help: ArgumentHelp("With the table: what one funding source is asked for (its name as in funding:): its categories by period, total request and ED 524 Sections A and B.", valueName: "name"))
        var funder: String?

        @Option(help: ArgumentHelp("With --funding --format csv: the folder for the forms' CSV files.", valueName: "dir"))
        var out: String?

        @Flag(help: "With --out: replace form files that exist.")
        var force = false

        /// A flag the chosen format would ignore is a mistake, not something to drop silently.
        func validate() throws {
            if funding && format == .json {
                throw ValidationError("--funding has no effect with --format json: the JSON always carries the funding views (docs/funding.md); leave --funding out")
            }
            if funding && format == .csv && out == nil {
                throw ValidationError("--funding --format csv writes one CSV file per form (ED 524, SF-424A); give the folder with --out DIR")
            }
            if out != nil && !(funding && format == .csv) {
                throw ValidationError("--out is only for --funding --format csv (the forms as CSV files); the other formats print to standard output")
            }
            if force && out == nil { throw ValidationError("--force is only for --out; leave it out") }
            if funder != nil && format != .table {
                throw ValidationError("--funder is for the table format; the JSON's who-pays view (whoPays.periods[].sources) has every source's figures")
            }
        }

        func run() throws {
            let analysis = try Analysis.load(path: file)
            let projection = analysis.projection
            if save { try RunRecorder.record(analysis, command: .project, db: store.db) }
            if let funder {
                Console.out(FundingSheets.text(FunderRequest.tables(projection, source: try analysis.funder(named: funder))))
                return
            }
            switch format {
            case .table: Console.out(ProjectionTable.render(projection) + (funding ? FundingSheets.text(projection) : ""))
            case .json: Console.raw(ProjectionJSON.render(projection))
            case .csv:
                guard let out else { return Console.raw(ProjectionCSV.render(projection)) }
                let slug = Slug.make(analysis.scenario.name, organization: analysis.scenario.organization)
                do {
                    let written = try AtomicOutput.write(FormsCSV.files(projection, slug: slug), into: URL(fileURLWithPath: out), force: force)
                    for url in written { Console.out("wrote \(url.path)\n") }
                } catch {
                    throw CommandFailure(writing: error, option: "--out")
                }
            }
        }
    }
}

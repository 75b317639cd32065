import ArgumentParser
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
              csv    one row per line item: period, category, item, amount

            Examples:
              lcbudget project scenarios/guide-ten-month.yaml
              lcbudget project scenarios/district-two-year.yaml \\
                  --format json > budget.json
              lcbudget project scenarios/district-two-year.yaml --format csv
              lcbudget project scenarios/district-two-year.yaml --funding
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

        @Flag(help: "With the table: add the funding views (ED 524 and its federal / non-federal sections, SF-424A, who pays, fiscal years, constant dollars; docs/funding.md).")
        var funding = false

        func run() throws {
            let loaded = try Console.loadScenario(file)
            let projection = Projector.project(loaded.scenario)
            if save { try RunRecorder.record(projection, loaded: loaded, command: .project, db: store.db) }
            switch format {
            case .table: Console.out(ProjectionTable.render(projection) + (funding ? FundingSheets.text(projection) : ""))
            case .json: Console.raw(ProjectionJSON.render(projection))
            case .csv: Console.raw(ProjectionCSV.render(projection))
            }
        }
    }
}

import ArgumentParser
import LCLoader
import LCModel
import LCReports

extension LCBudget {
    /// Prints the projection of one scenario as a table, JSON or CSV.
    struct Project: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Project a scenario's costs: by category and period, derived figures and advisories.",
            discussion: """
            table: one row per category, a column per period, then the derived figures, funding
                   and advisories.
            json:  the shape fixed by the scenario format (docs/scenario-format.md).
            csv:   one row per line item: period, category, item, amount.

            Examples:
              lcbudget project scenarios/guide-ten-month.yaml
              lcbudget project scenarios/district-two-year.yaml --format json > budget.json
              lcbudget project scenarios/district-two-year.yaml --format csv
              lcbudget project scenarios/district-two-year.yaml --funding
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

        @Argument(help: ArgumentHelp("The scenario file.", valueName: "file"))
        var file: String

        @Option(help: "Output format: table, json or csv.")
        var format: Format = .table

        @Flag(help: "With the table: add the funding views (ED 524, SF-424A, who pays, fiscal years, constant dollars; docs/funding.md).")
        var funding = false

        func run() throws {
            let loaded: LoadedScenario
            do {
                loaded = try ScenarioLoader.load(path: file)
            } catch {
                Console.report(error)
                throw ExitCode(1)
            }
            let projection = Projector.project(loaded.scenario)
            switch format {
            case .table: Console.out(ProjectionTable.render(projection) + (funding ? FundingSheets.text(projection) : ""))
            case .json: Console.out(ProjectionJSON.render(projection))
            case .csv: Console.out(ProjectionCSV.render(projection))
            }
        }
    }
}

import ArgumentParser
import LCModel
import LCReports
import LCStore

extension LCBudget {
    /// `lcbudget variance`: budget against actuals by period and category.
    struct VarianceReport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "variance",
            abstract: "Budget against actual spending, by project year and category, as of a date.",
            discussion: """
            The budget is the latest recorded run of the scenario, re-projected from its recorded \
            source text. For each period (planning on-ramp, each project year) and category: \
            budgeted, spent (actuals dated on or before --as-of), remaining, the share of the \
            period's days elapsed and the share of its budget spent, and a status:
              overspending   over the budget, or spent share > elapsed share + 10 points
              underspending  spent share < elapsed share - 10 points
              on track       otherwise

            --as-of defaults to the date of the latest imported actual.

            Examples:
              lcbudget variance "Riverside K-8 Maker Educator Learning Community" \\
                  --as-of 2028-01-31
              lcbudget variance riverside-k-8-maker-educator-learning-community \\
                  --format csv > variance.csv
              lcbudget variance riverside-k-8-maker-educator-learning-community \\
                  --format json --db records.sqlite
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

        @Argument(help: ArgumentHelp("The recorded scenario's name.", valueName: "scenario-name"))
        var scenario: String

        @Option(name: .customLong("as-of"), help: ArgumentHelp("Count spending up to this date (YYYY-MM-DD).", valueName: "date"))
        var asOf: String?

        @Option(help: "Output format: table, json or csv.")
        var format: Format = .table

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (record, budget) = try RecordedBudget.load(scenario, options: store)
            let name = budget.projection.scenario.name
            let actuals = try record.actuals(scenario: name)
            let date = try Console.asOfDate(asOf, actuals: actuals)
            let variance = budget.analysis.variance(actuals: actuals, asOf: date)
            switch format {
            case .table: Console.out(VarianceTable.render(variance))
            case .json: Console.raw(VarianceJSON.render(variance))
            case .csv: Console.raw(VarianceCSV.render(variance))
            }
        }
    }
}

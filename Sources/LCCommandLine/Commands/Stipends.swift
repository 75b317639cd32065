import ArgumentParser
import LCModel
import LCReports
import LCStore

extension LCBudget {
    /// `lcbudget stipends`: what each educator is owed from attendance.
    struct StipendList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stipends",
            abstract: "Per educator: hours attended by activity, stipend owed and credential hours.",
            discussion: """
            Rates come from the latest recorded run of the scenario. Meeting, planning and other \
            hours are paid: in project year k at stipends.hourly_rate (leader_hourly_rate for rows whose role \
            is leader) times (1+escalation.compensation)^(k-1), and in the planning on-ramp at \
            planning.hourly_rate. Coaching hours are not paid. Every attended hour is a \
            credential hour. Each amount is rounded once to cents; the totals reconcile with the \
            attendance rows (the table says so). The CSV has one row per educator, for payroll.

            Examples:
              lcbudget stipends "Riverside K-8 Maker Educator Learning Community"
              lcbudget stipends riverside-k-8-maker-educator-learning-community \\
                  --format csv > payroll.csv
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

        @Argument(help: ArgumentHelp("The recorded scenario's name.", valueName: "scenario-name"))
        var scenario: String

        @Option(help: "Output format: table, json or csv.")
        var format: Format = .table

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (record, budget) = try RecordedBudget.load(scenario, options: store)
            let model = budget.projection.scenario
            let rows = try record.attendance(scenario: model.name)
            let ledger = StipendLedger.compute(scenario: model, attendance: rows)
            switch format {
            case .table: Console.out(StipendsTable.render(ledger))
            case .json: Console.raw(StipendsJSON.render(ledger))
            case .csv: Console.raw(StipendsCSV.render(ledger))
            }
        }
    }
}

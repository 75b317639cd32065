import ArgumentParser

extension LCBudget {
    /// `lcbudget actuals import`: actual spending from receipts or the ledger.
    struct Actuals: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import actual spending for a recorded scenario.",
            subcommands: [Import.self]
        )

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import a CSV of actual spending (date, category, item, amount, payer, memo).",
                discussion: """
                The scenario must have a recorded run (`lcbudget project FILE --save`); name it as in \
                its `name:` (or by its slug). The header row names the columns, in any order:
                  date      YYYY-MM-DD, inside the project's planning on-ramp or years
                  category  planning, stipends, buyouts, substitutes, food, childcare, kits,
                            coaching, credentials, other or indirect
                  item      what was bought or paid for (not empty)
                  amount    dollars, at most two decimals; $ and thousands commas allowed;
                            negative for a refund
                  payer, memo  free text (may be empty)

                Any bad row refuses the whole file (every problem is listed as FILE:LINE:COLUMN) \
                and nothing is written. The same file imported twice is refused unless --again.

                Examples:
                  lcbudget actuals import "Riverside K-8 Maker Educator Learning Community" \\
                      scenarios/samples/riverside-made-up-actuals.csv
                  lcbudget actuals import riverside-k-8-maker-educator-learning-community \\
                      receipts-2028-02.csv --db records/riverside.sqlite
                """
            )

            @OptionGroup var input: ImportArguments

            func run() throws {
                try ImportFile.run(kind: .actuals, input)
            }
        }
    }
}

import ArgumentParser

/// `lcbudget`: costs, funds and reports educator learning communities (run by
/// `CommandLineTool.main()` from the `lcbudget` executable).
struct LCBudget: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "lcbudget",
        abstract: "Cost, fund and report an educator learning community from a scenario file.",
        discussion: """
        A scenario file (YAML, format 1) describes one community: its cohort, meetings, stipends, \
        buyouts, substitutes, food, childcare, kits, coaching, credentials, planning on-ramp and \
        funding. lcbudget projects its costs exactly for 1-5 years and writes the reports.

        Examples:
          lcbudget init makers.yaml
          lcbudget check scenarios/*.yaml
          lcbudget project scenarios/guide-ten-month.yaml
          lcbudget project scenarios/district-two-year.yaml --format json
          lcbudget report scenarios/district-two-year.yaml --out reports
          lcbudget simulate scenarios/riverside-uncertain.yaml
          lcbudget calendar scenarios/calendar-sample.yaml --ics meetings.ics
          lcbudget batch scenarios/ --out portfolio
          lcbudget import-workbook returned.xlsx --scenario FILE --out revised.yaml
          lcbudget serve --dir scenarios
        """,
        version: version,
        subcommands: [Init.self, Questionnaire.self, Check.self, Project.self, Report.self, CalendarCommand.self, Simulate.self, Compare.self, Fit.self,
                      Actuals.self, Attendance.self, VarianceReport.self, StipendList.self, Runs.self, Batch.self,
                      Fields.self, Serve.self, ImportWorkbook.self]
    )
}

import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCReports
import LCStore

extension LCBudget {
    /// Writes every report of one scenario into a folder.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the workbook, brief and justification of a scenario into a folder.",
            discussion: """
            Files are named after the scenario (its slug). Nothing is written when the scenario has \
            errors; an existing file is an error unless --force is given. Every file is written to a \
            temporary name and renamed into place only when all are complete.

            Every report run is recorded in the SQLite record named by --db (default \
            lcbudget.sqlite, created when missing). When the record holds actual spending for \
            the scenario, the budget-against-actuals variance (as of the latest actual) is \
            added to the reports.

            --templates DIR replaces the shipped brief and justification templates file by \
            file: DIR/brief.md.mustache is used instead of the shipped one, the others stay \
            (variables and examples: docs/reports.md).

            Examples:
              lcbudget report scenarios/district-two-year.yaml --out reports
              lcbudget report scenarios/district-two-year.yaml --out reports --force
              lcbudget report scenarios/district-two-year.yaml --out reports \\
                  --db records.sqlite
              lcbudget report scenarios/district-two-year.yaml --out reports \\
                  --templates district-templates
            """
        )

        @Argument(help: ArgumentHelp("The scenario file.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("Folder to write the reports into (created when missing).", valueName: "dir"))
        var out: String

        @Flag(help: "Overwrite reports that already exist.")
        var force = false

        @Option(help: ArgumentHelp("Folder of Mustache templates that replace the shipped ones.", valueName: "dir"))
        var templates: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let loaded = try Console.loadScenario(file)
            let projection = Projector.project(loaded.scenario)
            let record = try Console.open(store.db, create: true)
            let context = ReportContext.report(projection, source: loaded.source,
                                               templatesDirectory: templates.map { URL(fileURLWithPath: $0) },
                                               variance: try RunRecorder.variance(of: projection, in: record))
            do {
                let files = try ReportBundle.files(slug: Slug.make(loaded.scenario.name), context: context)
                let written = try AtomicOutput.write(files, into: URL(fileURLWithPath: out), force: force,
                                                     midWrite: OutputPause.hook())
                for url in written { Console.out("wrote \(url.path)\n") }
                try RunRecorder.record(projection, loaded: loaded, command: .report, into: record)
            } catch {
                Console.error("lcbudget: error: \(error)")
                throw ExitCode(1)
            }
        }
    }
}

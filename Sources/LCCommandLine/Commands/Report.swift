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
              lcbudget report scenarios/rural-consortium.yaml --out reports \\
                  --funder "State educator innovation grant"
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

        @Option(help: ArgumentHelp("Also write one funding source's request, <slug>-<funder>-request.md, and its ED 524 and SF-424A as <slug>-<funder>-ed524.csv and -sf424a.csv (its name as in funding:).", valueName: "name"))
        var funder: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let analysis = try Analysis.load(path: file)
            let loaded = analysis.loaded
            var context = ReportContext(projection: analysis.projection, source: loaded.source,
                                        templatesDirectory: templates.map { URL(fileURLWithPath: $0) })
            if let funder { context.funder = try analysis.funder(named: funder) }
            let slug = Slug.make(analysis.scenario.name, organization: analysis.scenario.organization)
            let freshRecord = ReportPublisher.isFresh(store.db)
            do {
                // Rendered once before anything is created, so a broken template or a bad --out
                // fails with no folder, staging files or database left behind.
                let names = try ReportBundle.files(slug: slug, context: context).map(\.name)
                // The record first: a --db that is not an lcbudget database is refused before
                // the folder is touched (and a new one is removed again if the run fails).
                let record = try RecordStore(path: store.db, create: true)
                // Every output's name is decided (and an existing one refused without --force)
                // before the expensive steps: the record's variance and the simulation.
                let set = try ReportSet.begin(folder: URL(fileURLWithPath: out), names: names,
                                              retire: ReportBundle.possibleNames(slug: slug), force: force,
                                              isCommitted: ReportPublisher.isCommitted)
                context.variance = try record.variance(of: analysis.projection)
                context.uncertainty = analysis.reportUncertainty(jobs: ProcessInfo.processInfo.activeProcessorCount)
                let sha256 = SHA256.hex(loaded.source)
                let pause = TestHooks.afterFirstReportFile
                // The run is recorded in the same transaction that seals the set: recorded if and
                // only if every file is complete (docs/reports.md).
                let id: Int64
                do {
                    id = try record.recordRun(analysis.projection, command: .report, sourceFile: loaded.file, sourceText: loaded.source,
                                              toolVersion: LCBudget.version, recordedAt: RecordClock.now(),
                                              outputSet: set.setID) { id in
                        var stamped = context
                        stamped.run = RunStamp(runID: id, sourceSHA256: sha256)
                        for (index, file) in try ReportBundle.files(slug: slug, context: stamped).enumerated() {
                            try set.write([file])
                            if index == 0 { pause?() }
                        }
                        try set.seal(record: ReportPublisher.absolute(store.db))
                    }
                } catch {
                    set.abandon()  // the transaction rolled back: the run is not recorded, so no file moves
                    throw error
                }
                for url in try set.publish() { Console.out("wrote \(url.path)\n") }
                Console.error("lcbudget: recorded run \(id) in \(store.db)")
            } catch {
                if freshRecord { ReportPublisher.removeFresh(store.db) }
                if error is StoreError { throw error }
                throw CommandFailure(writing: error, option: "--out")
            }
        }
    }
}

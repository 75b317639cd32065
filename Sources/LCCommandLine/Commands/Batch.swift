import ArgumentParser
import Dispatch
import Foundation
import LCLoader
import LCModel
import LCReports
import LCStore

extension LCBudget {
    /// Projects many scenarios at once into one record and one portfolio workbook and summary.
    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Project every scenario in files or folders into one record, workbook and summary.",
            discussion: """
            Each PATH is a scenario file or a folder searched recursively for *.yaml and *.yml \
            files (hidden ones skipped, sorted by path; a symbolic link inside a folder is not \
            followed). Every scenario is projected exactly as \
            `lcbudget project` does; files are parsed and projected on --jobs threads, and the \
            results never depend on --jobs.

            Writes, into --out (default: the current folder):
              portfolio.xlsx  sheet Portfolio: one row per scenario (planning, per-year
                              totals, total, cost per participant-year, advisories
                              count) and a totals row; sheet Line items: every line
                              of every scenario (past a sheet's 1,048,576
                              rows, on Line items 2, 3, ...)
              portfolio.md    the same table in Markdown, and every skipped file with
                              its error

            Both are written into a private staging folder and renamed into place only when both \
            are complete and the runs are recorded; an existing file is an error unless --force \
            is given.

            Every projected scenario is recorded as a `project` run in the SQLite record named \
            by --db, all in one transaction that commits only once both files are complete: \
            the runs are recorded if and only if the portfolio is published, and a batch that \
            fails (or is killed) records nothing.

            A file with errors is reported (file:line:column: error: ...) and skipped; the rest \
            are still projected, recorded and written. Exit status: 0 when every file was \
            projected, 1 when any was skipped (or nothing could be projected, or the outputs \
            or the record could not be written).

            Examples:
              lcbudget batch scenarios/ --out portfolio
              lcbudget batch district/ extra/pilot.yaml --out reports --db district.sqlite
              lcbudget batch district/ --out reports --jobs 4 --force
            """
        )

        @Argument(help: ArgumentHelp("Scenario files or folders of them.", valueName: "path"))
        var paths: [String]

        @Option(help: ArgumentHelp("Folder to write portfolio.xlsx and portfolio.md into (created when missing).", valueName: "dir"))
        var out: String = "."

        @OptionGroup var store: StoreOptions

        @Option(help: ArgumentHelp("Threads for parsing and projecting (default: the number of cores).", valueName: "n"))
        var jobs: Int?

        @Flag(help: "Overwrite portfolio files that already exist.")
        var force = false

        static let outputNames = ["portfolio.xlsx", "portfolio.md"]
        /// Runs the record may hold queued (as rows to insert, a few KB each): recording waits for
        /// this many, or for the end of loading, then runs beside the workbook's compression.
        /// Fixed, so memory stays flat in the number of scenarios (docs/PERFORMANCE.md).
        static let recordQueue = 1024

        func validate() throws {
            if paths.isEmpty { throw ValidationError("Name at least one scenario file or folder.") }
            if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be from 1 to 256, found \(jobs).") }
        }

        func run() throws {
            let directory = URL(fileURLWithPath: out)
            let freshRecord = ReportPublisher.isFresh(store.db)
            // Locked, recovered and checked before any work, so nothing is recorded for a batch
            // whose outputs cannot be written.
            let set: ReportSet
            do {
                set = try ReportSet.begin(folder: directory, names: Self.outputNames, force: force,
                                          isCommitted: ReportPublisher.isCommitted)
            } catch {
                throw CommandFailure(ReportPublisher.message(error, option: "--out") + "; nothing recorded")
            }
            let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            // One pass, in flat memory: as each scenario is projected (in file order) its Line
            // items rows go into the workbook, its Portfolio row is kept, and its run goes into
            // the record's open transaction; then the files are written and sealed inside that
            // transaction, so the runs are recorded if and only if the portfolio is published.
            let stream = PortfolioStream(stagingPath: set.staging.appendingPathComponent("portfolio.xlsx.stream").path)
            let outcome = BatchOutcome()
            let paths = paths
            let record = ReportPublisher.absolute(store.db)
            let recorded = Result {
                let recordStore = try RecordStore(path: store.db, create: true)
                return try recordStore.recordRunStream(
                    command: .project, toolVersion: LCBudget.version, recordedAt: RecordClock.now(), outputSet: set.setID,
                    capacity: Self.recordQueue, deferred: true,
                    produce: { emit in
                        let loaded = PortfolioLoader.streamScenarios(paths: paths, jobs: threads) { scenario in
                            let hash = stream.append(scenario)
                            outcome.rows.append(PortfolioRow(file: scenario.file, projection: scenario.projection))
                            emit(RunToRecord(projection: scenario.projection, sourceFile: scenario.file, sourceText: scenario.source), hash)
                        }
                        outcome.loaded = loaded
                    },
                    afterProducing: {
                        // The workbook is closed on the loaders' side as soon as the last scenario
                        // is in: its compression (one core, the batch's longest single step) then
                        // runs beside the record's inserts, which start only when loading is done
                        // or the queue is full (`deferred`).
                        if let loaded = outcome.loaded, loaded.projected > 0 {
                            let portfolio = Portfolio(rows: outcome.rows, failures: loaded.failures)
                            // The Markdown summary is made beside the compression, not after it.
                            let summary = DedicatedThreads.start { outcome.markdown = PortfolioMarkdown.render(portfolio) }
                            outcome.workbook = Result { try stream.close(portfolio) }
                            summary.wait()
                        } else {
                            stream.endAppending()
                        }
                    },
                    whileRecording: { _ in
                        let loaded = outcome.loaded!
                        for warning in loaded.warnings { Console.error(warning.description) }
                        for failure in loaded.failures { Console.error(failure.message) }
                        guard loaded.projected > 0 else { outcome.nothingProjected = true; throw NothingProjected() }
                        // `afterProducing`, done by now, closed the workbook and made the summary.
                        let (workbook, markdown) = (outcome.workbook!, outcome.markdown!)
                        try set.write([
                            ReportFile(name: "portfolio.xlsx") { url in
                                try workbook.get()
                                try stream.move(to: url)
                            },
                            ReportFile.text("portfolio.md", markdown),
                        ])
                        try set.seal(record: record)
                    })
            }
            let loaded = outcome.loaded
            var problems: [Diagnostic] = []
            switch recorded {
            case .success(let ids):
                do {
                    for url in try set.publish() { Console.out("wrote \(url.path)\n") }
                } catch {
                    problems.append(Diagnostic(.error, "\(error); the next batch into \(out) finishes publishing", file: "lcbudget"))
                }
                Console.error("lcbudget: recorded \(ids.count) run\(ids.count == 1 ? "" : "s") (ids \(ids.first!)-\(ids.last!)) in \(store.db)")
            case .failure(let error):
                set.abandon()
                if freshRecord { ReportPublisher.removeFresh(store.db) }
                if outcome.nothingProjected {
                    throw CommandFailure("no scenario could be projected; nothing written or recorded")
                }
                problems.append((error as? StoreError)?.diagnostic ?? Diagnostic(.error, "\(error)", file: "lcbudget"))
                problems.append(Diagnostic(.error, "nothing was written or recorded", file: "lcbudget"))
            }
            if let loaded {
                let found = loaded.projected + loaded.failures.count
                Console.error("lcbudget: \(loaded.projected) of \(found) scenario file\(found == 1 ? "" : "s") projected" +
                              (loaded.failures.isEmpty ? "" : "; \(loaded.failures.count) skipped (errors above)"))
            }
            if !problems.isEmpty { throw CommandFailure(diagnostics: problems) }
            // The skipped files' errors were printed as the batch met them.
            if !(loaded?.failures.isEmpty ?? true) { throw ExitCode(1) }
        }
    }
}

/// Thrown inside the record's transaction when no file could be projected, so that nothing is
/// written and the transaction rolls back (the store reports it as an aborted transaction, so
/// `BatchOutcome.nothingProjected` says which it was).
private struct NothingProjected: Error {}

/// What the batch's loading leaves for the end: the Portfolio rows (appended one at a time, in
/// order, by the loader's delivery) and what the loader found, set once it returns.
private final class BatchOutcome: @unchecked Sendable {
    var rows: [PortfolioRow] = []
    var loaded: StreamedPortfolio?
    /// How closing the workbook went (set by the loaders' side once loading is done).
    var workbook: Result<Void, any Error>?
    /// The portfolio's Markdown summary, made while the workbook closes.
    var markdown: String?
    /// Set when the transaction was given up because no file could be projected.
    var nothingProjected = false
}

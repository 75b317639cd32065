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
            Each PATH is a scenario file or a folder searched recursively for *.yaml and *.yml
            files (hidden ones skipped, sorted by path). Every scenario is projected exactly as
            `lcbudget project` does; files are parsed and projected on --jobs threads, and the
            results never depend on --jobs.

            Writes, into --out (default: the current folder):
              portfolio.xlsx  sheet Portfolio: one row per scenario (planning, per-year totals,
                              total, cost per participant-year, advisories count) and a totals
                              row; sheet Line items: every line of every scenario
              portfolio.md    the same table in Markdown, and every skipped file with its error
            Both are written into a private staging folder and renamed into place only when both
            are complete and the runs are recorded; an existing file is an error unless --force
            is given.

            Every projected scenario is recorded as a `project` run in the SQLite record named
            by --db, all in one transaction that commits only once both files are complete:
            the runs are recorded if and only if the portfolio is published, and a batch that
            fails (or is killed) records nothing.

            A file with errors is reported (file:line:column: error: ...) and skipped; the rest
            are still projected, recorded and written. Exit status: 0 when every file was
            projected, 1 when any was skipped (or nothing could be projected, or the outputs
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
                Console.error("lcbudget: error: \(ReportPublisher.message(error, option: "--out")); nothing recorded")
                throw ExitCode(1)
            }
            let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            // The workbook's Line items rows are written (and the sources hashed) while later
            // scenarios still load; its Portfolio sheet and the file wait for all of them.
            let stream = PortfolioStream(stagingPath: set.staging.appendingPathComponent("portfolio.xlsx.stream").path)
            let batch = PortfolioLoader.loadScenarios(paths: paths, jobs: threads) { stream.append($0) }
            for warning in batch.warnings { Console.error(warning.description) }
            for failure in batch.failures { Console.error(failure.message) }
            guard !batch.scenarios.isEmpty else {
                set.abandon()
                Console.error("lcbudget: error: no scenario could be projected; nothing written or recorded")
                throw ExitCode(1)
            }
            let portfolio = batch.portfolio
            let files = [
                ReportFile(name: "portfolio.xlsx") { url in try stream.finish(portfolio, to: url) },
                ReportFile.text("portfolio.md", PortfolioMarkdown.render(portfolio)),
            ]
            // The files are written on another thread while the runs are inserted; the record's
            // transaction waits for them and seals the set before it commits, so the runs are
            // recorded if and only if the portfolio is published.
            let outcome = BatchOutcome()
            let written = DispatchSemaphore(value: 0)
            let writeFiles: @Sendable () -> Void = {
                outcome.written = Result { try set.write(files) }
                written.signal()
            }
            if threads > 1 { DispatchQueue.global().async(execute: writeFiles) } else { writeFiles() }
            let record = ReportPublisher.absolute(store.db)
            let recorded = Result {
                try Self.record(batch, db: store.db, hashes: stream.hashes, outputSet: set.setID) { _ in
                    written.wait()
                    try outcome.written!.get()
                    try set.seal(record: record)
                }
            }
            var failed = !batch.failures.isEmpty
            switch recorded {
            case .success(let ids):
                do {
                    for url in try set.publish() { Console.out("wrote \(url.path)\n") }
                } catch {
                    Console.error("lcbudget: error: \(error); the next batch into \(out) finishes publishing"); failed = true
                }
                Console.error("lcbudget: recorded \(ids.count) run\(ids.count == 1 ? "" : "s") (ids \(ids.first!)-\(ids.last!)) in \(store.db)")
            case .failure(let error):
                set.abandon()
                if freshRecord { ReportPublisher.removeFresh(store.db) }
                let text = (error as? StoreError).map { $0.description.hasPrefix("error:") ? "lcbudget: \($0)" : "\($0)" }
                    ?? "lcbudget: error: \(error)"
                Console.error(text)
                Console.error("lcbudget: error: nothing was written or recorded")
                failed = true
            }
            let found = batch.scenarios.count + batch.failures.count
            Console.error("lcbudget: \(batch.scenarios.count) of \(found) scenario file\(found == 1 ? "" : "s") projected" +
                          (batch.failures.isEmpty ? "" : "; \(batch.failures.count) skipped (errors above)"))
            if failed { throw ExitCode(1) }
        }

        /// Records every projected scenario in one transaction; `hashes[i]` is the SHA-256 of
        /// scenario i's source. `whileRecording` runs inside the transaction, before it commits.
        static func record(_ batch: LoadedPortfolio, db: String, hashes: [String], outputSet: String,
                           whileRecording: @escaping ([Int64]) throws -> Void) throws -> [Int64] {
            let store = try RecordStore(path: db, create: true)
            let runs = batch.scenarios.map { RunToRecord(projection: $0.projection, sourceFile: $0.file, sourceText: $0.source) }
            return try store.recordRuns(runs, hashes: hashes, command: .project, toolVersion: LCBudget.version,
                                        recordedAt: RecordClock.now(), outputSet: outputSet, whileRecording: whileRecording)
        }
    }
}

/// The result of a batch's file writing, set once by its own thread and read after the signal.
private final class BatchOutcome: @unchecked Sendable {
    var written: Result<Void, any Error>?
}

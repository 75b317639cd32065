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
            Both are written to temporary names and renamed into place only when both are
            complete; an existing file is an error unless --force is given.

            Every projected scenario is recorded as a `project` run in the SQLite record named
            by --db, all in one transaction: either every run of the batch is recorded or none.

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
            // Refuse before any work, so nothing is recorded for a batch whose outputs cannot be written.
            if !force, let existing = Self.outputNames.map({ directory.appendingPathComponent($0) })
                .first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
                Console.error("lcbudget: error: \(OutputError.exists(existing.path))")
                throw ExitCode(1)
            }
            let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            // The workbook's Line items rows are written (and the sources hashed) while later
            // scenarios still load; its Portfolio sheet and the file wait for all of them.
            let stream = PortfolioStream(stagingPath: directory.appendingPathComponent(
                ".portfolio.xlsx.\(ProcessInfo.processInfo.processIdentifier).stream.tmp").path)
            let batch = PortfolioLoader.loadScenarios(paths: paths, jobs: threads) { stream.append($0) }
            for warning in batch.warnings { Console.error(warning.description) }
            for failure in batch.failures { Console.error(failure.message) }
            guard !batch.scenarios.isEmpty else {
                Console.error("lcbudget: error: no scenario could be projected; nothing written or recorded")
                throw ExitCode(1)
            }
            let portfolio = batch.portfolio
            let files = [
                ReportFile(name: "portfolio.xlsx") { url in try stream.finish(portfolio, to: url) },
                ReportFile.text("portfolio.md", PortfolioMarkdown.render(portfolio)),
            ]
            // The record and the two files are independent: with two or more threads they are
            // written at the same time (SQLite on one, libxlsxwriter on the other).
            let outcome = BatchOutcome()
            let tasks: [@Sendable () -> Void] = [
                { outcome.recorded = Result { try Self.record(batch, db: store.db, hashes: stream.hashes) } },
                { outcome.written = Result { try AtomicOutput.write(files, into: directory, force: force) } },
            ]
            if threads > 1 {
                DispatchQueue.concurrentPerform(iterations: tasks.count) { tasks[$0]() }
            } else {
                tasks.forEach { $0() }
            }
            var failed = !batch.failures.isEmpty
            switch outcome.written {
            case .success(let urls)?: for url in urls { Console.out("wrote \(url.path)\n") }
            case .failure(let error)?: Console.error("lcbudget: error: \(error)"); failed = true
            case nil: failed = true
            }
            switch outcome.recorded {
            case .success(let ids)?:
                Console.error("lcbudget: recorded \(ids.count) run\(ids.count == 1 ? "" : "s") (ids \(ids.first!)-\(ids.last!)) in \(store.db)")
            case .failure(let error as StoreError)?:
                Console.error(error.description.hasPrefix("error:") ? "lcbudget: \(error)" : "\(error)"); failed = true
            case .failure(let error)?: Console.error("lcbudget: error: \(error)"); failed = true
            case nil: failed = true
            }
            let found = batch.scenarios.count + batch.failures.count
            Console.error("lcbudget: \(batch.scenarios.count) of \(found) scenario file\(found == 1 ? "" : "s") projected" +
                          (batch.failures.isEmpty ? "" : "; \(batch.failures.count) skipped (errors above)"))
            if failed { throw ExitCode(1) }
        }

        /// Records every projected scenario in one transaction; `hashes[i]` is the SHA-256 of scenario i's source.
        static func record(_ batch: LoadedPortfolio, db: String, hashes: [String]) throws -> [Int64] {
            let store = try RecordStore(path: db, create: true)
            let runs = batch.scenarios.map { RunToRecord(projection: $0.projection, sourceFile: $0.file, sourceText: $0.source) }
            return try store.recordRuns(runs, hashes: hashes, command: .project, toolVersion: LCBudget.version,
                                        recordedAt: RecordClock.now())
        }
    }
}

/// The two results of a batch's writing stage, each set once by its own task.
private final class BatchOutcome: @unchecked Sendable {
    var recorded: Result<[Int64], any Error>?
    var written: Result<[URL], any Error>?
}

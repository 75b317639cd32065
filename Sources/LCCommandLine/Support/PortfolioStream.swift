import Foundation
import LCLoader
import LCModel
import LCReports
import LCStore

/// What `batch` does with each projected scenario while the others are still loading: writes
/// its Line items rows into the portfolio workbook and hashes its source for the record.
///
/// ```swift
/// let stream = PortfolioStream(stagingPath: set.staging.appendingPathComponent("portfolio.xlsx.stream").path)
/// let loaded = PortfolioLoader.streamScenarios(paths: paths, jobs: 2) { hashes.append(stream.append($0)) }
/// try stream.close(portfolio)        // the Portfolio sheet, and the file compressed
/// try stream.move(to: temporaryURL)  // where the report set wants it
/// ```
///
/// `append` is called one scenario at a time in portfolio order (the loader's guarantee), and
/// the rows are written in that order on a thread of the stream's own (`SerialWorker`, at most
/// 64 scenarios waiting), so the workbook comes out exactly as if written after loading. A
/// workbook error stops the writing and is thrown by `close`; the hashes go on.
final class PortfolioStream: @unchecked Sendable {
    private var writer: PortfolioWorkbookWriter?
    private var failure: (any Error)?
    private var closed = false
    private var rows: SerialWorker<Projection>!
    /// Where libxlsxwriter writes the file at `close` (in the set's staging folder, so the rename
    /// into the caller's temporary name stays on one file system).
    let stagingPath: String

    init(stagingPath: String) {
        self.stagingPath = stagingPath
        do { writer = try PortfolioWorkbookWriter(path: stagingPath) } catch { failure = error }
        // Only the worker's thread touches `writer` and `failure` until `endAppending()`.
        rows = SerialWorker(capacity: 64) { [unowned self] projection in
            guard failure == nil, let writer else { return }
            do { try writer.append(projection) } catch { failure = error; self.writer = nil }
        }
    }

    /// Queues the scenario's Line items rows for writing; returns the SHA-256 hex of its source.
    func append(_ scenario: ProjectedScenario) -> String {
        rows.submit(scenario.projection)
        return SHA256.hex(scenario.source)
    }

    /// Waits until every appended scenario's rows are written (called by `close`; call it when
    /// the stream is given up unclosed, so its thread ends).
    func endAppending() {
        rows.finish()
    }

    /// Writes the Portfolio sheet and the file (libxlsxwriter compresses the whole workbook
    /// here: the batch's longest step after loading, so it runs while the record catches up).
    func close(_ portfolio: Portfolio) throws {
        endAppending()
        if let failure { throw failure }
        guard let writer else { throw OutputError.failed(stagingPath, reason: "the workbook was already written") }
        self.writer = nil
        do { try writer.finish(portfolio) } catch {
            try? FileManager.default.removeItem(atPath: stagingPath)
            failure = error
            throw error
        }
        closed = true
    }

    /// Moves the closed workbook to `url`.
    func move(to url: URL) throws {
        if let failure { throw failure }
        guard closed else { throw OutputError.failed(url.path, reason: "the workbook was never closed") }
        if rename(stagingPath, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: stagingPath)
            throw OutputError.failed(url.path, reason: reason)
        }
    }
}

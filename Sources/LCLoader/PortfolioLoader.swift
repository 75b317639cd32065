import Dispatch
import Foundation
import LCModel

/// Loads and projects every scenario file of a batch, in parallel, keeping the order found; a
/// bad file becomes a failure with its diagnostics and the rest still complete.
///
/// ```swift
/// let batch = PortfolioLoader.loadScenarios(paths: ["district/"], jobs: 2)
/// batch.scenarios.map(\.projection.total)   // in the order found, whatever `jobs` is
/// batch.portfolio.failures                   // the files skipped, with their errors
/// ```
public enum PortfolioLoader {
    public static func load(paths: [String], jobs: Int = 1) -> Portfolio {
        loadScenarios(paths: paths, jobs: jobs).portfolio
    }

    /// Every scenario found, with its source text and projection, kept in memory (the tests'
    /// and the line-items benchmark's way in; `batch` streams with `streamScenarios`).
    ///
    /// - Parameter inOrder: called with each projected scenario in the order found, as in
    ///   `streamScenarios`.
    public static func loadScenarios(paths: [String], jobs: Int = 1,
                                     inOrder: ((ProjectedScenario) -> Void)? = nil) -> LoadedPortfolio {
        let kept = KeptScenarios()
        let streamed = streamScenarios(paths: paths, jobs: jobs) { scenario in
            kept.list.append(scenario)
            inOrder?(scenario)
        }
        return LoadedPortfolio(scenarios: kept.list, failures: streamed.failures, warnings: streamed.warnings)
    }

    /// Loads and projects every scenario found, handing each to `inOrder` and keeping none:
    /// memory stays flat however many files there are.
    ///
    /// Workers take the next file from a shared counter (files differ in size), and each result
    /// goes to the file's own slot, so the order and the results never depend on `jobs`. A slot
    /// is emptied once delivered, and no worker starts a file more than `window` files ahead of
    /// the last one delivered, so a slow consumer (the record, the workbook) holds the loaders
    /// back instead of letting finished projections pile up.
    ///
    /// - Parameter inOrder: called with each projected scenario in the order found (skipped files
    ///   left out), one call at a time, as soon as it and every file before it are done: on a
    ///   worker thread, while the other workers go on loading.
    public static func streamScenarios(paths: [String], jobs: Int = 1, window: Int = 64,
                                       inOrder: @escaping (ProjectedScenario) -> Void) -> StreamedPortfolio {
        let found = ScenarioFinder.find(paths)
        let files = found.files
        let workers = max(1, min(jobs, files.count))
        let results = ResultSlots(count: files.count, window: max(window, 2 * workers), deliver: inOrder)
        // Threads of their own, not Dispatch's pool: see DedicatedThreads.
        DedicatedThreads.run(count: workers) { _ in
            while let index = results.nextIndex() {
                do {
                    let analysis = try Analysis.load(path: files[index])
                    results.set(index, .success(ProjectedScenario(file: files[index], source: analysis.loaded.source,
                                                                  projection: analysis.projection)))
                } catch {
                    results.set(index, .failure(PortfolioFailure(file: files[index], message: "\(error)")))
                }
            }
        }
        let failures = found.problems.filter { $0.severity == .error }.map { PortfolioFailure(file: $0.file, message: $0.description) }
            + results.failures
        return StreamedPortfolio(projected: results.delivered, failures: failures,
                                 warnings: found.problems.filter { $0.severity != .error })
    }
}

/// What `PortfolioLoader.streamScenarios` leaves once every scenario was handed on.
public struct StreamedPortfolio: Sendable {
    /// How many scenarios were projected and handed on.
    public var projected: Int
    /// The files skipped, in the order found.
    public var failures: [PortfolioFailure]
    /// Problems that skip nothing (a folder with no scenario files), as printed.
    public var warnings: [Diagnostic]
}

/// The scenarios `loadScenarios` keeps; appended to one call at a time (the delivery baton).
private final class KeptScenarios: @unchecked Sendable {
    var list: [ProjectedScenario] = []
}

/// One scenario of a batch: where it came from, its text as read, and its one projection.
public struct ProjectedScenario: Sendable {
    public var file: String
    /// The file's text byte for byte, for the store's record of the run.
    public var source: String
    public var projection: Projection
}

/// What `PortfolioLoader.loadScenarios` found: the projected scenarios and the skipped files.
public struct LoadedPortfolio: Sendable {
    public var scenarios: [ProjectedScenario]
    public var failures: [PortfolioFailure]
    /// Problems that skip nothing (a folder with no scenario files), as printed.
    public var warnings: [Diagnostic]

    /// One row per scenario, each read from its projection.
    public var portfolio: Portfolio {
        Portfolio(rows: scenarios.map { PortfolioRow(file: $0.file, projection: $0.projection) }, failures: failures)
    }
}

/// One result slot per file, written once each by whichever worker took the file, handed on in
/// file order as the slots fill, and emptied once handed on.
///
/// Delivery is a baton: the worker whose result completes the next undelivered run of slots
/// delivers that run (outside the lock) while the others keep loading; a worker finding the
/// baton taken leaves its result for the holder, who re-checks under the lock before letting go.
/// A worker asking for a file more than `window` files ahead of delivery waits for it to catch up.
///
/// Only results not yet handed on are held (by file index), so memory follows the window, not
/// the number of files: a slot per file would cost the size of a whole projection per file.
private final class ResultSlots: @unchecked Sendable {
    enum Result { case success(ProjectedScenario), failure(PortfolioFailure) }
    private let condition = NSCondition()
    private var pending: [Int: Result] = [:]
    private let count: Int
    private var next = 0
    private let window: Int
    private let deliver: (ProjectedScenario) -> Void
    /// Slots before this one have been handed on.
    private var handedOn = 0
    private var delivering = false
    private var failed: [(Int, PortfolioFailure)] = []
    private var successes = 0

    init(count: Int, window: Int, deliver: @escaping (ProjectedScenario) -> Void) {
        self.count = count
        self.window = window
        self.deliver = deliver
    }

    /// The next file no worker has taken (once delivery is within `window` of it), or nil when all are taken.
    func nextIndex() -> Int? {
        condition.lock(); defer { condition.unlock() }
        while next < count && next - handedOn >= window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ result: Result) {
        condition.lock()
        pending[index] = result
        guard !delivering else { condition.unlock(); return }
        delivering = true
        while handedOn < count, let ready = pending.removeValue(forKey: handedOn) {
            handedOn += 1
            switch ready {
            case .success(let scenario):
                successes += 1
                condition.unlock()
                deliver(scenario)
                condition.lock()
            case .failure(let failure):
                failed.append((handedOn - 1, failure))
            }
            // A loader waits in `nextIndex` only when the window is full; wake it when this
            // hand-on opens it, not at every scenario.
            if next - handedOn == window - 1 { condition.broadcast() }
        }
        delivering = false
        condition.unlock()
    }

    /// How many scenarios were handed on.
    var delivered: Int { condition.lock(); defer { condition.unlock() }; return successes }
    /// The files that failed, in file order.
    var failures: [PortfolioFailure] { condition.lock(); defer { condition.unlock() }; return failed.map(\.1) }
}

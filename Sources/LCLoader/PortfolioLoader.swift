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

    /// Every scenario found, with its source text and projection (what `batch` records and writes).
    ///
    /// Workers take the next file from a shared counter (files differ in size), and each result
    /// goes to the file's own slot, so the order and the results never depend on `jobs`.
    ///
    /// - Parameter inOrder: called with each projected scenario in the order found (skipped files
    ///   left out), one call at a time, as soon as it and every file before it are done: on a
    ///   worker thread, while the other workers go on loading. `batch` writes its workbook's
    ///   Line items rows there, overlapping the writing with the loading.
    public static func loadScenarios(paths: [String], jobs: Int = 1,
                                     inOrder: ((ProjectedScenario) -> Void)? = nil) -> LoadedPortfolio {
        let found = ScenarioFinder.find(paths)
        let files = found.files
        let results = ResultSlots(count: files.count, deliver: inOrder)
        let workers = max(1, min(jobs, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = results.nextIndex() {
                do {
                    let loaded = try ScenarioLoader.load(path: files[index])
                    let projection = Projector.project(loaded.scenario)
                    results.set(index, .success(ProjectedScenario(file: files[index], source: loaded.source, projection: projection)))
                } catch {
                    results.set(index, .failure(PortfolioFailure(file: files[index], message: "\(error)")))
                }
            }
        }
        var scenarios: [ProjectedScenario] = []
        var failures = found.problems.filter { $0.severity == .error }.map { PortfolioFailure(file: $0.file, message: $0.description) }
        for result in results.values {
            switch result {
            case .success(let scenario): scenarios.append(scenario)
            case .failure(let failure): failures.append(failure)
            case nil: break
            }
        }
        return LoadedPortfolio(scenarios: scenarios, failures: failures,
                               warnings: found.problems.filter { $0.severity != .error })
    }
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

/// One result slot per file, written once each by whichever worker took the file, and handed
/// on in file order as the slots fill.
///
/// Delivery is a baton: the worker whose result completes the next undelivered run of slots
/// delivers that run (outside the lock) while the others keep loading; a worker finding the
/// baton taken leaves its result for the holder, who re-checks under the lock before letting go.
private final class ResultSlots: @unchecked Sendable {
    enum Result { case success(ProjectedScenario), failure(PortfolioFailure) }
    private let lock = NSLock()
    private var slots: [Result?]
    private var next = 0
    private let deliver: ((ProjectedScenario) -> Void)?
    /// Slots before this one have been delivered.
    private var delivered = 0
    private var delivering = false
    init(count: Int, deliver: ((ProjectedScenario) -> Void)?) {
        slots = Array(repeating: nil, count: count)
        self.deliver = deliver
    }
    /// The next file no worker has taken, or nil when all are taken.
    func nextIndex() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }
    func set(_ index: Int, _ result: Result) {
        lock.lock()
        slots[index] = result
        guard let deliver, !delivering else { lock.unlock(); return }
        delivering = true
        while delivered < slots.count, let ready = slots[delivered] {
            delivered += 1
            lock.unlock()
            if case .success(let scenario) = ready { deliver(scenario) }
            lock.lock()
        }
        delivering = false
        lock.unlock()
    }
    var values: [Result?] { lock.lock(); defer { lock.unlock() }; return slots }
}

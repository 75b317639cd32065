import Dispatch
import Foundation
import LCModel

/// Loads and projects every scenario file of a batch, in parallel, keeping the order found; a
/// bad file becomes a failure with its diagnostics and the rest still complete.
public enum PortfolioLoader {
    public static func load(paths: [String], jobs: Int = 1) -> Portfolio {
        let found = ScenarioFinder.find(paths)
        let files = found.files
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { job in
            var index = job
            let stride = max(1, min(jobs, files.count))
            while index < files.count {
                do {
                    let loaded = try ScenarioLoader.load(path: files[index])
                    results.set(index, .success(PortfolioRow(file: files[index], projection: Projector.project(loaded.scenario))))
                } catch {
                    results.set(index, .failure(PortfolioFailure(file: files[index], message: "\(error)")))
                }
                index += stride
            }
        }
        var rows: [PortfolioRow] = []
        var failures = found.problems.filter { $0.severity == .error }.map { PortfolioFailure(file: $0.file, message: $0.description) }
        for result in results.values {
            switch result {
            case .success(let row): rows.append(row)
            case .failure(let failure): failures.append(failure)
            case nil: break
            }
        }
        return Portfolio(rows: rows, failures: failures)
    }
}

/// One result slot per file, written once each by whichever worker took the file.
private final class ResultSlots: @unchecked Sendable {
    enum Result { case success(PortfolioRow), failure(PortfolioFailure) }
    private let lock = NSLock()
    private var slots: [Result?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ result: Result) { lock.lock(); slots[index] = result; lock.unlock() }
    var values: [Result?] { lock.lock(); defer { lock.unlock() }; return slots }
}

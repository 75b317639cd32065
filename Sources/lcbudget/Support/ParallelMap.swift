import Dispatch
import Foundation

/// `map` on several threads, results in input order (so output never depends on the thread count).
///
/// ```swift
/// let hashes = ParallelMap.map(texts, threads: 2) { SHA256.hex($0) }
/// ```
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> U) -> [U] {
        let workers = max(1, min(threads, items.count))
        guard workers > 1 else { return items.map(transform) }
        let slots = Slots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Contiguous chunks: each worker writes its own part of the slots.
            let chunk = (items.count + workers - 1) / workers
            let range = (worker * chunk)..<min(items.count, (worker + 1) * chunk)
            for index in range { slots.set(index, transform(items[index])) }
        }
        return slots.values
    }
}

/// One slot per item, each written by exactly one worker.
private final class Slots<U>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [U?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: U) { lock.lock(); slots[index] = value; lock.unlock() }
    var values: [U] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
}

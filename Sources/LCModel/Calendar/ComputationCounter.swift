import Foundation

/// A thread-safe count, bound as a task-local by a test to count how often an expensive value
/// is computed during one run (`CalendarScheduler.counter`).
///
/// ```swift
/// let counter = ComputationCounter()
/// CalendarScheduler.$counter.withValue(counter) { _ = Projector.project(scenario) }
/// counter.count   // 1
/// ```
public final class ComputationCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    public init() {}

    public func increment() { lock.lock(); value += 1; lock.unlock() }

    public var count: Int { lock.lock(); defer { lock.unlock() }; return value }
}

import Foundation

/// Runs `work` on each item handed to it, in the order handed, on a thread of its own, holding
/// at most `capacity` items waiting (`submit` waits while that many are).
///
/// Why: `batch` hands each projected scenario on in portfolio order, one at a time, and
/// writing its rows into the workbook took as long as the loading itself; done by whichever
/// loader handed the scenario on, it held that loader while the other ran ahead and waited.
/// On a thread of its own the writing runs beside both loaders, and the cores share all of it.
///
/// ```swift
/// let worker = SerialWorker<Int>(capacity: 64) { print($0) }
/// for n in 1...3 { worker.submit(n) }
/// worker.finish()   // every item done, the thread ended
/// ```
public final class SerialWorker<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    /// The queue; a slot is emptied as its item is taken, so the item moves on whole.
    private var items: [Item?] = []
    private var head = 0
    /// Items done, kept for the submitting thread to release (see `submit`).
    private var done: [Item] = []
    private var ended = false
    private let capacity: Int
    private var thread: DispatchGroup?

    public init(capacity: Int, work: @escaping @Sendable (Item) -> Void) {
        self.capacity = max(1, capacity)
        thread = DedicatedThreads.start { [self] in
            while let item = next() {
                work(item)
                // Handed over whole (`consume`): no reference stays on this thread to be the last.
                condition.lock()
                done.append(consume item)
                condition.unlock()
            }
        }
    }

    /// Queues `item`, waiting while `capacity` items are queued.
    ///
    /// The items the worker has done are released here, on the submitting thread, not on the
    /// worker's: an item made on a loader's thread and freed on another thread goes back to
    /// the loader's malloc arena under its lock, and the worker then waited for that lock
    /// hundreds of times a batch (perf sched).
    public func submit(_ item: Item) {
        var release: [Item] = []
        defer { release.removeAll() }   // after the unlock below
        condition.lock(); defer { condition.unlock() }
        precondition(!ended, "SerialWorker.submit after finish()")
        while items.count - head >= capacity { condition.wait() }
        items.append(item)
        swap(&release, &done)
        // The worker waits only on an empty queue.
        if items.count - head == 1 { condition.broadcast() }
    }

    /// Waits until every queued item is done and the thread has ended; later calls return at once.
    public func finish() {
        condition.lock()
        ended = true
        condition.broadcast()
        let running = thread
        thread = nil
        condition.unlock()
        running?.wait()
    }

    private func next() -> Item? {
        condition.lock(); defer { condition.unlock() }
        while head == items.count && !ended { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head].take()
        head += 1
        // The submitter waits only on a full queue: wake it when this makes room.
        if items.count - head == capacity - 1 { condition.broadcast() }
        if head >= 64 && head * 2 >= items.count {   // drop what was taken, now and then
            items.removeFirst(head)
            head = 0
        }
        return item
    }
}

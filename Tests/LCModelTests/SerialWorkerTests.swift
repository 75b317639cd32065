import Foundation
import Testing
@testable import LCModel

/// `SerialWorker` does every item, in the order submitted, on one thread; it never holds more
/// than its capacity waiting; `finish` returns only when all is done, and may be called again.
@Suite struct SerialWorkerTests {
    /// What the worker's thread saw, read after `finish` (which orders it before the reads).
    final class Log: @unchecked Sendable {
        var items: [Int] = []
        var threads = Set<String>()
        var mostWaiting = 0
        let lock = NSLock()
        var submitted = 0
    }

    @Test func doesEveryItemInOrderOnOneThread() {
        let log = Log()
        let worker = SerialWorker<Int>(capacity: 3) { item in
            log.items.append(item)
            log.threads.insert("\(Unmanaged.passUnretained(Thread.current).toOpaque())")
            if item % 50 == 0 { Thread.sleep(forTimeInterval: 0.001) }   // let the queue fill
        }
        for item in 0..<500 { worker.submit(item) }
        worker.finish()
        #expect(log.items == Array(0..<500))
        #expect(log.threads.count == 1)
        worker.finish()   // a second call returns at once
    }

    @Test func holdsAtMostItsCapacityWaiting() {
        let log = Log()
        let capacity = 4
        let worker = SerialWorker<Int>(capacity: capacity) { item in
            // Items submitted but not yet taken: at most the capacity (plus this one, taken).
            log.lock.lock()
            log.mostWaiting = max(log.mostWaiting, log.submitted - item - 1)
            log.lock.unlock()
            Thread.sleep(forTimeInterval: 0.0005)
        }
        for item in 0..<100 {
            log.lock.lock(); log.submitted = item; log.lock.unlock()
            worker.submit(item)
        }
        worker.finish()
        #expect(log.mostWaiting <= capacity)
        #expect(log.mostWaiting >= 1)   // not vacuous: the submitter did run ahead
    }

    @Test func finishWithNothingSubmittedEndsTheThread() {
        let worker = SerialWorker<Int>(capacity: 8) { _ in Issue.record("nothing was submitted") }
        worker.finish()
    }
}

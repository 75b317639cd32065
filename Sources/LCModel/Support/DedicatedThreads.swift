import Foundation

/// Runs long-lived pipeline stages on threads of their own rather than on Dispatch's shared pool.
///
/// Dispatch sizes its pool to the number of cores and counts a busy or blocked work item
/// against it. In `batch` on a 2-core machine the producing stage held one pool thread and the
/// recording stage waited on it, so `concurrentPerform`'s second loader waited for a pool thread
/// for most of the run: the scenarios were read on one core while the other idled (a `perf`
/// timeline by thread; docs/PERFORMANCE.md). Stages that run for the whole batch and wait on
/// one another each get a thread, so `--jobs 2` loads on two threads from the first file.
///
/// ```swift
/// DedicatedThreads.run(count: 2) { worker in load(files, worker) }   // worker 0 on this thread
/// let producing = DedicatedThreads.start { produce() }
/// producing.wait()
/// ```
public enum DedicatedThreads {
    /// The stack each thread gets: the size of a main thread's, so deep input reads the same on
    /// every thread.
    static let stackSize = 8 << 20

    /// Runs `body(0)` … `body(count - 1)` at the same time, `body(0)` on the calling thread, and
    /// returns once every one has returned.
    public static func run(count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let finished = DispatchGroup()
        for index in 1..<max(count, 1) {
            finished.enter()
            spawn { body(index); finished.leave() }
        }
        body(0)
        finished.wait()
    }

    /// Starts `body` on a thread of its own; the group is left when `body` returns.
    public static func start(_ body: @escaping @Sendable () -> Void) -> DispatchGroup {
        let finished = DispatchGroup()
        finished.enter()
        spawn { body(); finished.leave() }
        return finished
    }

    private static func spawn(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = stackSize
        thread.start()
    }
}

import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCStore

/// Records `project --save` and `report` runs, and finds the variance `report` adds.
enum RunRecorder {
    static func record(_ projection: Projection, loaded: LoadedScenario, command: RunCommand, db: String) throws {
        let store = try Console.open(db, create: true)
        try record(projection, loaded: loaded, command: command, into: store)
    }

    static func record(_ projection: Projection, loaded: LoadedScenario, command: RunCommand, into store: RecordStore) throws {
        let id = try Console.attempt { () throws(StoreError) in
            try store.recordRun(projection, command: command, sourceFile: loaded.file, sourceText: loaded.source,
                                toolVersion: LCBudget.version, recordedAt: RecordClock.now())
        }
        Console.error("lcbudget: recorded run \(id) in \(store.path)")
    }

    /// The variance of this projection against the scenario's recorded actuals, as of the latest
    /// actual; nil when the record has no actuals for it (or has never seen the scenario).
    static func variance(of projection: Projection, in store: RecordStore) throws -> Variance? {
        try Console.attempt { () throws(StoreError) in try store.variance(of: projection) }
    }
}

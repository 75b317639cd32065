import Foundation
import LCLoader
import LCModel
import LCStore

/// Records `project --save` runs.
enum RunRecorder {
    static func record(_ analysis: Analysis, command: RunCommand, db: String) throws {
        let store = try RecordStore(path: db, create: true)
        let loaded = analysis.loaded
        let id = try store.recordRun(analysis.projection, command: command, sourceFile: loaded.file, sourceText: loaded.source,
                                     toolVersion: LCBudget.version, recordedAt: RecordClock.now())
        Console.error("lcbudget: recorded run \(id) in \(store.path)")
    }
}

import Foundation
import GRDB
import LCLoader
import LCModel
@testable import LCStore

/// A fresh temporary folder per test, removed by the caller's `defer`.
func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lcstore-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The worked example, loaded from its copy beside the sample actuals (`scenarios/samples/riverside.yaml`).
func riverside() throws -> LoadedScenario {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try ScenarioLoader.load(path: root.appendingPathComponent("scenarios/samples/riverside.yaml").path)
}

let riversideName = "Riverside K-8 Maker Educator Learning Community"

import Foundation
import FuzzSupport
import LCLoader
import LCModel

/// Feeds arbitrary bytes to the scenario loader and, when they load, to the projector.
/// Any crash, hang or sanitizer report is a bug: bad input must only ever produce diagnostics.
@main
enum FuzzScenario {
    static func main() {
        runFuzzer { data, size in
            guard let text = String(data: fuzzBytes(data, size), encoding: .utf8) else { return 0 }
            do {
                let loaded = try ScenarioLoader.parse(text, file: "fuzz.yaml")
                let projection = Projector.project(loaded.scenario)
                _ = projection.total
                _ = projection.presentValue
            } catch let error as ScenarioError {
                // A refusal must always say what is wrong.
                precondition(!error.diagnostics.isEmpty && error.diagnostics.allSatisfy { !$0.message.isEmpty })
            } catch {
                preconditionFailure("unexpected error type: \(error)")
            }
            return 0
        }
    }
}

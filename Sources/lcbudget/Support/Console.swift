import ArgumentParser
import Foundation
import LCLoader

/// Standard error and exit-status conventions shared by every command.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints every diagnostic of a bad file to standard error.
    static func report(_ error: ScenarioError) {
        for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
    }

    /// Loads a scenario for a command: on any problem, prints every diagnostic and exits with status 1.
    static func loadScenario(_ path: String) throws -> LoadedScenario {
        do {
            return try ScenarioLoader.load(path: path)
        } catch {
            report(error)
            throw ExitCode(1)
        }
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

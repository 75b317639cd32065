import ArgumentParser
import LCLoader
import LCModel

extension LCBudget {
    /// Validates scenario files and lists the guide's advisories as warnings.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate scenario files and show the guide's advisories.",
            discussion: """
            Errors are printed as FILE:LINE:COLUMN: error: message, advisories as \
            FILE:LINE:COLUMN: warning: [CODE] message. The exit status is 0 when every file is \
            valid (warnings allowed) and 1 when any file has errors.

            Examples:
              lcbudget check scenarios/guide-ten-month.yaml
              lcbudget check scenarios/*.yaml
            """
        )

        @Argument(help: ArgumentHelp("Scenario files to check.", valueName: "file"))
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Name at least one scenario file.") }
        }

        func run() throws {
            var failed = false
            for file in files {
                do {
                    let loaded = try ScenarioLoader.load(path: file)
                    let projection = loaded.project()
                    for advisory in projection.advisories {
                        let diagnostic = Diagnostic(.warning, "[\(advisory.code.rawValue)] \(advisory.message)",
                                                    at: loaded.location(of: advisory.input))
                        Console.error(diagnostic.description)
                    }
                    let count = projection.advisories.count
                    Console.out("\(file): ok (\(count) advisor\(count == 1 ? "y" : "ies"))\n")
                } catch {
                    Console.report(error)
                    failed = true
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}

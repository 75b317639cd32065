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
            var problems: [Diagnostic] = []
            for file in files {
                do {
                    let analysis = try Analysis.load(path: file)
                    for warning in analysis.advisoryDiagnostics { Console.error(warning.description) }
                    let count = analysis.advisories.count
                    Console.out("\(file): ok (\(count) advisor\(count == 1 ? "y" : "ies"))\n")
                } catch {
                    problems += error.diagnostics  // every file is checked before stopping
                }
            }
            if !problems.isEmpty { throw CommandFailure(diagnostics: problems) }
        }
    }
}

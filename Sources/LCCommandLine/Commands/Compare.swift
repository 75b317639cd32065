import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCReports

extension LCBudget {
    /// Compares two or more scenarios side by side.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare scenarios side by side per category and year, with the differences explained.",
            discussion: """
            The first file is the baseline: every other scenario is shown beside it with its \
            difference (other − first) per category and period, and a paragraph in plain words \
            says how much more or less it costs and which categories drive the difference. \
            With --out, comparison.md, comparison.json and comparison.xlsx are written into the folder (all or \
            nothing; an existing file is an error unless --force is given).

            Examples:
              lcbudget compare scenarios/guide-ten-month.yaml \\
                  scenarios/district-two-year.yaml
              lcbudget compare a.yaml b.yaml c.yaml --format json
              lcbudget compare a.yaml b.yaml --out comparison
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

        @Argument(help: ArgumentHelp("Two or more scenario files; the first is the baseline.", valueName: "file"))
        var files: [String]

        @Option(help: "Output format on standard output: table or json.")
        var format: Format = .table

        @Option(help: ArgumentHelp("Folder to write comparison.md, comparison.json and comparison.xlsx into.", valueName: "dir"))
        var out: String?

        @Flag(help: "Overwrite comparison files that already exist in --out.")
        var force = false

        func validate() throws {
            if files.count < 2 { throw ValidationError("Name at least two scenario files to compare.") }
        }

        func run() throws {
            var projections: [Projection] = []
            var problems: [Diagnostic] = []
            for file in files {
                do {
                    projections.append(try Analysis.load(path: file).projection)
                } catch {
                    problems += error.diagnostics  // every file is read before stopping
                }
            }
            if !problems.isEmpty { throw CommandFailure(diagnostics: problems) }
            // Headings use file names; full paths only when two files share a name.
            let base = files.map { URL(fileURLWithPath: $0).lastPathComponent }
            let names = Set(base).count == base.count ? base : files
            let comparison = ScenarioComparison(projections, names: names)
            if let out {
                let files = [ReportFile.text("comparison.md", ComparisonReport.markdown(comparison)),
                             ReportFile.text("comparison.json", ComparisonReport.json(comparison).rendered() + "\n"),
                             ReportFile(name: "comparison.xlsx") { url in try ComparisonWorkbook.write(comparison, to: url.path) }]
                do {
                    for url in try AtomicOutput.write(files, into: URL(fileURLWithPath: out), force: force) {
                        Console.error("wrote \(url.path)")
                    }
                } catch {
                    throw CommandFailure("\(error)")
                }
            }
            switch format {
            case .table: Console.out(ComparisonReport.text(comparison))
            case .json: Console.raw(ComparisonReport.json(comparison).rendered() + "\n")
            }
        }
    }
}

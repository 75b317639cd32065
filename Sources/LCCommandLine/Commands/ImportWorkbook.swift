import ArgumentParser
import Foundation
import LCDocument
import LCLoader
import LCModel
import LCReports
import LCStore

extension LCBudget {
    /// Reads the yellow inputs of a budget workbook that came back edited and writes the
    /// scenario it describes (docs/workbook.md, "Importing an edited workbook").
    struct ImportWorkbook: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-workbook",
            abstract: "Write the scenario an edited budget workbook describes, reporting each changed input.",
            discussion: """
            The workbook must be one `lcbudget report` wrote, with only its yellow inputs changed: \
            the Assumptions sheet's values and the Funding sheet's amounts. The workbook of the \
            original scenario is made again and every sheet, formula and fixed value is compared \
            with the edited file; any other change is refused, naming the sheet and cell, and \
            nothing is written. The new scenario is the original file with the changed inputs \
            written in (in place, comments kept, when each replaces a value the file writes; \
            otherwise the file is written out anew without its comments), checked by the same \
            rules as `lcbudget check`; its projection equals what the edited workbook computes \
            after recalculation.

            The original scenario is --scenario FILE; without it, the run the workbook was \
            written by (its "lcbudget run" property) is looked up in the record (--db), and the \
            scenario text recorded for it is used when its SHA-256 matches the workbook's.

            Each change is printed as `field: old → new (name, cell)`. NEW.yaml is written \
            whole or not at all; an existing file is an error unless --force is given.

            Examples:
              lcbudget report scenarios/riverside-worked-example.yaml --out reports
              # ... the budget office edits reports/<slug>.xlsx and sends it back ...
              lcbudget import-workbook returned.xlsx \\
                  --scenario scenarios/riverside-worked-example.yaml \\
                  --out revised.yaml
              lcbudget import-workbook returned.xlsx --out revised.yaml --force
              lcbudget project revised.yaml
            """
        )

        @Argument(help: ArgumentHelp("The edited workbook (.xlsx).", valueName: "edited.xlsx"))
        var file: String

        @Option(help: ArgumentHelp("The scenario file the workbook was written from.", valueName: "file"))
        var scenario: String?

        @Option(help: ArgumentHelp("The new scenario file to write.", valueName: "new.yaml"))
        var out: String

        @Flag(help: "Overwrite the new scenario file when it exists.")
        var force = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let edited: XlsxDocument
            do { edited = try XlsxDocument.read(path: file) } catch {
                throw CommandFailure(file: file, "\(error)")
            }
            let original = try originalScenario(edited)
            let result: WorkbookImport.Result
            do { result = try WorkbookImport.run(edited: edited, original: original) } catch {
                let suffix: String
                if case .structure = error {
                    suffix = "; only the yellow inputs (the Assumptions sheet's values and the Funding sheet's amounts) may be edited"
                } else {
                    suffix = ""
                }
                let lines = error.lines
                var problems = lines.prefix(20).map { Diagnostic(.error, "\($0)\(suffix)", file: file) }
                if lines.count > 20 {
                    problems.append(Diagnostic(.error, "… and \(lines.count - 20) more", file: file))
                    if !suffix.isEmpty {
                        problems.append(Diagnostic(.note, "so many differences suggest the workbook was written from another "
                                                   + "scenario than \(scenario ?? "the recorded run"); give the right one with --scenario FILE", file: file))
                    }
                }
                throw CommandFailure(ScenarioError(problems), then: "\(file) was not imported; nothing was written.")
            }
            for note in result.notes { Console.error("\(file): note: \(note)") }
            try Console.write(result.yaml, to: out, force: force, option: "--out")
            var text = result.changes.map { "\($0)\n" }.joined()
            if result.changes.isEmpty { text += "no input was changed\n" }
            Console.out(text + "wrote \(out)\n")
        }

        /// --scenario, or the recorded run the workbook names.
        func originalScenario(_ edited: XlsxDocument) throws -> LoadedScenario {
            if let scenario { return try Analysis.load(path: scenario).loaded }
            guard let idText = edited.customProperties["lcbudget run"], let id = Int64(idText) else {
                throw CommandFailure(file: file, "the workbook names no recorded run (its \"lcbudget run\" property is missing); "
                                     + "give the scenario it was written from with --scenario FILE")
            }
            guard FileManager.default.fileExists(atPath: store.db) else {
                throw CommandFailure(file: file, "the workbook was written by run \(id), but there is no record at \(store.db); "
                                     + "give the record with --db PATH, or the scenario with --scenario FILE")
            }
            let record = try RecordStore(path: store.db, create: false, readOnly: true)
            let run = try record.run(id: id)
            guard let hash = edited.customProperties["Scenario SHA-256"], hash == run.sourceSHA256 else {
                throw CommandFailure(file: file, "run \(id) in \(store.db) is not the one that wrote this workbook (the scenario's "
                                     + "SHA-256 differs); give the right --db, or the scenario with --scenario FILE")
            }
            return try Analysis(text: run.sourceText, file: run.sourceFile).loaded
        }
    }
}

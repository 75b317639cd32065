import ArgumentParser
import Foundation
import LCDocument
import LCLoader
import LCModel
import LCReports

extension LCBudget {
    /// The guide's Educator Input Questionnaire: write it, then read the answers back into a
    /// scenario (docs/questionnaire.md).
    struct Questionnaire: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the Educator Input Questionnaire, and turn educators' answers into scenario changes.",
            discussion: """
            Design the community from educators' own input, as the guide asks. `questionnaire \
            --out DIR` writes questionnaire.html (printable, or the wording for an online form) \
            and questionnaire.csv (the header the form's CSV export must have). \
            `questionnaire import ANSWERS.csv --scenario FILE` sums the answers up and proposes \
            the changes they imply; --apply writes them into FILE.

            Examples:
              lcbudget questionnaire --out survey
              lcbudget questionnaire --out survey \\
                  --scenario scenarios/calendar-sample.yaml
              lcbudget questionnaire import answers.csv \\
                  --scenario scenarios/calendar-sample.yaml
              lcbudget questionnaire import answers.csv \\
                  --scenario scenarios/calendar-sample.yaml --apply
            """,
            subcommands: [Write.self, Import.self],
            defaultSubcommand: Write.self
        )

        struct Write: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write questionnaire.html and questionnaire.csv into a folder.",
                discussion: """
                The page holds the guide's six questions and the seven a budget and a calendar \
                need (childcare, meeting times, busy weeks, diets, substitutes, materials, \
                visitors). Existing files are an error unless --force is given.

                Examples:
                  lcbudget questionnaire write --out survey
                  lcbudget questionnaire --out survey --scenario scenarios/calendar-sample.yaml
                """
            )

            @Option(help: ArgumentHelp("The folder to write into (created when missing).", valueName: "dir"))
            var out: String

            @Option(help: ArgumentHelp("A scenario whose community names the page.", valueName: "file"))
            var scenario: String?

            @Flag(help: "Overwrite questionnaire files that exist.")
            var force = false

            func run() throws {
                let name = try scenario.map { try Analysis.load(path: $0).scenario.name }
                let written: [URL]
                do {
                    written = try AtomicOutput.write(QuestionnaireFiles.files(for: name), into: URL(fileURLWithPath: out), force: force)
                } catch {
                    throw CommandFailure(writing: error, option: "--out")
                }
                for url in written { Console.out("wrote \(url.path)\n") }
            }
        }

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Sum up educators' answers and propose (or, with --apply, write) the scenario changes they imply.",
                discussion: """
                ANSWERS.csv is the form's CSV export: a header with the questions' wording (in any \
                order; other columns such as a timestamp or e-mail are ignored) and one row per \
                educator. The rules that turn answers into changes are in docs/questionnaire.md. \
                Without --apply nothing is written.

                Examples:
                  lcbudget questionnaire import answers.csv \\
                      --scenario scenarios/calendar-sample.yaml
                  lcbudget questionnaire import answers.csv --scenario my.yaml --apply
                """
            )

            @Argument(help: ArgumentHelp("The answers, as the form exports them.", valueName: "answers.csv"))
            var file: String

            @Option(help: ArgumentHelp("The scenario the answers are for.", valueName: "file"))
            var scenario: String

            @Flag(help: "Write the proposed changes into the scenario file.")
            var apply = false

            func run() throws {
                let loaded = try Analysis.load(path: scenario).loaded
                let responses = try QuestionnaireCSV.parse(try CSVFile.read(path: file), file: file)
                let summary = QuestionnaireSummary(responses)
                let (changes, notes) = summary.changes(for: loaded.scenario)
                Console.out(QuestionnaireReport.text(summary, changes: changes, notes: notes, scenarioFile: scenario))
                guard !changes.isEmpty else { return }
                guard apply else {
                    Console.out("Run again with --apply to write them.\n")
                    return
                }
                let applied = try QuestionnaireApply.apply(changes, to: loaded)
                try Console.write(applied.yaml, to: scenario, force: true, option: "--scenario")
                if !applied.keptComments {
                    Console.error("\(scenario): note: written out anew from its parsed content (new list entries cannot be patched in place), so its comments were not kept")
                }
                Console.out("wrote \(scenario)\n")
            }
        }
    }
}

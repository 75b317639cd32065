import ArgumentParser
import Foundation
import LCDocument
import LCLoader
import LCModel
import LCReports

extension LCBudget {
    /// Asks the few questions a scenario cannot default and writes a commented scenario that
    /// follows every recommendation of the guide (docs/scenario-format.md, "Start a new community").
    ///
    /// ```sh
    /// lcbudget init makers.yaml --answers answers.yaml   # wrote makers.yaml (0 advisories); …
    /// ```
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a new, commented scenario from a few answers, following the guide.",
            discussion: """
            Asks, in the terminal, what a scenario cannot default: the community's name, \
            organization, goal, first month, cohort size, leaders (and their salary, for the \
            buyout the guide recommends), meetings a year, meeting length, and whether meetings \
            run after school hours. A bracketed value is the answer an empty reply takes; an \
            answer that breaks its rule is asked again with the rule. Every other value is the \
            guide's recommendation or a modest figure to change, each explained in a comment \
            above its key, so `lcbudget check FILE` shows no advisory.

            With --answers, the answers are read from a YAML file instead, with the keys name, \
            organization, goal, start, participants, leaders, leader_salary, meetings_per_year, \
            meeting_minutes and after_hours (name, goal, start and participants are required). \
            A bad answer is reported as FILE:LINE:COLUMN: error: and nothing is written.

            FILE is written whole or not at all; an existing file is an error unless --force is given.

            Examples:
              lcbudget init makers.yaml
              lcbudget init makers.yaml --answers answers.yaml
              lcbudget init makers.yaml --answers answers.yaml --force
              lcbudget check makers.yaml
            """
        )

        @Argument(help: ArgumentHelp("The scenario file to write.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("Read the answers from this YAML file instead of asking.", valueName: "answers.yaml"))
        var answers: String?

        @Flag(help: "Overwrite FILE when it exists.")
        var force = false

        func validate() throws {
            if file.isEmpty { throw ValidationError("Name the scenario file to write.") }
        }

        func run() throws {
            if !force, FileManager.default.fileExists(atPath: file) || isSymlink(file) {
                throw CommandFailure("\(OutputError.exists(file)); nothing was written.")
            }
            let given = try answers.map(readAnswers) ?? ask()
            let yaml = NewCommunity.commentedYAML(given)
            // The guide's promise, kept: the file loads and raises no advisory, or nothing is written.
            let advisories: [Advisory]
            do { advisories = try Analysis(text: yaml, file: file).advisories } catch {
                throw CommandFailure(error, then: "the scenario for these answers does not load; nothing was written.")
            }
            try Console.write(yaml, to: file, force: force, option: nil)
            let count = advisories.count
            Console.out("wrote \(file) (\(count) advisor\(count == 1 ? "y" : "ies")); next: lcbudget check \(file)\n")
        }

        func isSymlink(_ path: String) -> Bool {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        }

        func readAnswers(_ path: String) throws -> NewCommunity.Answers {
            do {
                let text = try ScenarioLoader.readText(path: path)
                return try NewCommunity.answers(text: text, file: path)
            } catch {
                throw CommandFailure(error, then: "\(file) was not written.")
            }
        }

        /// Asks each question on standard error and reads the reply from standard input; a
        /// reply that breaks the rule is asked again, with the rule.
        func ask() throws -> NewCommunity.Answers {
            var answers = NewCommunity.Answers()
            prompt("Answer a few questions; press Return to take the value in brackets.\n")
            for question in NewCommunity.questions where question.applies(answers) {
                while true {
                    let bracket = question.defaultText.map { " [\($0)]" } ?? ""
                    prompt("\(question.prompt)\(bracket): ")
                    guard let line = readLine(strippingNewline: true) else {
                        prompt("\n")  // the unanswered prompt's line ends before the error
                        throw CommandFailure("input ended before every question was answered; \(file) was not written.")
                    }
                    guard let rule = NewCommunity.answer(question, line, into: &answers) else { break }
                    prompt("  \(rule).\n")
                }
            }
            return answers
        }

        func prompt(_ text: String) {
            FileHandle.standardError.write(Data(Console.inert(text).utf8))
        }
    }
}

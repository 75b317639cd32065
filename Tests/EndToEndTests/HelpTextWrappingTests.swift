import Foundation
import TestSupport
import Testing

/// Every command's `--help` at 80 columns: ArgumentParser wraps each paragraph to the terminal
/// itself and keeps every line break it is given, so a paragraph wrapped by hand in the source
/// comes out broken mid-sentence ("searched recursively for *.yaml and *.yml" / "files").
/// Paragraphs are written as one line (`\` at the end of source lines), and indented blocks
/// (tables, examples) fit in 79 columns and end with a blank line.
@Suite struct HelpTextWrappingTests {
    static let commands: [[String]] = [
        [], ["check"], ["project"], ["report"], ["calendar"], ["simulate"], ["compare"], ["fit"],
        ["actuals"], ["actuals", "import"], ["attendance"], ["attendance", "import"], ["variance"], ["stipends"],
        ["runs"], ["runs", "list"], ["runs", "show"], ["batch"], ["fields"], ["serve"], ["init"], ["import-workbook"], ["questionnaire"], ["questionnaire", "write"], ["questionnaire", "import"],
    ]

    /// `lcbudget ARGS --help` with COLUMNS=80, as a terminal of 80 columns would show it.
    static func help(_ command: [String]) throws -> String {
        try lcbudget(command + ["--help"], environment: ["COLUMNS": "80"]).stdout
    }

    /// The lines of the overview (abstract and discussion), where the prose is.
    static func overview(_ help: String) -> [Substring] {
        let text = help.components(separatedBy: "\nUSAGE:")[0]
        return text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// What is wrong with the overview's wrapping, one line each; empty when nothing is.
    static func problems(_ lines: [Substring]) -> [String] {
        var found: [String] = []
        for (index, line) in lines.enumerated() {
            if line.count > 80 { found.append("longer than 80 columns: \(line)") }
            guard index + 1 < lines.count else { continue }
            let next = lines[index + 1]
            guard let word = next.split(separator: " ").first, next.first != " " else { continue }
            if line.first == " " {
                // A table or an example is followed by a blank line: prose right after an
                // indented line is the tail of a line ArgumentParser had to break.
                found.append("an indented line is broken or runs into prose: \(line) / \(next)")
            } else if !line.isEmpty, line.count + 1 + word.count < 80 {
                // A paragraph's line ends only where its next word would not fit.
                found.append("a paragraph is broken before the line is full: \(line) / \(next)")
            }
        }
        return found
    }

    @Test(arguments: commands)
    func noProseLineIsBrokenOddly(_ command: [String]) throws {
        let help = try Self.help(command)
        #expect(help.contains("USAGE:"), "lcbudget \(command.joined(separator: " ")) --help printed no usage")
        #expect(Self.problems(Self.overview(help)) == [], "lcbudget \(command.joined(separator: " ")) --help")
    }

    @Test func theBatchSentenceIsIntact() throws {
        let lines = Self.overview(try Self.help(["batch"]))
        #expect(!lines.contains { $0.hasSuffix("*.yml") })
        let paragraph = lines.joined(separator: " ")
        #expect(paragraph.contains("Each PATH is a scenario file or a folder searched recursively for *.yaml and *.yml files (hidden ones skipped, sorted by path; a symbolic link inside a folder is not followed)."))
    }

    /// The check itself can fail: a hand-wrapped paragraph and a broken table line are caught.
    @Test func theCheckCatchesABrokenParagraph() {
        #expect(Self.problems(["Each PATH is a scenario file or a folder searched", "files (hidden ones skipped)."]).count == 1)
        #expect(Self.problems(["  portfolio.xlsx  sheet Portfolio: one row per scenario", "totals,"]).count == 1)
        #expect(Self.problems(["Examples:", "  lcbudget batch scenarios/", "", "Next paragraph."]) == [])
    }
}

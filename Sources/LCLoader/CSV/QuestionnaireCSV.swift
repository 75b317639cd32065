import Foundation
import LCModel

/// Reads the answers to the Educator Input Questionnaire as an online form exports them: a
/// header naming each question (the text `lcbudget questionnaire` writes, in any order and
/// letter case), then one row per educator. Other columns (a timestamp, an e-mail address) are
/// ignored and never read, so the brief's quotes stay anonymous.
///
/// ```swift
/// let responses = try QuestionnaireCSV.parse(text, file: "responses.csv")
/// responses.count   // 30
/// ```
public enum QuestionnaireCSV {
    /// Children one educator may list: more is a typing slip.
    static let maximumChildren = 20

    static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public static func parse(_ text: String, file: String) throws(ScenarioError) -> [QuestionnaireResponse] {
        let records = try CSVParser.parse(text, file: file)
        guard let header = records.first else {
            throw ScenarioError([Diagnostic(.error, "is empty; export the form's answers as CSV with its header row (lcbudget questionnaire writes the header)", file: file)])
        }
        var column: [String: Int] = [:]
        for (position, cell) in header.cells.enumerated() {
            if let question = EducatorQuestionnaire.questions.first(where: { key($0.text) == key(cell.text) }), column[question.id] == nil {
                column[question.id] = position
            }
        }
        let missing = EducatorQuestionnaire.questions.filter { column[$0.id] == nil }
        if !missing.isEmpty {
            let list = missing.map { "'\($0.text)'" }.joined(separator: ", ")
            throw ScenarioError([Diagnostic(.error, "the header has no column \(list); keep the questions' wording as `lcbudget questionnaire` writes it (questionnaire.csv), or rename the column to it",
                                            at: SourceLocation(file: file, line: header.line, column: 1))])
        }
        var problems: [Diagnostic] = []
        var responses: [QuestionnaireResponse] = []
        for record in records.dropFirst() {
            if record.cells.count != header.cells.count {
                let last = record.cells.last!
                problems.append(Diagnostic(.error, "this row has \(record.cells.count) field\(record.cells.count == 1 ? "" : "s") but the header names \(header.cells.count) (a missing column, or a comma that needs quotes)",
                                           at: SourceLocation(file: file, line: record.line, column: last.column)))
                continue
            }
            var answers: [String: String] = [:]
            for (id, index) in column { answers[id] = record.cells[index].text }
            let children = record.cells[column["children"]!]
            let count = children.text.trimmingCharacters(in: .whitespaces)
            if !count.isEmpty, Int(count).map({ !(0...maximumChildren).contains($0) }) ?? true {
                problems.append(Diagnostic(.error, "'\(count)' is not a number of children; write a whole number from 0 to \(maximumChildren) (0 if none)",
                                           at: SourceLocation(file: file, line: children.line, column: children.column)))
            }
            responses.append(QuestionnaireResponse(answers: answers))
        }
        if !problems.isEmpty { throw ScenarioError(problems) }
        if responses.isEmpty {
            throw ScenarioError([Diagnostic(.error, "has a header but no answers; export the form after educators have answered", file: file)])
        }
        return responses
    }
}

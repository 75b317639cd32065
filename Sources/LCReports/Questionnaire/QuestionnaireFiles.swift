import Foundation
import LCModel

/// The files `lcbudget questionnaire --out DIR` writes: the guide's Educator Input Questionnaire
/// as a printable page, and the CSV header an online form built from it exports, so its answers
/// import as they are (docs/questionnaire.md). Deterministic: no date, no randomness.
///
/// ```swift
/// QuestionnaireFiles.files(for: "Riverside K-8 Maker Educator Learning Community").map(\.name)
/// // ["questionnaire.html", "questionnaire.csv"]
/// ```
public enum QuestionnaireFiles {
    public static let htmlName = "questionnaire.html"
    public static let csvName = "questionnaire.csv"

    public static func files(for community: String?) -> [ReportFile] {
        [ReportFile.text(htmlName, html(community: community)), ReportFile.text(csvName, csv)]
    }

    /// The header row only: the columns an online form's export must have.
    public static var csv: String { CSVField.row(EducatorQuestionnaire.csvHeader.map(CSVField.text)) }

    public static func html(community: String?) -> String {
        let e = CostChart.escape
        let title = community.map { "Educator input: \(e($0))" } ?? "Educator input questionnaire"
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <style>
        body { font-family: Helvetica, Arial, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; color: #222; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; }
        .q { margin: 1.1rem 0; break-inside: avoid; } .q p { margin: 0 0 0.3rem; font-weight: bold; }
        .lines { border-bottom: 1px solid #999; height: 1.6rem; } .options span { display: inline-block; margin-right: 1.2rem; }
        .hint { color: #555; font-size: 0.9rem; }
        @media print { body { padding: 0; font-size: 10.5pt; } }
        </style>
        </head>
        <body>
        <h1>\(title)</h1>
        <p>We are designing this learning community with you. Your answers shape when and how we meet, what we provide, and how we make it safe to try new things. Answers are anonymous: the budget brief may quote a few sentences, never a name.</p>
        <h2>Your experience and needs</h2>

        """
        for (number, q) in EducatorQuestionnaire.questions.enumerated() {
            if q.id == "children" { out += "<h2>Planning the meetings</h2>\n" }
            out += "<div class=\"q\" data-question=\"\(q.id)\">\n<p>\(number + 1). \(e(q.text))</p>\n"
            switch q.kind {
            case .open:
                out += String(repeating: "<div class=\"lines\"></div>\n", count: 4)
            case .count, .weeks:
                out += String(repeating: "<div class=\"lines\"></div>\n", count: q.kind == .weeks ? 2 : 1)
            case .yesNo:
                out += "<div class=\"options\"><span>☐ Yes</span><span>☐ No</span></div>\n"
            case .choices(let options):
                out += "<div class=\"options\">" + options.map { "<span>☐ \(e($0))</span>" }.joined() + "</div>\n"
            }
            out += "</div>\n"
        }
        out += """
        <p class="hint">For an online form: make one question per item above, with its exact wording (choices as checkboxes, Yes/No as a choice), and export the answers as CSV. The columns must match questionnaire.csv; then run <code>lcbudget questionnaire import answers.csv --scenario your-scenario.yaml</code>.</p>
        <p class="hint">Questions 1 to 6 are the Educator Input Questionnaire of “Educator Learning Communities: A Field Guide” (Maker Ed with Portland Public Schools, 2021).</p>
        </body>
        </html>

        """
        return out
    }
}

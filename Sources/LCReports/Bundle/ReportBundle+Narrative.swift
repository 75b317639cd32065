import Foundation

extension ReportBundle {
    /// The administrator brief (Markdown and HTML) and the budget justification.
    static func narrativeFiles(slug: String, context: ReportContext) throws -> [ReportFile] {
        let narrative = try Narrative(context)
        return [
            .text("\(slug)-brief.md", narrative.briefMarkdown),
            .text("\(slug)-brief.html", narrative.briefHTML),
            .text("\(slug)-justification.md", narrative.justification),
        ]
    }
}

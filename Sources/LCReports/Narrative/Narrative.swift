import Foundation
import LCModel

/// The administrator brief (Markdown and HTML) and the grant budget justification of one
/// projection, rendered from Mustache templates.
///
/// ```swift
/// let narrative = try Narrative(projection, templates: nil)   // shipped templates
/// narrative.briefMarkdown      // "# Riverside K-8 …"
/// ```
///
/// Everything is rendered up front, so a broken template stops the run before any file is written.
public struct Narrative: Sendable {
    public let briefMarkdown: String
    public let briefHTML: String
    public let justification: String

    public init(_ projection: Projection, templates: URL?) throws(TemplateError) {
        let set = try TemplateSet.load(overrides: templates)
        var brief = BriefModel(projection)
        briefMarkdown = try set.render("brief.md", brief)
        brief.chart = CostChart.svg(projection)
        briefHTML = try set.render("brief.html", brief)
        justification = try set.render("justification.md", JustificationModel(projection))
    }
}

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
    public let briefMarkdown, briefHTML, justification: String

    /// The brief and justification of `projection`; the brief adds a "How sure are we" paragraph
    /// when `uncertainty` is given and a "Spending so far" paragraph when `variance` is, and says
    /// when the community meets when the scenario has a `calendar:`.
    public init(_ projection: Projection, templates: URL?, uncertainty: SimulationSummary? = nil,
                variance: Variance? = nil, run: RunStamp? = nil, inputs: [ScenarioInput]? = nil) throws(TemplateError) {
        let set = try TemplateSet.load(overrides: templates)
        var brief = BriefModel(projection)
        brief.run = run.map(RunView.init)
        brief.uncertainty = uncertainty.map { UncertaintyView($0, projection: projection, catalog: inputs) }
        brief.variance = variance.map(VarianceView.init)
        briefMarkdown = try set.render("brief.md", brief)
        brief.chart = CostChart.svg(projection)
        briefHTML = try set.render("brief.html", brief)
        var justificationModel = JustificationModel(projection)
        justificationModel.run = run.map(RunView.init)
        justification = try set.render("justification.md", justificationModel)
    }

    /// Everything a report run knows: the projection, the district's templates, and the
    /// simulation and variance when the run has them.
    public init(_ context: ReportContext) throws(TemplateError) {
        try self.init(context.projection, templates: context.templatesDirectory,
                      uncertainty: context.uncertainty, variance: context.variance, run: context.run, inputs: context.inputs)
    }
}

/// `{{#run}}…{{/run}}` in the templates: the recorded run (`{{id}}`, `{{digest}}` the
/// scenario's SHA-256), absent when the files are rendered outside a recorded run.
struct RunView {
    let id, digest: String
    /// "SHA-256", given as a value so the templates type no numbers (`NarrativeFigureTests`).
    let hashName = "SHA-256"

    init(_ stamp: RunStamp) {
        id = "\(stamp.runID)"
        digest = stamp.sourceSHA256
    }
}

import Foundation
import LCModel
import Mustache

/// Each advisory's recommendation as the brief words it, as plain text: what following the
/// guide would change and what it costs (`Remedy`'s figures), for views that are not a brief
/// (the web workspace shows it beside the field the advisory concerns).
///
/// ```swift
/// let p = Projector.project(scenario)            // stipend $42.50/h
/// RecommendationText.sentences(p)[0]
/// // "Raise the stipend from $42.50 to the guide's $50.00 an hour, so … : $3,960.00 in year one, …"
/// ```
///
/// The sentences come from the shipped `recommendation.mustache`, rendered with no escaping
/// (the caller escapes for where the text goes); one per advisory, in advisory order.
public enum RecommendationText {
    public static func sentences(_ projection: Projection) -> [String] {
        guard let template = template else { return projection.advisories.map(\.recommendation) }
        return projection.advisories.map { advisory in
            template.render(RecommendationView(advisory, in: projection))
                .split(whereSeparator: \.isNewline).joined(separator: " ")
                .trimmingCharacters(in: .whitespaces)
        }
    }

    /// The shipped partial, parsed once, as text (no HTML or Markdown escaping).
    static let template: MustacheTemplate? = {
        guard let url = TemplateSet.shippedDirectory?.appendingPathComponent("recommendation.mustache"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
    }()
}

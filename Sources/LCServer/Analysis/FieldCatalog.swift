import LCModel
import LCReports

/// The server's view of the field registry: the form's groups as JSON (`GET /api/fields`), the
/// format's key order for the YAML emitter, and which field an advisory concerns.
///
/// PLACEHOLDER until `FieldRegistry` (LCModel) lands: top-level order only, no groups.
enum FieldCatalog {
    static let paths: [String] = ["format", "name", "organization", "goal", "start", "years", "school_year_start_month",
                                  "discount_rate", "cohort", "meetings", "stipends", "fringe", "buyouts", "substitutes",
                                  "food", "childcare", "kits", "coaching", "credentials", "planning", "other",
                                  "escalation", "indirect", "funding", "calendar",
                                  "fiscal_year_start_month", "form_524", "uncertainty"]

    static func path(forAdvisory code: String) -> String? { nil }

    static let json: JSONValue = .object([("groups", .array([]))])
}

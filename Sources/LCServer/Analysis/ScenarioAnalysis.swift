import Foundation
import LCLoader
import LCModel
import LCReports

/// One diagnostic as the API returns it: the loader's error or the guide's advisory, with the
/// path of the field it concerns so the page can show it beside that field.
///
/// ```json
/// {"path": "stipends.hourly_rate", "line": 19, "column": 16, "severity": "warning",
///  "code": "STIPEND_BELOW_GUIDE", "message": "The stipend of $42.50/h is below the guide's $50.00/h."}
/// ```
public struct FieldDiagnostic: Sendable, Equatable {
    public var path: String
    /// nil when the problem is the text as a whole (empty, not UTF-8, too large).
    public var line, column: Int?
    public var severity: Diagnostic.Severity
    /// The advisory code; nil for errors.
    public var code: String?
    public var message: String

    public var json: JSONValue {
        .object([("path", .string(path)), ("line", line.map { .int($0) } ?? .null),
                 ("column", column.map { .int($0) } ?? .null), ("severity", .string(severity.rawValue)),
                 ("code", code.map { .string($0) } ?? .null), ("message", .string(message))])
    }

    public static func list(_ diagnostics: [FieldDiagnostic]) -> JSONValue {
        .object([("diagnostics", .array(diagnostics.map(\.json)))])
    }
}

/// A scenario's YAML text loaded and projected the way the command line does it
/// (the pipeline, `Analysis`), with every diagnostic placed on its field.
///
/// ```swift
/// let analysis = ScenarioAnalysis(yaml: text, file: "riverside.yaml")
/// analysis.projection?.total        // $547,809.59
/// analysis.diagnostics.map(\.path)  // ["funding"]  (FUNDING_GAP)
/// ```
public struct ScenarioAnalysis: Sendable {
    public var yaml: String
    public var loaded: LoadedScenario?
    public var projection: Projection?
    /// The loader's errors when the text does not load, else the projection's advisories.
    public var diagnostics: [FieldDiagnostic]

    public var hasErrors: Bool { projection == nil }

    public init(yaml: String, file: String) {
        self.yaml = yaml
        do {
            let analysis = try Analysis(text: yaml, file: file)
            let (loaded, projection) = (analysis.loaded, analysis.projection)
            self.loaded = loaded
            self.projection = projection
            diagnostics = projection.advisories.map { advisory in
                let location = loaded.location(of: advisory.input)
                return FieldDiagnostic(path: ScenarioAnalysis.path(of: advisory), line: location.line,
                                       column: location.column, severity: .warning,
                                       code: advisory.code.rawValue, message: advisory.message)
            }
        } catch {
            let tree = YAMLTree(text: yaml)
            diagnostics = error.diagnostics.map { diagnostic in
                FieldDiagnostic(path: ScenarioAnalysis.path(of: diagnostic, in: tree), line: diagnostic.location?.line,
                                column: diagnostic.location?.column, severity: diagnostic.severity, code: nil,
                                message: diagnostic.message)
            }
        }
    }

    /// The field an advisory concerns: the input it names, else the field the registry says
    /// carries its code, else the section it asks for.
    static func path(of advisory: Advisory) -> String {
        if let input = advisory.input { return input }
        if let path = FieldCatalog.path(forAdvisory: advisory.code.rawValue) { return path }
        switch advisory.code {
        case .stipendBelowGuide: return "stipends"
        case .leaderRateNotIncreased, .leaderBuyoutBelowGuide: return "buyouts"
        case .onrampShort: return "planning"
        case .noCoaching: return "coaching"
        case .foodMissing: return "food"
        case .kitsMissing: return "kits"
        case .childcareMissing: return "childcare"
        default: return ""
        }
    }

    /// The field a loader diagnostic concerns: named in the message for a missing or unknown
    /// key (the location is then the mapping or the key), else found from line:column.
    static func path(of diagnostic: Diagnostic, in tree: YAMLTree?) -> String {
        for prefix in ["missing required key '", "unknown key '"] where diagnostic.message.hasPrefix(prefix) {
            let rest = diagnostic.message.dropFirst(prefix.count)
            if let end = rest.firstIndex(of: "'") { return dotted(String(rest[..<end])) }
        }
        guard let location = diagnostic.location, let tree else { return "" }
        return tree.path(line: location.line, column: location.column)
    }

    /// The loader's `funding[0].source` as the API's `funding.0.source`.
    static func dotted(_ path: String) -> String {
        path.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
    }
}

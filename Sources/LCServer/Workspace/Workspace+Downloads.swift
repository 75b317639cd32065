import Foundation
import LCModel
import LCReports

/// What `POST /api/download/{kind}` gives: one file of `lcbudget report`, or the scenario's YAML.
public enum DownloadKind: String, CaseIterable, Sendable {
    case xlsx
    case briefHTML = "brief.html"
    case briefMarkdown = "brief.md"
    case justification = "justification.md"
    case ics
    case yaml

    /// The file's name as `lcbudget report` writes it into `--out` (`<slug>-brief.html`).
    public func fileName(slug: String) -> String {
        switch self {
        case .xlsx: "\(slug).xlsx"
        case .briefHTML: "\(slug)-brief.html"
        case .briefMarkdown: "\(slug)-brief.md"
        case .justification: "\(slug)-justification.md"
        case .ics: "\(slug).ics"
        case .yaml: "\(slug).yaml"
        }
    }

    public var contentType: String {
        switch self {
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .briefHTML: "text/html; charset=utf-8"
        case .briefMarkdown, .justification: "text/markdown; charset=utf-8"
        case .ics: "text/calendar; charset=utf-8"
        case .yaml: "application/yaml; charset=utf-8"
        }
    }
}

extension Workspace {
    /// The bytes of one download for a document: exactly what `lcbudget report` writes for the
    /// same YAML (same `SOURCE_DATE_EPOCH`, same record for the variance), or the YAML itself.
    ///
    /// ```swift
    /// let (name, data) = try await workspace.download(.briefHTML, body: body)   // "riverside-…-brief.html"
    /// ```
    public func download(_ kind: DownloadKind, body: JSONValue) async throws -> (name: String, data: Data) {
        let yaml = try Workspace.documentYAML(body)
        let analysis = ScenarioAnalysis(yaml: yaml, file: Workspace.unsavedName)
        guard let projection = analysis.projection else {
            throw APIError(.unprocessableContent, body: FieldDiagnostic.list(analysis.diagnostics))
        }
        let slug = Slug.make(projection.scenario.name)
        let name = kind.fileName(slug: slug)
        if kind == .yaml { return (name, Data(yaml.utf8)) }
        let variance: Variance?
        do { variance = try await log.variance(of: projection) } catch { throw APIError(.internalServerError, "\(error)") }
        let context = ReportContext.report(projection, source: yaml, variance: variance)
        let files: [ReportFile]
        do { files = try ReportBundle.files(slug: slug, context: context) } catch {
            throw APIError(.internalServerError, "\(error)")
        }
        guard let file = files.first(where: { $0.name == name }) else {
            throw APIError(.notFound, "this scenario has no \(kind.rawValue) file (a calendar needs a calendar: section)")
        }
        return (name, try Workspace.render(file))
    }

    /// Writes one report file in a private temporary folder (the workbook library writes to a
    /// path) and reads it back.
    static func render(_ file: ReportFile) throws -> Data {
        var template = Array((FileManager.default.temporaryDirectory.path + "/lcbudget-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw APIError(.internalServerError, "cannot create a temporary folder") }
        let folder = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(file.name)
        do {
            try file.write(url)
            return try Data(contentsOf: url)
        } catch {
            throw APIError(.internalServerError, "could not write \(file.name): \(error)")
        }
    }
}

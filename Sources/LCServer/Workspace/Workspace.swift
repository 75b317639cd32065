import Foundation
import LCLoader
import LCModel
import LCReports
import LCStore

/// What the server works on: the scenario folder, the record, and the page's files. Every
/// answer of the API is computed here from a scenario's text with the same loader, projector
/// and report code as the command line, so the page and `lcbudget` can never disagree.
///
/// ```swift
/// let workspace = try Workspace(directory: "scenarios", database: "lcbudget.sqlite", toolVersion: "0.1.0")
/// let analysis = ScenarioAnalysis(yaml: text, file: "scenario.yaml")
/// let body = workspace.analyzeJSON(analysis)
/// ```
public struct Workspace: Sendable {
    public let folder: ScenarioFolder
    public let log: RunLog
    public let page: PageFiles

    public init(folder: ScenarioFolder, log: RunLog, page: PageFiles = .shipped) {
        (self.folder, self.log, self.page) = (folder, log, page)
    }

    /// The name messages use for text that did not come from a file.
    static let unsavedName = "scenario.yaml"

    // MARK: Documents

    /// The `document` member of a JSON body, as YAML (400 when the body is not such JSON).
    static func documentYAML(_ body: JSONValue, member: String = "document") throws -> String {
        guard case .object(let pairs) = body, let document = pairs.first(where: { $0.0 == member })?.1 else {
            throw APIError(.badRequest, "the body must be a JSON object with a \"\(member)\" member")
        }
        guard case .object = document else {
            throw APIError(.badRequest, "\"\(member)\" must be a JSON object: the scenario's YAML tree")
        }
        return YAMLEmitter.yaml(document)
    }

    static func json(_ bytes: [UInt8]) throws -> JSONValue {
        do { return try JSONParser.parse(bytes) } catch { throw APIError(.badRequest, error.description) }
    }

    /// A body that must be scenario YAML text: UTF-8, no NUL (as `lcbudget check` reads files);
    /// else 422 with the reason as a diagnostic.
    static func yamlText(_ bytes: [UInt8]) throws -> String {
        func refuse(_ message: String) -> APIError {
            APIError(.unprocessableContent, body: FieldDiagnostic.list([
                FieldDiagnostic(path: "", line: nil, column: nil, severity: .error, code: nil, message: message)]))
        }
        if let zero = bytes.firstIndex(of: 0) { throw refuse("is not a text file (binary data at byte \(zero))") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw refuse("is not UTF-8 text") }
        if text.allSatisfy(\.isWhitespace) {
            throw refuse("is empty; a scenario needs at least format, name, goal, start, years, cohort and meetings")
        }
        return text
    }

    // MARK: Analysis

    /// Draws behind the page's live "how sure is the total" figures: percentiles steady to
    /// about a percent, and a few milliseconds on one core (docs/PERFORMANCE.md), so they are
    /// recomputed on every edit. `lcbudget simulate` and the report use 100,000.
    public static let liveDraws = 10_000

    /// `POST /api/analyze`: everything the page shows as the user types. With an
    /// `uncertainty:` section, `uncertainty` is exactly `lcbudget simulate FILE --draws 10000
    /// --format json` (same seed, same figures).
    public static func analyzeJSON(_ analysis: ScenarioAnalysis) -> JSONValue {
        var remedies: [JSONValue] = []
        if let projection = analysis.projection {
            let sentences = RecommendationText.sentences(projection)
            for (advisory, sentence) in zip(projection.advisories, sentences) {
                let remedy = Remedy.for(advisory, in: projection)
                remedies.append(.object([("code", .string(advisory.code.rawValue)),
                                         ("path", .string(ScenarioAnalysis.path(of: advisory))),
                                         ("message", .string(sentence)),
                                         ("cost", .money(remedy?.totalDelta))]))
            }
        }
        return .object([
            ("yaml", .string(analysis.yaml)),
            ("diagnostics", .array(analysis.diagnostics.map(\.json))),
            ("projection", analysis.projection.map(ProjectionJSON.document) ?? .null),
            ("chartSVG", analysis.projection.map { .string(CostChart.svg($0)) } ?? .null),
            ("remedies", .array(remedies)),
            ("uncertainty", analysis.projection.flatMap(liveSimulation) ?? .null),
        ])
    }

    /// The simulation the page shows beside the total, when the scenario has uncertain inputs.
    static func liveSimulation(_ projection: Projection) -> JSONValue? {
        guard let uncertainty = projection.scenario.uncertainty, !uncertainty.inputs.isEmpty else { return nil }
        return SimulationJSON.document(Simulation.run(projection, uncertainty: uncertainty, draws: liveDraws,
                                                      seed: Simulation.defaultSeed, jobs: 1))
    }

    // MARK: Scenarios and runs

    /// `GET /api/scenarios`: the folder's files (name when they load) and the record's runs.
    public func scenariosJSON() async throws -> JSONValue {
        var files: [JSONValue] = []
        for name in folder.list() {
            guard let file = try? folder.read(name) else { continue }
            let loaded = try? Analysis(text: file.text, file: name)
            files.append(.object([("file", .string(name)), ("name", loaded.map { .string($0.scenario.name) } ?? .null),
                                  ("sha256", .string(file.sha256)), ("valid", .bool(loaded != nil))]))
        }
        let runs: [RunSummary]
        do { runs = try await log.runs() } catch { throw APIError(.internalServerError, "\(error)") }
        return .object([
            ("scenarios", .array(files)),
            ("runs", .array(runs.reversed().map { run in
                .object([("id", .number(String(run.id))), ("scenario", .string(run.scenario)),
                         ("file", .string(run.sourceFile)), ("command", .string(run.command.rawValue)),
                         ("sha256", .string(run.sourceSHA256)), ("total", .money(run.total)),
                         ("recordedAt", .string(run.recordedAt))])
            })),
        ])
    }

    /// `GET /api/scenarios/{file}`.
    public func scenarioJSON(_ raw: String) throws -> JSONValue {
        let file: ScenarioFolder.File
        do { file = try folder.read(raw) } catch { throw Workspace.apiError(error) }
        return .object([("file", .string(file.name)), ("yaml", .string(file.text)), ("sha256", .string(file.sha256)),
                        ("document", YAMLTree(text: file.text)?.document ?? .null)])
    }

    /// `PUT /api/scenarios/{file}`: checks, saves atomically unless the file changed, records the run.
    public func save(_ raw: String, body: JSONValue) async throws -> JSONValue {
        let yaml = try Workspace.documentYAML(body)
        var base: String?
        if case .object(let pairs) = body, let value = pairs.first(where: { $0.0 == "baseSha256" })?.1 {
            switch value {
            case .string(let text): base = text
            case .null: base = nil
            default: throw APIError(.badRequest, "\"baseSha256\" must be the SHA-256 the file was opened with, or null for a new file")
            }
        }
        guard let name = ScenarioFolder.fileName(raw) else { throw APIError(.notFound, "not found") }
        let analysis = ScenarioAnalysis(yaml: yaml, file: name)
        guard let projection = analysis.projection else {
            throw APIError(.unprocessableContent, body: FieldDiagnostic.list(analysis.diagnostics))
        }
        let saved: ScenarioFolder.File
        do { saved = try await folder.save(raw, text: yaml, baseSHA256: base) } catch {
            guard case .conflict(let current) = error else { throw Workspace.apiError(error) }
            let message = switch (base, current) {
            case (nil, _): "a file named \(name) already exists; open it, or save again to overwrite it"
            case (_, nil): "the file was removed since it was opened; save again to write it anew"
            default: "the file changed on disk since it was opened; reload it, or save again to overwrite it"
            }
            throw APIError(.conflict, body: .object([("error", .string(message)), ("sha256", current.map { .string($0) } ?? .null)]))
        }
        let runID: Int64
        do {
            runID = try await log.record(projection, file: folder.root.appendingPathComponent(saved.name).path, text: saved.text)
        } catch { throw APIError(.internalServerError, "saved \(saved.name), but the run could not be recorded: \(error)") }
        return .object([("file", .string(saved.name)), ("sha256", .string(saved.sha256)), ("runId", .number(String(runID)))])
    }

    static func apiError(_ error: ScenarioFolder.Failure) -> APIError {
        switch error {
        case .notFound: APIError(.notFound, "not found")
        case .conflict(let current):
            APIError(.conflict, body: .object([("error", .string("the file changed on disk since it was opened")),
                                               ("sha256", current.map { .string($0) } ?? .null)]))
        case .symbolicLink: APIError(.forbidden, "the file is a symbolic link; lcbudget does not write through links")
        case .io(let message): APIError(.internalServerError, message)
        }
    }
}

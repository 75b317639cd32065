import LCModel
import Foundation
import HTTPTypes
import Hummingbird
import LCReports
import NIOCore

/// The server's routes (docs/web.md, "API"), over one `Workspace`.
///
/// ```swift
/// let router = Routes.router(workspace: workspace, policy: SecurityPolicy(host: "127.0.0.1", port: 8321, token: nil))
/// let app = Application(router: router)
/// ```
///
/// Middleware, outermost first: security headers on every answer; errors as JSON; Host,
/// Origin and token checks; the 1 MB body limit.
public enum Routes {
    /// Bodies larger than this are refused with 413.
    public static let bodyLimit = 1_048_576

    public static func router(workspace: Workspace, policy: SecurityPolicy) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorJSONMiddleware())
        router.add(middleware: AccessMiddleware(policy: policy))
        router.add(middleware: BodyLimitMiddleware(limit: bodyLimit))
        addPage(router, workspace)
        addScenarios(router, workspace)
        addPipeline(router)
        addTools(router, workspace)
        return router
    }

    // MARK: The page

    static func addPage(_ router: Router<BasicRequestContext>, _ workspace: Workspace) {
        @Sendable func serve(_ name: String) throws -> Response {
            guard let file = workspace.page.file(name) else { throw APIError(.notFound, "not found") }
            return Response.bytes(ByteBuffer(bytes: file.data), contentType: file.contentType)
        }
        router.get("/") { _, _ in try serve("index.html") }
        router.get("/static/:name") { _, context in try serve(context.parameters.get("name") ?? "") }
        router.get("/healthz") { _, _ in Response.text("ok\n", contentType: "text/plain; charset=utf-8") }
        router.get("/api/fields") { _, _ in Response.json(FieldCatalog.json) }
        router.get("/api/template") { _, _ in
            Response.json(.object([("document", NewCommunity.document), ("yaml", .string(NewCommunity.yaml))]))
        }
    }

    // MARK: Scenario files

    static func addScenarios(_ router: Router<BasicRequestContext>, _ workspace: Workspace) {
        router.get("/api/scenarios") { _, _ in Response.json(try await workspace.scenariosJSON()) }
        router.get("/api/scenarios/:file") { _, context in
            Response.json(try workspace.scenarioJSON(context.parameters.get("file") ?? ""))
        }
        router.put("/api/scenarios/:file") { request, context in
            let body = try Workspace.json(try await request.bodyBytes(limit: bodyLimit))
            return Response.json(try await workspace.save(context.parameters.get("file") ?? "", body: body))
        }
    }

    // MARK: The pipeline

    static func addPipeline(_ router: Router<BasicRequestContext>) {
        router.post("/api/analyze") { request, _ in
            let body = try Workspace.json(try await request.bodyBytes(limit: bodyLimit))
            let analysis = ScenarioAnalysis(yaml: try Workspace.documentYAML(body), file: Workspace.unsavedName)
            return Response.json(Workspace.analyzeJSON(analysis), status: analysis.hasErrors ? .unprocessableContent : .ok)
        }
        router.post("/api/project") { request, _ in
            let analysis = try yamlAnalysis(try await request.bodyBytes(limit: bodyLimit))
            guard let projection = analysis.projection else {
                return Response.json(FieldDiagnostic.list(analysis.diagnostics), status: .unprocessableContent)
            }
            // Exactly `lcbudget project --format json`.
            return Response.text(ProjectionJSON.render(projection), contentType: "application/json; charset=utf-8")
        }
        router.post("/api/check") { request, _ in
            let analysis = try yamlAnalysis(try await request.bodyBytes(limit: bodyLimit))
            return Response.json(FieldDiagnostic.list(analysis.diagnostics), status: analysis.hasErrors ? .unprocessableContent : .ok)
        }
    }

    /// A YAML body loaded as `lcbudget check` loads a file (text problems as diagnostics).
    static func yamlAnalysis(_ bytes: [UInt8]) throws -> ScenarioAnalysis {
        ScenarioAnalysis(yaml: try Workspace.yamlText(bytes), file: Workspace.unsavedName)
    }

    // MARK: Compare, fit, downloads

    static func addTools(_ router: Router<BasicRequestContext>, _ workspace: Workspace) {
        router.post("/api/compare") { request, _ in
            Response.json(try workspace.compareJSON(try Workspace.json(try await request.bodyBytes(limit: bodyLimit))))
        }
        router.post("/api/fit") { request, _ in
            Response.json(try Workspace.fitJSON(try Workspace.json(try await request.bodyBytes(limit: bodyLimit))))
        }
        router.post("/api/download/:kind") { request, context in
            guard let kind = DownloadKind(rawValue: context.parameters.get("kind") ?? "") else {
                throw APIError(.notFound, "downloads are \(DownloadKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let body = try Workspace.json(try await request.bodyBytes(limit: bodyLimit))
            let (name, data) = try await workspace.download(kind, body: body)
            var response = Response.bytes(ByteBuffer(bytes: data), contentType: kind.contentType)
            // Slugs are letters of any script, digits and hyphens (Slug.make): an ASCII fallback
            // name plus the UTF-8 name percent-encoded (RFC 6266, RFC 8187), never raw bytes.
            if name.unicodeScalars.allSatisfy(\.isASCII) {
                response.headers[.contentDisposition] = "attachment; filename=\"\(name)\""
            } else {
                let ascii = String(name.unicodeScalars.map { $0.isASCII ? Character($0) : "_" })
                let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")
                let encoded = name.addingPercentEncoding(withAllowedCharacters: safe) ?? ascii
                response.headers[.contentDisposition] = "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
            }
            return response
        }
    }
}

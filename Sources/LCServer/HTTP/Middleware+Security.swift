import Foundation
import HTTPTypes
import Hummingbird
import LCReports
import NIOCore

/// An error the API answers with: the status and a JSON body (`{"error": "…"}` unless given).
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var body: JSONValue

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        body = .object([("error", .string(message))])
    }

    public init(_ status: HTTPResponse.Status, body: JSONValue) { (self.status, self.body) = (status, body) }
}

/// Every response carries the page's security headers: a Content-Security-Policy that allows
/// nothing but this server (no inline script, no other origin, no framing), and the headers
/// that stop sniffing, referrers and caching of budget data.
///
/// ```text
/// Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; …; frame-ancestors 'none'
/// ```
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    public static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Turns every error into a JSON answer with its status: `APIError` as given, a body over the
/// limit as 413, an unknown route as 404, anything unexpected as 500 (without its details).
public struct ErrorJSONMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return Response.json(error.body, status: error.status)
        } catch is NIOTooManyBytesError {
            return Response.json(.object([("error", .string("the request body is larger than 1 MB"))]), status: .contentTooLarge)
        } catch let error as HTTPError {
            let message = error.status == .notFound ? "not found" : error.body ?? error.status.reasonPhrase
            return Response.json(.object([("error", .string(message))]), status: error.status)
        } catch {
            context.logger.error("request failed: \(error)")
            return Response.json(.object([("error", .string("internal error"))]), status: .internalServerError)
        }
    }
}

/// Refuses a request whose `Host` is not this server's own (DNS rebinding) or whose `Origin`
/// is another site's (cross-site requests): 403. Then, when the server has a token, refuses a
/// request that does not carry it (403), in an `Authorization: Bearer` header, the
/// `lcbudget_token` cookie, or a `?token=` query that then sets that cookie (so the printed
/// address opens the page).
public struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    public static var cookieName: String { "lcbudget_token" }
    let policy: SecurityPolicy

    public init(policy: SecurityPolicy) { self.policy = policy }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard policy.allowsAuthority(request.head.authority) else {
            throw APIError(.forbidden, "the Host header does not name this server")
        }
        guard policy.allowsOrigin(request.headers[.origin]) else {
            throw APIError(.forbidden, "requests from other sites are refused")
        }
        guard policy.token != nil else { return try await next(request, context) }
        let query = request.uri.queryParameters.get("token")
        let bearer = request.headers[.authorization].flatMap { value -> String? in
            value.hasPrefix("Bearer ") ? String(value.dropFirst("Bearer ".count)) : nil
        }
        let cookie = request.cookies[Self.cookieName]?.value
        guard [query, bearer, cookie].contains(where: { $0 != nil && policy.acceptsToken($0) }) else {
            throw APIError(.forbidden, "an access token is required: open the address lcbudget serve printed")
        }
        var response = try await next(request, context)
        if let query, cookie != query {
            response.headers[values: .setCookie].append("\(Self.cookieName)=\(query); Path=/; HttpOnly; SameSite=Strict")
        }
        return response
    }
}

/// Refuses a body the `Content-Length` says is over the limit before reading it (413); a body
/// without a length is cut off at the limit when it is read (`Request.bodyBytes`).
public struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limit: Int

    public init(limit: Int) { self.limit = limit }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw APIError(.contentTooLarge, "the request body is larger than 1 MB")
        }
        return try await next(request, context)
    }
}

extension Response {
    /// A JSON answer (`JSONValue.rendered`: key order kept, money exact, `<>&` escaped).
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        text(value.rendered() + "\n", contentType: "application/json; charset=utf-8", status: status)
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(ByteBuffer(string: text), contentType: contentType, status: status)
    }

    static func bytes(_ buffer: ByteBuffer, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentLength] = String(buffer.readableBytes)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }
}

extension Request {
    /// The body, at most `limit` bytes (more: 413).
    func bodyBytes(limit: Int) async throws -> [UInt8] {
        let buffer = try await body.collect(upTo: limit)
        return Array(buffer.readableBytesView)
    }
}

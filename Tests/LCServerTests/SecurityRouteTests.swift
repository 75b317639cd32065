import Foundation
import TestSupport
import HTTPTypes
import HummingbirdTesting
import LCReports
import LCServer
import Testing

/// Host and Origin checks, the access token, the body limit and the security headers.
@Suite struct SecurityRouteTests {
    @Test("A Host that is not the server's own is refused with 403 (DNS rebinding)")
    func wrongHost() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // The router test client always sends Host: localhost (port 80); the server is on 8321.
        try await scratch.application(port: 8321).test(.router) { client in
            for uri in ["/", "/healthz", "/api/scenarios", "/no/such/route"] {
                let response = try await client.send(uri)
                #expect(response.status == .forbidden, "\(uri)")
                #expect(response.json["error"]?.string == "the Host header does not name this server")
            }
        }
    }

    @Test("Host names and ports the policy accepts")
    func hostPolicy() {
        let loopback = SecurityPolicy(host: "127.0.0.1", port: 8321, token: nil)
        #expect(loopback.allowsAuthority("127.0.0.1:8321"))
        #expect(loopback.allowsAuthority("localhost:8321"))
        #expect(loopback.allowsAuthority("LOCALHOST:8321"))
        #expect(loopback.allowsAuthority("[::1]:8321"))
        #expect(!loopback.allowsAuthority("evil.example:8321"))
        #expect(!loopback.allowsAuthority("127.0.0.1:8322"))
        #expect(!loopback.allowsAuthority("127.0.0.1"))
        #expect(!loopback.allowsAuthority("127.0.0.1:8321@evil.example"))
        #expect(!loopback.allowsAuthority(""))
        #expect(!loopback.allowsAuthority(nil))
        #expect(loopback.allowsOrigin(nil))
        #expect(loopback.allowsOrigin("http://localhost:8321"))
        #expect(!loopback.allowsOrigin("null"))
        #expect(!loopback.allowsOrigin("https://localhost:8321"))
        #expect(!loopback.allowsOrigin("http://evil.example:8321"))
        let lan = SecurityPolicy(host: "192.168.1.20", port: 80, token: "t")
        #expect(lan.allowsAuthority("192.168.1.20"))
        #expect(!lan.allowsAuthority("localhost"))
        #expect(SecurityPolicy.isLoopback("127.0.0.1") && SecurityPolicy.isLoopback("127.1.2.3") && SecurityPolicy.isLoopback("::1"))
        #expect(!SecurityPolicy.isLoopback("0.0.0.0") && !SecurityPolicy.isLoopback("127.0.0.256") && !SecurityPolicy.isLoopback("10.0.0.1"))
    }

    @Test("A request from another site (Origin) is refused with 403")
    func crossSite() async throws {
        try await Scratch().testRouter { scratch, client in
            for origin in ["http://evil.example", "null", "https://localhost", "http://localhost:8080"] {
                let response = try await client.send("/api/project", .post, body: shipped("guide-ten-month.yaml"),
                                                     headers: [.origin: origin])
                #expect(response.status == .forbidden, "\(origin)")
            }
            let own = try await client.send("/api/project", .post, body: shipped("guide-ten-month.yaml"),
                                            headers: [.origin: "http://localhost"])
            #expect(own.status == .ok)
        }
    }

    @Test("A server with a token refuses requests without it (403) and accepts header, query and cookie")
    func token() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let token = "0123456789abcdef0123456789abcdef"
        try await scratch.application(token: token).test(.router) { client in
            #expect(try await client.send("/healthz").status == .forbidden)
            #expect(try await client.send("/api/scenarios").status == .forbidden)
            #expect(try await client.send("/healthz", headers: [.authorization: "Bearer wrong"]).status == .forbidden)
            #expect(try await client.send("/healthz?token=\(token.dropLast())").status == .forbidden)
            #expect(try await client.send("/healthz", headers: [.authorization: "Bearer \(token)"]).status == .ok)
            let opened = try await client.send("/?token=\(token)")
            #expect(opened.status != .forbidden)
            #expect(opened.headers[.setCookie] == "lcbudget_token=\(token); Path=/; HttpOnly; SameSite=Strict")
            #expect(try await client.send("/api/scenarios", headers: [.cookie: "lcbudget_token=\(token)"]).status == .ok)
        }
    }

    @Test("Bodies over 1 MB are refused with 413, by Content-Length and by reading")
    func bodyLimit() async throws {
        try await Scratch().testRouter { scratch, client in
            let big = String(repeating: "#", count: Routes.bodyLimit + 1)
            for uri in ["/api/project", "/api/check", "/api/analyze", "/api/fit", "/api/compare", "/api/download/yaml"] {
                let response = try await client.send(uri, .post, body: big)
                #expect(response.status == .contentTooLarge, "\(uri)")
                #expect(response.json["error"]?.string == "the request body is larger than 1 MB")
            }
            let put = try await client.send("/api/scenarios/a.yaml", .put, body: big)
            #expect(put.status == .contentTooLarge)
            // Exactly the limit is read (and is then judged as a scenario).
            let atLimit = try await client.send("/api/check", .post, body: String(repeating: "#", count: Routes.bodyLimit - 1) + "\n")
            #expect(atLimit.status == .unprocessableContent)
        }
    }

    @Test("Every answer carries the CSP and the other security headers, errors included")
    func headers() async throws {
        try await Scratch().testRouter { scratch, client in
            for (uri, status) in [("/healthz", HTTPResponse.Status.ok), ("/nope", .notFound), ("/api/scenarios/..%2Fx.yaml", .notFound)] {
                let response = try await client.send(uri)
                #expect(response.status == status)
                let csp = response.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("default-src 'self'"))
                #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(!csp.contains("http:") && !csp.contains("https:") && !csp.contains("*"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }

    @Test("GET /healthz answers 200 ok; unknown routes 404 as JSON")
    func health() async throws {
        try await Scratch().testRouter { scratch, client in
            let health = try await client.send("/healthz")
            #expect(health.status == .ok)
            #expect(health.text == "ok\n")
            let missing = try await client.send("/api/nothing")
            #expect(missing.status == .notFound)
            #expect(missing.json["error"]?.string == "not found")
            #expect(try await client.send("/static/secret.txt").status == .notFound)
            #expect(try await client.send("/static/..%2FPageFiles.swift").status == .notFound)
        }
    }

    @Test("Hostile text comes back escaped in every JSON answer and in the chart")
    func hostileText() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let payload = "=HYPERLINK(\"http://evil.example\",\"x\")<script>alert(1)</script>&"
        var hostile = YAMLTree(text: shipped("riverside-worked-example.yaml"))!.document
        for path in ["name", "organization", "funding.0.source", "other.0.name"] {
            hostile = setting(hostile, path, .string(payload))
        }
        let document = hostile
        try await scratch.application().test(.router) { client in
            for uri in ["/api/analyze", "/api/download/yaml"] {
                let response = try await client.send(uri, .post, body: documentBody(document))
                #expect(response.status == .ok)
                if uri == "/api/analyze" {
                    #expect(!response.text.contains("<script"))
                    #expect(!response.text.contains("\u{2028}"))
                    let svg = response.json["chartSVG"]?.string ?? ""
                    #expect(!svg.contains("<script"))
                    #expect(response.json["projection"]?["scenario"]?.string == payload)
                } else {
                    // The YAML download is the scenario text itself (an attachment, never rendered).
                    #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; ") == true)
                }
            }
            let saved = try await client.send("/api/scenarios/hostile.yaml", .put, body: documentBody(document, extra: [("baseSha256", .null)]))
            #expect(saved.status == .ok)
            let listing = try await client.send("/api/scenarios")
            #expect(!listing.text.contains("<script"))
            #expect(listing.json["runs"]?[0]?["scenario"]?.string == payload)
        }
    }
}

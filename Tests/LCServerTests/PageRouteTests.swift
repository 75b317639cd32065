import Foundation
import TestSupport
import HummingbirdTesting
import LCServer
import Testing

/// The page's files come from the binary's resources, with their types, and nothing else does.
@Suite struct PageRouteTests {
    @Test("GET /, the four scripts and /static/app.css serve the shipped page; no inline script")
    func page() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let resources = packageRoot.appendingPathComponent("Sources/LCServer/Resources")
        try await scratch.application().test(.router) { client in
            for (uri, file, type) in [("/", "index.html", "text/html; charset=utf-8"),
                                      ("/static/page.js", "page.js", "text/javascript; charset=utf-8"),
                                      ("/static/form.js", "form.js", "text/javascript; charset=utf-8"),
                                      ("/static/analysis.js", "analysis.js", "text/javascript; charset=utf-8"),
                                      ("/static/app.js", "app.js", "text/javascript; charset=utf-8"),
                                      ("/static/app.css", "app.css", "text/css; charset=utf-8")] {
                let response = try await client.send(uri)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == type)
                #expect(Data(response.body.readableBytesView) == FileManager.default.contents(atPath: resources.appendingPathComponent(file).path))
            }
            let html = try await client.send("/").text
            // Every script is a file of this server (the CSP would block anything else anyway).
            let scripts = html.components(separatedBy: "<script").dropFirst()
            #expect(!scripts.isEmpty)
            for script in scripts {
                #expect(script.hasPrefix(" src=\"/static/") || script.contains("src=\"/static/"), "\(script.prefix(60))")
                #expect(script.drop(while: { $0 != ">" }).dropFirst().hasPrefix("</script>"))
            }
            #expect(!html.contains("http://") && !html.contains("https://"))
            #expect(html.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil)
        }
    }
}

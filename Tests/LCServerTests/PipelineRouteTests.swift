import Foundation
import TestSupport
import HummingbirdTesting
import LCLoader
import LCModel
import LCReports
import LCServer
import Testing

/// `POST /api/project`, `/api/check` and `/api/analyze`: the command line's answers, over HTTP.
@Suite struct PipelineRouteTests {
    @Test("POST /api/project is byte for byte `lcbudget project --format json` for every shipped scenario")
    func projectMatchesCommandLine() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        #expect(shippedScenarios.count >= 7)
        try await scratch.application().test(.router) { client in
            for name in shippedScenarios {
                let text = shipped(name)
                let expected = ProjectionJSON.render(Projector.project(try ScenarioLoader.parse(text, file: name).scenario))
                let response = try await client.send("/api/project", .post, body: text)
                #expect(response.status == .ok, "\(name)")
                #expect(response.text == expected, "\(name)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            }
        }
    }

    @Test("POST /api/project with errors: 422 and the diagnostics, each on its field")
    func projectErrors() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let text = shipped("riverside-worked-example.yaml").replacingOccurrences(of: "hourly_rate: 50.00", with: "hourly_rate: abc")
        try await scratch.application().test(.router) { client in
            let response = try await client.send("/api/project", .post, body: text)
            #expect(response.status == .unprocessableContent)
            let first = response.json["diagnostics"]?[0]
            #expect(first?["path"]?.string == "stipends.hourly_rate")
            #expect(first?["severity"]?.string == "error")
            #expect(first?["line"]?.string == "22")
            #expect(first?["column"]?.string == "16")
            #expect(first?["code"] == .null)
            #expect(first?["message"]?.string == loaderMessage(text))
            #expect(first?["message"]?.string?.hasPrefix("stipends.hourly_rate must be a number") == true)
        }
    }

    @Test("POST /api/check: advisories with path, line, column and code; errors 422 with the loader's message")
    func check() async throws {
        try await Scratch().testRouter { scratch, client in
            let ok = try await client.send("/api/check", .post, body: shipped("riverside-worked-example.yaml"))
            #expect(ok.status == .ok)
            let advisories = ok.json["diagnostics"]!.array
            #expect(advisories.count == 1)
            #expect(advisories[0]["code"]?.string == "FUNDING_GAP")
            #expect(advisories[0]["path"]?.string == "funding")
            #expect(advisories[0]["severity"]?.string == "warning")
            #expect(advisories[0]["line"]?.string == "68")

            // The same message the command line prints, and the field it concerns.
            let cases: [(String, String, String, String)] = [
                ("  participants: 24\n", "  participants: 24\n  particpants: 3\n", "cohort.particpants",
                 "unknown key 'cohort.particpants'; did you mean 'participants'?"),
                ("years: 2\n", "years: 9\n", "years", "years"),
                ("  participants: 24\n", "", "cohort.participants", "missing required key 'cohort.participants'"),
                ("    by_year: [60000, 60000]\n", "    by_year: [60000, x]\n", "funding.1.by_year.1",
                 "funding[1].by_year[1] must be a number"),
            ]
            for (old, new, path, start) in cases {
                let text = shipped("riverside-worked-example.yaml").replacingOccurrences(of: old, with: new)
                let bad = try await client.send("/api/check", .post, body: text)
                #expect(bad.status == .unprocessableContent, "\(path)")
                let diagnostic = bad.json["diagnostics"]?[0]
                #expect(diagnostic?["path"]?.string == path)
                #expect(diagnostic?["message"]?.string == loaderMessage(text))
                #expect(diagnostic?["message"]?.string?.hasPrefix(start) == true)
                #expect(diagnostic?["severity"]?.string == "error")
            }
        }
    }

    @Test("POST /api/check on text that is not a scenario: 422 with a message")
    func checkNotText() async throws {
        try await Scratch().testRouter { scratch, client in
            for (bytes, message) in [([UInt8]("a: 1\u{0}".utf8), "is not a text file (binary data at byte 4)"),
                                     ([0xFF, 0xFE, 0x41], "is not UTF-8 text"),
                                     ([UInt8]("  \n".utf8), "is empty; a scenario needs at least format, name, goal, start, years, cohort and meetings"),
                                     ([UInt8]("a: [1, 2\n".utf8), nil)] {
                let response = try await client.send("/api/check", .post, bytes: bytes)
                #expect(response.status == .unprocessableContent)
                let diagnostic = response.json["diagnostics"]?[0]
                if let message { #expect(diagnostic?["message"]?.string == message) }
                #expect(diagnostic?["severity"]?.string == "error")
            }
        }
    }

    @Test("POST /api/analyze: YAML, diagnostics, projection, chart and remedies; 422 with the same shape on errors")
    func analyze() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let text = shipped("riverside-worked-example.yaml").replacingOccurrences(of: "hourly_rate: 50.00", with: "hourly_rate: 42.50")
        let broken = text.replacingOccurrences(of: "years: 2", with: "years: two")
        try await scratch.application().test(.router) { client in
            let response = try await client.send("/api/analyze", .post, body: documentBody(text))
            #expect(response.status == .ok)
            let json = response.json
            let projection = Projector.project(try ScenarioLoader.parse(text, file: "a.yaml").scenario)
            #expect(json["projection"] == ProjectionJSON.document(projection))
            #expect(json["chartSVG"]?.string?.hasPrefix("<svg") == true)
            let codes = json["diagnostics"]!.array.compactMap { $0["code"]?.string }
            #expect(codes == ["STIPEND_BELOW_GUIDE", "FUNDING_GAP"])
            let remedy = json["remedies"]?[0]
            #expect(remedy?["code"]?.string == "STIPEND_BELOW_GUIDE")
            #expect(remedy?["path"]?.string == "stipends.hourly_rate")
            let fix = Remedy.for(projection.advisories[0], in: projection)!
            #expect(remedy?["cost"]?.string == fix.totalDelta.plain)
            #expect(remedy?["message"]?.string?.hasPrefix("Raise the stipend from $42.50 to the guide's $50.00 an hour") == true)
            // The funding gap has no price of its own (a figure, not a change).
            #expect(json["remedies"]?[1]?["cost"] == .null)

            let bad = try await client.send("/api/analyze", .post, body: documentBody(broken))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.json["projection"] == .null)
            #expect(bad.json["chartSVG"] == .null)
            #expect(bad.json["yaml"]?.string?.contains("years: two\n") == true)
            #expect(bad.json["diagnostics"]?[0]?["path"]?.string == "years")
        }
    }

    @Test("Bad JSON bodies: 400 with a message")
    func badJSON() async throws {
        try await Scratch().testRouter { scratch, client in
            for body in ["{", "[]", "{\"document\": 3}", "{\"doc\": {}}", String(repeating: "[", count: 200)] {
                let response = try await client.send("/api/analyze", .post, body: body)
                #expect(response.status == .badRequest, "\(body.prefix(20))")
                #expect(response.json["error"]?.string?.isEmpty == false)
            }
        }
    }
}

/// The loader's first message for `text` (what `lcbudget check` prints after FILE:LINE:COLUMN).
func loaderMessage(_ text: String) -> String? {
    do {
        _ = try ScenarioLoader.parse(text, file: "x.yaml")
        return nil
    } catch {
        return error.diagnostics.first?.message
    }
}

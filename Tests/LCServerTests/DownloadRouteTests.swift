import Foundation
import TestSupport
import HummingbirdTesting
import LCLoader
import LCModel
import LCReports
import LCServer
import Testing

/// `POST /api/download/{kind}`: the bytes `lcbudget report` writes for the same YAML.
@Suite struct DownloadRouteTests {
    /// What the report library writes for `yaml`, file by file (as `lcbudget report` does).
    static func reportFiles(_ yaml: String) throws -> [String: Data] {
        let loaded = try ScenarioLoader.parse(yaml, file: "x.yaml")
        let projection = Projector.project(loaded.scenario)
        let context = ReportContext.report(projection, source: yaml, variance: nil)
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var out: [String: Data] = [:]
        for file in try ReportBundle.files(slug: Slug.make(projection.scenario.name), context: context) {
            let url = folder.appendingPathComponent(file.name)
            try file.write(url)
            out[file.name] = try Data(contentsOf: url)
        }
        return out
    }

    @Test("Every download is byte-identical to the report library's file", arguments: ["calendar-sample.yaml", "riverside-uncertain.yaml"])
    func identical(_ name: String) async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let body = documentBody(shipped(name))
        let yaml = YAMLEmitter.yaml(YAMLTree(text: shipped(name))!.document)
        let expected = try Self.reportFiles(yaml)
        try await scratch.application().test(.router) { client in
            var seen = 0
            for kind in DownloadKind.allCases {
                let response = try await client.send("/api/download/\(kind.rawValue)", .post, body: body)
                if kind == .ics && !expected.keys.contains(where: { $0.hasSuffix(".ics") }) {
                    #expect(response.status == .notFound)
                    continue
                }
                #expect(response.status == .ok, "\(kind)")
                let disposition = response.headers[.contentDisposition] ?? ""
                let file = String(disposition.dropFirst("attachment; filename=\"".count).dropLast())
                #expect(response.headers[.contentType] == kind.contentType)
                let bytes = Data(response.body.readableBytesView)
                if kind == .yaml {
                    #expect(String(decoding: bytes, as: UTF8.self) == yaml)
                } else {
                    #expect(expected[file] == bytes, "\(kind) \(file)")
                    seen += 1
                }
            }
            #expect(seen == expected.count)
        }
    }

    @Test("Downloads of a scenario with errors: 422 and the diagnostics; unknown kinds 404")
    func errors() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let bad = documentBody(shipped("guide-ten-month.yaml").replacingOccurrences(of: "years: 1", with: "years: 0"))
        try await scratch.application().test(.router) { client in
            let response = try await client.send("/api/download/xlsx", .post, body: bad)
            #expect(response.status == .unprocessableContent)
            #expect(response.json["diagnostics"]?[0]?["path"]?.string == "years")
            #expect(try await client.send("/api/download/pdf", .post, body: documentBody(shipped("guide-ten-month.yaml"))).status == .notFound)
        }
    }
}

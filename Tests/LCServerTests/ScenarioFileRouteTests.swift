import Foundation
import TestSupport
import HummingbirdTesting
import LCLoader
import LCModel
import LCReports
import LCServer
import LCStore
import Testing

/// The scenario folder over HTTP: listing, opening, saving (atomic, conflict-checked,
/// recorded) and the paths that must stay unreachable.
@Suite struct ScenarioFileRouteTests {
    @Test("GET /api/scenarios lists the folder's files with name and hash, and the record's runs")
    func list() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        try "not: [yaml".write(to: scratch.directory.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try "x".write(to: scratch.directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "x".write(to: scratch.directory.appendingPathComponent(".hidden.yaml"), atomically: true, encoding: .utf8)
        try await scratch.application().test(.router) { client in
            let json = try await client.send("/api/scenarios").json
            let files = json["scenarios"]!.array
            #expect(files.compactMap { $0["file"]?.string } == ["broken.yaml", "guide-ten-month.yaml", "riverside-worked-example.yaml"])
            #expect(files[0]["name"] == .null && files[0]["valid"] == .bool(false))
            #expect(files[2]["name"]?.string == "Riverside K-8 Maker Educator Learning Community")
            #expect(files[2]["sha256"]?.string == SHA256.hex(Data(shipped("riverside-worked-example.yaml").utf8)))
            #expect(json["runs"]?.array.isEmpty == true)
        }
    }

    @Test("GET /api/scenarios/{file}: the text, its hash and its document")
    func open() async throws {
        try await Scratch().testRouter { scratch, client in
            let json = try await client.send("/api/scenarios/riverside-worked-example.yaml").json
            let text = shipped("riverside-worked-example.yaml")
            #expect(json["file"]?.string == "riverside-worked-example.yaml")
            #expect(json["yaml"]?.string == text)
            #expect(json["sha256"]?.string == SHA256.hex(Data(text.utf8)))
            #expect(json["document"]?["stipends"]?["hourly_rate"]?.string == "50.00")
            #expect(json["document"]?["funding"]?[1]?["by_year"]?[0]?.string == "60000")
        }
    }

    @Test("Paths outside --dir are 404: .., absolute, encoded, hidden, other extensions, links that leave it")
    func outsidePaths() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let outside = scratch.root.appendingPathComponent("secret.yaml")
        try shipped("guide-ten-month.yaml").write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: scratch.directory.appendingPathComponent("leak.yaml").path,
                                                   withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: scratch.directory.appendingPathComponent("relative.yaml").path,
                                                   withDestinationPath: "../secret.yaml")
        try FileManager.default.createSymbolicLink(atPath: scratch.directory.appendingPathComponent("inside.yaml").path,
                                                   withDestinationPath: "guide-ten-month.yaml")
        try FileManager.default.createDirectory(at: scratch.directory.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        let probes = ["../secret.yaml", "..%2Fsecret.yaml", "%2E%2E%2Fsecret.yaml", "..%252Fsecret.yaml",
                      "%2Fetc%2Fpasswd", "/etc/passwd", "..%5Csecret.yaml", "leak.yaml", "relative.yaml",
                      ".hidden.yaml", "secret.yaml%00.yaml", "folder.yaml", "guide-ten-month.txt",
                      "..", "%2e%2e", "missing.yaml"]
        try await scratch.application().test(.router) { client in
            for probe in probes {
                let response = try await client.send("/api/scenarios/\(probe)")
                #expect(response.status == .notFound, "\(probe)")
                #expect(!response.text.contains("Guide ten-month"), "\(probe)")
            }
            for probe in ["..%2Fsecret.yaml", "leak.yaml", "%2Ftmp%2Fx.yaml"] {
                let response = try await client.send("/api/scenarios/\(probe)", .put,
                                                     body: documentBody(shipped("guide-ten-month.yaml"), extra: [("baseSha256", .null)]))
                #expect(response.status == .notFound || response.status == .forbidden, "\(probe)")
            }
            // A link that stays in the folder reads like its target.
            #expect(try await client.send("/api/scenarios/inside.yaml").status == .ok)
        }
        #expect(try String(contentsOf: outside, encoding: .utf8) == shipped("guide-ten-month.yaml"))
    }

    @Test("PUT saves atomically, records a run, and the file loads and projects to the same cents")
    func save() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let original = shipped("riverside-worked-example.yaml")
        let sha = SHA256.hex(Data(original.utf8))
        let document = setting(YAMLTree(text: original)!.document, "cohort.participants", .string("30"))
        try await scratch.application().test(.router) { client in
            let response = try await client.send("/api/scenarios/riverside-worked-example.yaml", .put,
                                                 body: documentBody(document, extra: [("baseSha256", .string(sha))]))
            #expect(response.status == .ok)
            let path = scratch.directory.appendingPathComponent("riverside-worked-example.yaml").path
            let saved = try String(contentsOfFile: path, encoding: .utf8)
            #expect(response.json["sha256"]?.string == SHA256.hex(Data(saved.utf8)))
            #expect(response.json["runId"]?.string == "1")
            // The file's opening comments are kept; the rest is the document's YAML.
            #expect(saved.hasPrefix("# The scenario format specification's worked example"))
            #expect(saved.contains("\n  participants: 30\n"))
            // It loads as `lcbudget check` loads it, and projects to what the page showed.
            let loaded = try ScenarioLoader.load(path: path)
            #expect(loaded.scenario.cohort.participants == 30)
            let edited = original.replacingOccurrences(of: "participants: 24", with: "participants: 30")
            let expected = Projector.project(try ScenarioLoader.parse(edited, file: "e.yaml").scenario)
            #expect(ProjectionJSON.render(Projector.project(loaded.scenario)) == ProjectionJSON.render(expected))
            // The run is in the record with the saved text.
            let runs = try RecordStore(path: scratch.database, create: false).runs()
            #expect(runs.count == 1)
            #expect(runs[0].sourceSHA256 == SHA256.hex(Data(saved.utf8)))
            #expect(runs[0].total == expected.total)
            let listing = try await client.send("/api/scenarios").json
            #expect(listing["runs"]?[0]?["total"]?.string == expected.total.plain)
            // No temporary file is left behind.
            let names = try FileManager.default.contentsOfDirectory(atPath: scratch.directory.path)
            #expect(!names.contains { $0.hasSuffix(".tmp") })
        }
    }

    @Test("A file changed on disk since it was opened is not overwritten: 409 with its hash; a new name that exists is 409")
    func conflicts() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.directory.appendingPathComponent("guide-ten-month.yaml").path
        let original = shipped("guide-ten-month.yaml")
        let body = { @Sendable (base: JSONValue) in documentBody(original, extra: [("baseSha256", base)]) }
        try await scratch.application().test(.router) { client in
            // Someone else edits the file after the page opened it.
            let theirs = original + "# their edit\n"
            try theirs.write(toFile: path, atomically: true, encoding: .utf8)
            let stale = try await client.send("/api/scenarios/guide-ten-month.yaml", .put, body: body(.string(SHA256.hex(Data(original.utf8)))))
            #expect(stale.status == .conflict)
            #expect(stale.json["sha256"]?.string == SHA256.hex(Data(theirs.utf8)))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == theirs)
            // "New" with a name that is taken.
            let taken = try await client.send("/api/scenarios/guide-ten-month.yaml", .put, body: body(.null))
            #expect(taken.status == .conflict)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == theirs)
            // Saving again with the hash the conflict gave overwrites, as the user chose.
            let overwrite = try await client.send("/api/scenarios/guide-ten-month.yaml", .put, body: body(.string(SHA256.hex(Data(theirs.utf8)))))
            #expect(overwrite.status == .ok)
            // A file removed since it was opened.
            try FileManager.default.removeItem(atPath: path)
            let gone = try await client.send("/api/scenarios/guide-ten-month.yaml", .put, body: body(overwrite.json["sha256"]!))
            #expect(gone.status == .conflict)
            #expect(gone.json["sha256"] == .null)
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("Nothing is saved while an error stands: 422 with the diagnostics")
    func invalidNotSaved() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let document = setting(YAMLTree(text: shipped("guide-ten-month.yaml"))!.document, "stipends.hourly_rate", .string("fifty"))
        try await scratch.application().test(.router) { client in
            let response = try await client.send("/api/scenarios/new.yaml", .put, body: documentBody(document, extra: [("baseSha256", .null)]))
            #expect(response.status == .unprocessableContent)
            #expect(response.json["diagnostics"]?[0]?["path"]?.string == "stipends.hourly_rate")
            #expect(!FileManager.default.fileExists(atPath: scratch.directory.appendingPathComponent("new.yaml").path))
            #expect(try RecordStore(path: scratch.database, create: false).runs().isEmpty)
        }
    }

    @Test("A symbolic link inside the folder is not written through")
    func linkNotWritten() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let link = scratch.directory.appendingPathComponent("alias.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "guide-ten-month.yaml")
        let text = shipped("guide-ten-month.yaml")
        try await scratch.application().test(.router) { client in
            let response = try await client.send("/api/scenarios/alias.yaml", .put,
                                                 body: documentBody(text, extra: [("baseSha256", .string(SHA256.hex(Data(text.utf8))))]))
            #expect(response.status == .forbidden)
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "guide-ten-month.yaml")
        #expect(try String(contentsOf: scratch.directory.appendingPathComponent("guide-ten-month.yaml"), encoding: .utf8) == text)
    }
}

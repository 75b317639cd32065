import LCModel
import Foundation
import Testing
@testable import LCReports

/// Output names never leave `--out`, and a failed run leaves nothing half-written.
@Suite struct OutputSafetyTests {
    @Test(arguments: [
        ("Riverside K-8 Maker Educator Learning Community", "riverside-k-8-maker-educator-learning-community"),
        ("../../etc/x", "etc-x"),
        ("/etc/passwd", "etc-passwd"),
        ("a\u{0}b", "a-b"),
        ("...///\\\\", "scenario-5b769c49"),
        ("!!!", "scenario-cb3dfe6d"),
        ("", "scenario-af63bd4c"),
        ("Écoles du Nord", "ecoles-du-nord"),
        ("=HYPERLINK(\"http://x\")", "hyperlink-http-x"),
    ])
    func slugStaysInsideTheFolder(name: String, expected: String) {
        let slug = Slug.make(name)
        #expect(slug == expected)
        #expect(!slug.contains("/") && !slug.contains("..") && !slug.contains("\u{0}"))
    }

    /// Letters of every script are kept, so two communities named in Chinese get their own
    /// files; names with no letter fall back to a hash of name and organization.
    @Test func slugsKeepLettersOfAnyScript() {
        #expect(Slug.make("河畔教师学习社区") == "河畔教师学习社区")
        #expect(Slug.make("东区 教师 学习社区") == "东区-教师-学习社区")
        #expect(Slug.make("Учителя Севера") == "учителя-севера")
        #expect(Slug.make("מורים יחד") == "מורים-יחד")
        #expect(Slug.make("Fund\u{202E}ing") == "fund-ing")
        let cjk = Slug.make(String(repeating: "学", count: 150))
        #expect(cjk.utf8.count <= 200 && cjk.count == 66, "\(cjk.count)")
        #expect(Slug.make("!!!", organization: "A") != Slug.make("!!!", organization: "B"))
        #expect(Slug.communityHash(name: "河畔", organization: nil) != Slug.communityHash(name: "东区", organization: nil))
    }

    @Test func slugOfAVeryLongNameIsBounded() {
        let slug = Slug.make(String(repeating: "community ", count: 500))
        #expect(slug.count <= 80)
        #expect(!slug.hasSuffix("-"))
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesEveryFileAndNoTemporaries() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let written = try AtomicOutput.write([.text("a.md", "A"), .text("b.md", "B")], into: dir, force: false)
        #expect(written.map(\.lastPathComponent) == ["a.md", "b.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.md", "b.md"])
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("old".utf8).write(to: dir.appendingPathComponent("a.md"))
        #expect(throws: OutputError.exists(dir.appendingPathComponent("a.md").path)) {
            try AtomicOutput.write([.text("a.md", "new")], into: dir, force: false)
        }
        #expect(try String(contentsOf: dir.appendingPathComponent("a.md"), encoding: .utf8) == "old")
        _ = try AtomicOutput.write([.text("a.md", "new")], into: dir, force: true)
        #expect(try String(contentsOf: dir.appendingPathComponent("a.md"), encoding: .utf8) == "new")
    }

    struct Boom: Error {}

    @Test func aFailingFileLeavesTheFolderAsItWas() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("old".utf8).write(to: dir.appendingPathComponent("a.md"))
        let failing = ReportFile(name: "b.md") { url in
            try Data("half".utf8).write(to: url)
            throw Boom()
        }
        #expect(throws: OutputError.self) {
            try AtomicOutput.write([.text("a.md", "new"), failing], into: dir, force: true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.md"])
        #expect(try String(contentsOf: dir.appendingPathComponent("a.md"), encoding: .utf8) == "old")
    }

    @Test func csvFieldsNeverStartAFormula() {
        for trigger in ["=", "+", "-", "@", "\t", "\r"] {
            let field = CSVField.text("\(trigger)SUM(A1:A9)")
            let unquoted = field.hasPrefix("\"") ? String(field.dropFirst()) : field
            #expect(unquoted.hasPrefix("'"), "field \(field.debugDescription) must start with an apostrophe")
        }
        #expect(CSVField.text("a,b") == "\"a,b\"")
        #expect(CSVField.text("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.text("plain") == "plain")
    }
}

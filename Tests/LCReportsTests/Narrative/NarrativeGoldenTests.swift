import Foundation
import Testing
@testable import LCReports

/// The worked example's brief and justification, byte for byte.
///
/// The golden files in `Tests/Golden/narrative/` were checked by hand against the spec's
/// published figures. To re-record them on purpose after a deliberate change of wording or
/// layout, run `LCBUDGET_RECORD_GOLDEN=1 swift test --filter NarrativeGoldenTests`, then read
/// the diff before committing.
@Suite struct NarrativeGoldenTests {
    static let directory = NarrativeFixtures.repositoryRoot.appendingPathComponent("Tests/Golden/narrative")
    static let recording = ProcessInfo.processInfo.environment["LCBUDGET_RECORD_GOLDEN"] == "1"

    @Test(arguments: ["riverside-brief.md", "riverside-brief.html", "riverside-justification.md"])
    func matchesGolden(file: String) throws {
        let n = try Narrative(NarrativeFixtures.riverside, templates: nil)
        let text = switch file {
        case "riverside-brief.md": n.briefMarkdown
        case "riverside-brief.html": n.briefHTML
        default: n.justification
        }
        let url = Self.directory.appendingPathComponent(file)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "\(file) differs from its golden file; re-record with LCBUDGET_RECORD_GOLDEN=1 only on purpose")
    }

    @Test func renderingIsDeterministic() throws {
        let a = try Narrative(NarrativeFixtures.riverside, templates: nil)
        let b = try Narrative(NarrativeFixtures.riverside, templates: nil)
        #expect(a.briefMarkdown == b.briefMarkdown && a.briefHTML == b.briefHTML && a.justification == b.justification)
    }
}

import Foundation
import LCModel
import Testing
@testable import LCReports

/// A district's `--templates` folder replaces the shipped templates file by file; problems name the file.
@Suite struct TemplateSetTests {
    func folder(_ files: [String: String]) throws -> URL { try NarrativeFixtures.templateFolder(files) }

    /// The error the templates in `dir` are refused with; `nil` when they load.
    func refusal(_ dir: URL) -> TemplateError? {
        do { _ = try Narrative(NarrativeFixtures.riverside, templates: dir); return nil } catch { return error }
    }

    @Test func aDistrictTemplateReplacesOnlyItsFile() throws {
        let dir = try folder(["brief.md.mustache": "District brief for {{name}}: {{total}}\n"])
        let n = try Narrative(NarrativeFixtures.riverside, templates: dir)
        #expect(n.briefMarkdown == "District brief for Riverside K-8 Maker Educator Learning Community: $547,809.59\n")
        #expect(n.briefHTML.contains("<h1>Riverside K-8 Maker Educator Learning Community</h1>"), "the shipped HTML stays")
        #expect(n.justification.hasPrefix("# Budget justification"))
    }

    @Test func aDistrictPartialIsUsedByTheShippedBrief() throws {
        let dir = try folder(["recommendation.mustache": "{{#fundingGap}}Find {{total}} more.{{/fundingGap}}"])
        let n = try Narrative(NarrativeFixtures.riverside, templates: dir)
        #expect(n.briefMarkdown.contains("- Find $122,679.59 more."))
    }

    @Test func aBrokenTemplateNamesTheFileLineAndColumn() throws {
        let dir = try folder(["justification.md.mustache": "# {{name}}\n\n{{#sections}}\n## {{title}}\n{{/section}}\n"])
        #expect {
            try Narrative(NarrativeFixtures.riverside, templates: dir)
        } throws: { error in
            let text = "\(error)"
            return text.contains(dir.appendingPathComponent("justification.md.mustache").path + ":5:")
                && text.contains("broken template") && text.contains("closed with a different name")
        }
    }

    @Test func aBrokenTemplateOnTheFirstLineKeepsItsColumn() throws {
        let dir = try folder(["brief.md.mustache": "{{#name}}"])
        #expect(throws: TemplateError.self) { try Narrative(NarrativeFixtures.riverside, templates: dir) }
        do { _ = try Narrative(NarrativeFixtures.riverside, templates: dir) } catch {
            #expect("\(error)".contains("brief.md.mustache:1:"), "\(error)")
        }
    }

    @Test func aMissingPartialNamesTheIncludingFile() throws {
        let dir = try folder(["brief.html.mustache": "<p>{{name}}</p>\n{{> footer}}\n"])
        let error = try #require(refusal(dir), "a missing partial must be an error")
        #expect(error == .unknownPartial(dir.appendingPathComponent("brief.html.mustache").path, line: 2, name: "footer"))
        #expect("\(error)".contains("there is no footer.mustache"))
    }

    @Test func anExtraPartialIsAllowedWhenIncluded() throws {
        let dir = try folder(["brief.md.mustache": "{{> letterhead}}{{name}}\n", "letterhead.mustache": "NORTH COUNTY · "])
        let n = try Narrative(NarrativeFixtures.riverside, templates: dir)
        #expect(n.briefMarkdown.hasPrefix("NORTH COUNTY · Riverside"))
    }

    @Test func aMisnamedTemplateIsAnErrorNotIgnored() throws {
        let dir = try folder(["breif.md.mustache": "typo\n"])
        let error = try #require(refusal(dir), "a file lcbudget does not use must be an error")
        #expect("\(error)".contains("breif.md.mustache: not a template lcbudget uses"))
        #expect("\(error)".contains("brief.md.mustache"))
    }

    @Test func aPartialThatIncludesItselfIsAnError() throws {
        let dir = try folder(["recommendation.mustache": "{{> recommendation}}"])
        #expect(throws: TemplateError.self) { try Narrative(NarrativeFixtures.riverside, templates: dir) }
    }

    @Test func aTemplatesPathThatIsNotAFolderIsAnError() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/district-templates")
        #expect(throws: TemplateError.notADirectory(missing.path)) { try Narrative(NarrativeFixtures.riverside, templates: missing) }
    }

    @Test func aTemplateThatIsNotUTF8NamesTheFile() throws {
        let dir = try folder([:])
        try Data([0xFF, 0xFE, 0x00]).write(to: dir.appendingPathComponent("brief.md.mustache"))
        #expect(throws: TemplateError.unreadable(dir.appendingPathComponent("brief.md.mustache").path, reason: "not UTF-8 text")) {
            try Narrative(NarrativeFixtures.riverside, templates: dir)
        }
    }
}

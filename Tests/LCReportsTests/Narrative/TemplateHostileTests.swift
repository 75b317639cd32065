import Foundation
import LCModel
import Testing
@testable import LCReports

/// A district template can never crash the run: includes that loop however they are spelled,
/// dynamic includes, and sections nested too deep are refused with a message naming the file.
/// Each of these crashed (stack overflow) before `TemplateTags` replaced the line-by-line scan.
@Suite struct TemplateHostileTests {
    func folder(_ files: [String: String]) throws -> URL { try NarrativeFixtures.templateFolder(files) }

    func refusal(_ files: [String: String]) throws -> String? {
        let dir = try folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try Narrative(NarrativeFixtures.riverside, templates: dir)
            return nil
        } catch {
            return error.description.replacingOccurrences(of: dir.path + "/", with: "")
        }
    }

    @Test(arguments: [
        // The include is hidden from a scan for "{{>" by new delimiters.
        ("{{=<% %>=}}<%> recommendation%>", "recommendation.mustache:1:1: broken template: set-delimiter tags ({{=...=}}) are not supported; keep the {{ }} delimiters"),
        // The tag spans two lines.
        ("{{>\nrecommendation}}", "recommendation.mustache: template includes {{> recommendation}}, which includes this template again"),
        // Template inheritance includes the parent too.
        ("{{<recommendation}}{{/recommendation}}", "recommendation.mustache: template includes {{> recommendation}}, which includes this template again"),
        // The included name would come from the data (the scenario's name, say).
        ("{{>*name}}", "recommendation.mustache:1:1: broken template: dynamic includes ({{>*name}}) are not supported; name the template to include"),
    ])
    func anIncludeLoopIsRefusedHoweverItIsSpelled(text: String, expected: String) throws {
        #expect(try refusal(["recommendation.mustache": text]) == expected)
    }

    @Test func aLoopThroughTwoDistrictPartialsIsRefused() throws {
        let message = try refusal(["recommendation.mustache": "{{#perYear}}{{>\n  letterhead}}{{/perYear}}",
                                   "letterhead.mustache": "{{! a comment }}{{> recommendation}}"])
        #expect(message?.hasSuffix("which includes this template again") == true, "\(message ?? "accepted")")
    }

    @Test func includesInsideCommentsDoNotCount() throws {
        let dir = try folder(["brief.md.mustache": "{{! {{> nowhere}} }}{{name}}\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        // The parser ends the comment at the first "}}", so " }}" is text.
        #expect(try Narrative(NarrativeFixtures.riverside, templates: dir).briefMarkdown
                == " }}Riverside K-8 Maker Educator Learning Community\n")
    }

    @Test(arguments: [33, 5_000, 30_000])
    func deeplyNestedSectionsAreRefusedBeforeParsing(depth: Int) throws {
        let text = String(repeating: "{{#perYear}}", count: depth) + String(repeating: "{{/perYear}}", count: depth)
        let clock = ContinuousClock()
        let started = clock.now
        let message = try refusal(["brief.md.mustache": text])
        #expect(clock.now - started < .seconds(10))
        if depth * 24 > TemplateTags.maximumCharacters {
            #expect(message == "brief.md.mustache:1:1: broken template: the template is longer than 262144 characters")
        } else {
            #expect(message == "brief.md.mustache:1:385: broken template: sections are nested more than 32 deep")
        }
    }

    @Test func aTemplateFileOverOneMegabyteIsRefusedUnread() throws {
        let dir = try folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("brief.md.mustache")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 4_000_000_000)   // sparse: 4 GB that is never read
        try handle.close()
        let clock = ContinuousClock()
        let started = clock.now
        #expect(throws: TemplateError.unreadable(file.path, reason: "larger than 1 MB; a template is a few kilobytes")) {
            try Narrative(NarrativeFixtures.riverside, templates: dir)
        }
        #expect(clock.now - started < .seconds(2))
    }

    @Test func anEmptyPartialRendersNothing() throws {
        // Fuzz regression (FuzzTemplates-empty-partial): reading an empty file leaked a buffer.
        #expect(try refusal(["recommendation.mustache": ""]) == nil)
    }

    @Test func thirtyTwoLevelsStillRender() throws {
        let text = String(repeating: "{{#name}}", count: 32) + "{{name}}" + String(repeating: "{{/name}}", count: 32)
        #expect(try refusal(["brief.md.mustache": text]) == nil)
        #expect(TemplateTags(text).deepest == 32)
    }

    @Test func theShippedTemplatesScanClean() throws {
        let dir = try #require(TemplateSet.shippedDirectory)
        for name in TemplateSet.names {
            let text = try String(contentsOf: dir.appendingPathComponent(name + ".mustache"), encoding: .utf8)
            let tags = TemplateTags(text)
            #expect(tags.refusal == nil, "\(name)")
            #expect(tags.deepest <= 4, "\(name)")
        }
        let brief = try String(contentsOf: dir.appendingPathComponent("brief.md.mustache"), encoding: .utf8)
        #expect(TemplateTags(brief).includes.map(\.name) == ["recommendation"])
    }
}

import Foundation
import Testing
@testable import LCReports

/// Escaping works on Unicode scalars, as CSV readers, browsers and Markdown readers do: a comma,
/// quote or `<` followed by a combining mark, and a CRLF, are single Characters in Swift that
/// compare unequal to ",", "\"", "<" and "\n" — each slipped past a Character-based check.
@Suite struct ScalarEscapingTests {
    /// Splits one CSV line the way a reader does (RFC 4180), scalar by scalar.
    func readerFields(_ line: String) -> [String] {
        var fields: [String] = [], field = String.UnicodeScalarView(), quoted = false
        var scalars = Array(line.unicodeScalars)[...]
        while let s = scalars.popFirst() {
            if quoted {
                if s == "\"" { if scalars.first == "\"" { field.append(scalars.removeFirst()) } else { quoted = false } }
                else { field.append(s) }
            } else if s == "\"" { quoted = true } else if s == "," { fields.append(String(field)); field = .init() }
            else { field.append(s) }
        }
        fields.append(String(field))
        return fields
    }

    @Test(arguments: ["a,\u{301}b", "x\"\u{301},=cmd", "line\r\nbreak", "=1+2,\u{301}", "plain é"])
    func csvFieldsRoundTripThroughAReader(value: String) {
        let row = CSVField.text(value) + ",next"
        let fields = readerFields(row)
        #expect(fields.count == 2, "\(row.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(fields.first == (value.hasPrefix("=") ? "'" + value : value))
    }

    @Test func htmlEscapesAQuoteCarryingACombiningMark() {
        let escaped = HTMLContentType().escapeText("\"\u{301} onmouseover=alert(1) '\u{301}<\u{301}&\u{301}")
        #expect(!escaped.unicodeScalars.contains { ["\"", "'", "<", ">"].contains($0) })
        #expect(escaped == "&quot;\u{301} onmouseover=alert(1) &#39;\u{301}&lt;\u{301}&amp;\u{301}")
        #expect(CostChart.escape("<\u{301}") == "&lt;\u{301}")
    }

    @Test func markdownEscapesScalarsAndEveryLineBreak() {
        let md = MarkdownContentType()
        #expect(md.escapeText("a\r\nb") == "a b")
        #expect(md.escapeText("a\rb\u{2028}c\u{85}d") == "a b c d")
        #expect(md.escapeText("<\u{301}script>") == "\\<\u{301}script\\>")
        #expect(md.escapeText("*\u{301}x*") == "\\*\u{301}x\\*")
    }

    @Test func portfolioTableCellsStayOnOneLine() {
        #expect(PortfolioMarkdown.cell("a\r\nb|c\rd\u{2028}e") == "a b\\|c d e")
    }

    @Test func anHTMLBriefOfAHostileNameHasNoBareQuoteOrTag() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-attr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A district template that puts the name in an attribute.
        try Data("<p title=\"{{name}}\">{{name}}</p>\n".utf8).write(to: dir.appendingPathComponent("brief.html.mustache"))
        let projection = NarrativeFixtures.project(NarrativeFixtures.hostile.replacingOccurrences(
            of: "name: \"<script>alert(1)</script> *bold* [link](http://evil.example)\"",
            with: "name: \"x\\\"\u{301} onmouseover=alert(1) <\u{301}b>\""))
        let html = try Narrative(projection, templates: dir).briefHTML
        #expect(html == "<p title=\"x&quot;\u{301} onmouseover=alert(1) &lt;\u{301}b&gt;\">x&quot;\u{301} onmouseover=alert(1) &lt;\u{301}b&gt;</p>\n")
    }
}

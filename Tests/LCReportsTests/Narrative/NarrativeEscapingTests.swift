import Foundation
import Testing
@testable import LCReports

/// Text from the scenario is printed as text: never as HTML, script or Markdown markup.
@Suite struct NarrativeEscapingTests {
    let narrative = try! Narrative(NarrativeFixtures.project(NarrativeFixtures.hostile), templates: nil)

    @Test func htmlEscapesNamesAndAddsNoScript() {
        let html = narrative.briefHTML
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("<b>bold"))
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt; | pipes"))
        #expect(html.contains("&lt;a href=&#39;http://evil.example&#39;&gt;Evil&lt;/a&gt;"), "a funding source's name is text")
        #expect(CostChart.escape("<text x=\"1\">'&") == "&lt;text x=&quot;1&quot;&gt;&#39;&amp;", "chart labels are escaped")
    }

    @Test func markdownEscapesNames() {
        #expect(narrative.briefMarkdown.hasPrefix("# \\<script\\>alert(1)\\</script\\> \\*bold\\* \\[link\\](http://evil.example)\n"))
        #expect(narrative.justification.contains("### \\<img src=http://evil.example/x.png\\>"))
        #expect(narrative.briefMarkdown.contains("\\<b\\>bold\\</b\\> \\| pipes"))
    }

    @Test func markdownEscapeLeavesFiguresAlone() {
        #expect(MarkdownContentType().escapeText("$1,260.00 × 1.03 (K-8)") == "$1,260.00 × 1.03 (K-8)")
        #expect(MarkdownContentType().escapeText("a\nb") == "a b", "a value cannot start a new Markdown block")
    }
}

import Foundation
import LCModel
import Testing
@testable import LCReports

/// Every figure in the brief and the justification is one the engine reported.
@Suite struct NarrativeFigureTests {
    @Test(arguments: NarrativeFixtures.all.map(\.0))
    func everyPrintedFigureIsAnEngineFigure(fixture: String) throws {
        let projection = NarrativeFixtures.all.first { $0.0 == fixture }!.1
        let narrative = try Narrative(projection, templates: nil)
        let engine = EngineFigures(projection)
        let texts = [
            ("brief.md", FigureScanner.unescapedMarkdown(narrative.briefMarkdown)),
            ("brief.html", FigureScanner.visibleText(ofHTML: narrative.briefHTML)),
            ("justification.md", FigureScanner.unescapedMarkdown(narrative.justification)),
        ]
        for (name, text) in texts {
            let figures = FigureScanner.figures(in: text, removing: engine.names)
            #expect(figures.count > 10, "\(name) prints figures")
            let strangers = FigureScanner.strangers(in: text, engine)
            #expect(strangers.isEmpty, "\(fixture) \(name) prints figures the engine did not report: \(strangers)")
        }
    }

    /// The scanner catches a figure that is not the engine's (so the test above can fail).
    @Test func aTypedOrRecomputedFigureIsCaught() throws {
        let projection = NarrativeFixtures.riverside
        let engine = EngineFigures(projection)
        let narrative = try Narrative(projection, templates: nil)
        let typed = narrative.briefMarkdown + "\nThe guide's stipend is $2,000.00 a year for 24 months."
        let strangers = FigureScanner.strangers(in: typed, engine)
        #expect(strangers == [.money(2000)], "the $2,000.00 typed here is not an engine figure; 24 is")
        // The average of the two years would be computed on the side: not an engine figure.
        let average = Money(rounding: (projection.periods[1].total.decimal + projection.periods[2].total.decimal) / 2)
        #expect(!FigureScanner.strangers(in: "Average year: \(average.formatted())", engine).isEmpty)
    }

    /// The engine's headline figures appear, exactly as the spec's worked example publishes them.
    @Test func riversideHeadlineFigures() throws {
        let n = try Narrative(NarrativeFixtures.riverside, templates: nil)
        for figure in ["$547,809.59", "$268,582.60", "$274,096.99", "$11,305.82", "$190.21", "$539,826.18",
                       "$5,130.00", "$58,582.60", "$64,096.99", "24 educators", "August 2027", "July 2029"] {
            #expect(n.briefMarkdown.contains(figure), "brief.md shows \(figure)")
            #expect(n.briefHTML.contains(figure), "brief.html shows \(figure)")
        }
        for line in ["21 educators × 4 h/month × 10 months × $50.00/h = $42,000.00",
                     "3 leaders × 6 h/month × 10 months × $65.00/h = $11,700.00",
                     "21 educators × 4 h/month × 10 months × $50.00/h × 1.03 = $43,260.00",
                     "14% × (participant stipends $42,000.00 + leader stipends $11,700.00) = $7,518.00",
                     "10% × $244,166.00 = $24,416.60", "| **Total** | **$5,130.00** | **$268,582.60** | **$274,096.99** | **$547,809.59** |"] {
            #expect(n.justification.contains(line), "justification shows \(line)")
        }
    }

    /// The shipped templates hold words only: no digit outside the HTML's style sheet and markup.
    @Test func shippedTemplatesTypeNoNumbers() throws {
        let directory = try #require(TemplateSet.shippedDirectory)
        for name in TemplateSet.names {
            var text = try String(contentsOf: directory.appendingPathComponent(name + ".mustache"), encoding: .utf8)
            if name.hasSuffix(".html") {
                text = text.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: "", options: .regularExpression)
                text = text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            }
            let digits = text.filter(\.isNumber)
            #expect(digits.isEmpty, "\(name).mustache types the digits \(digits)")
        }
    }
}

import Foundation
import LCModel
import Testing
@testable import LCReports

/// Each advisory's recommendation sentence appears in the brief when, and only when, it fires.
@Suite struct RecommendationSentenceTests {
    /// Words that only the sentence for that code uses (priced or not).
    static let markers: [Advisory.Code: [String]] = [
        .stipendBelowGuide: ["Raise the stipend from", "Pay educators for their time at the guide's"],
        .leaderRateNotIncreased: ["Value the extra work of leading"],
        .leaderBuyoutBelowGuide: ["of each leader's time"],
        .durationShortForGoal: ["Extend the community from"],
        .kickoffMidyear: ["Move the start from"],
        .onrampShort: ["Lengthen the planning on-ramp from", "Give the launch a planning on-ramp of at least"],
        .meetingLength: ["Hold meetings of"],
        .noCoaching: ["Add a coaching session in every meeting month", "Pair the monthly meetings with coaching"],
        .childcareMissing: ["Budget childcare for the after-hours meetings"],
        .foodMissing: ["Budget food for every meeting"],
        .kitsMissing: ["Give every educator a low-tech prototyping kit"],
        .fundingGap: ["Secure the remaining"],
    ]

    /// The spec's twelve codes have sentences of their own; the project's further codes
    /// (calendar, indirect-cost rules) read as the guide's recommendation itself.
    static func marker(_ code: Advisory.Code) -> [String] { markers[code] ?? [code.recommendation] }

    @Test func everySpecCodeHasAMarker() {
        #expect(Self.markers.count == 12)
    }

    @Test(arguments: NarrativeFixtures.all.map(\.0))
    func sentenceAppearsWhenAndOnlyWhenTheAdvisoryFires(fixture: String) throws {
        let projection = NarrativeFixtures.all.first { $0.0 == fixture }!.1
        let narrative = try Narrative(projection, templates: nil)
        let fired = Set(projection.advisories.map(\.code))
        for code in Advisory.Code.allCases {
            for (name, text) in [("brief.md", FigureScanner.unescapedMarkdown(narrative.briefMarkdown)),
                                 ("brief.html", FigureScanner.visibleText(ofHTML: narrative.briefHTML))] {
                let shown = Self.marker(code).contains { text.contains($0) }
                #expect(shown == fired.contains(code), "\(fixture) \(name): \(code.rawValue) fired \(fired.contains(code)), sentence shown \(shown)")
            }
        }
    }

    /// Between them the fixtures fire every code, and no advisory leaves the list empty.
    @Test func fixturesCoverEveryCode() {
        let fired = Set(NarrativeFixtures.all.flatMap { $0.1.advisories.map(\.code) })
        #expect(fired.isSuperset(of: Set(Self.markers.keys)))
        #expect(NarrativeFixtures.project(NarrativeFixtures.exemplary).advisories.isEmpty)
    }

    @Test func noAdvisoryMeansTheAllClearSentence() throws {
        let clean = try Narrative(NarrativeFixtures.project(NarrativeFixtures.exemplary), templates: nil)
        #expect(clean.briefMarkdown.contains("The plan follows every recommendation of the guide that this tool checks."))
        let riverside = try Narrative(NarrativeFixtures.riverside, templates: nil)
        #expect(!riverside.briefMarkdown.contains("The plan follows every recommendation"))
    }

    /// The priced sentence quotes the remedy's figures from the engine.
    @Test func stipendSentenceQuotesTheRemedy() throws {
        let projection = NarrativeFixtures.project(NarrativeFixtures.everyAdvisory)
        let advisory = try #require(projection.advisories.first { $0.code == .stipendBelowGuide })
        let remedy = try #require(Remedy.for(advisory, in: projection))
        let n = try Narrative(projection, templates: nil)
        let sentence = "Raise the stipend from $42.50 to the guide's $50.00 an hour, so educators' time is valued as the guide asks: +\(remedy.firstYearDelta.formatted()) in year one, +\(remedy.totalDelta.formatted()) over 2 years."
        #expect(n.briefMarkdown.contains(sentence))
        // Checked by hand: 10 educators × 4 h × 9 months × $7.50 + 2 leaders × 4 h × 9 × $7.50 = $3,240.00;
        // + 12% fringe = $3,628.80; + 8% indirect = $3,919.10.
        #expect(remedy.firstYearDelta == Money(cents: 391_910))
    }
}

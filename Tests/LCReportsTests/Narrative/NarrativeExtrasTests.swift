import Foundation
import LCModel
import Testing
@testable import LCReports

/// The brief's calendar sentence, "How sure are we" and "Spending so far" paragraphs: their
/// figures are the model's, and each appears when, and only when, its data exists.
@Suite struct NarrativeExtrasTests {
    typealias Fixtures = NarrativeExtrasFixtures

    /// A rendered narrative with its model values, and the texts a reader sees.
    struct Rendered {
        let narrative: Narrative
        let engine: EngineFigures
        var texts: [(String, String)] {
            [("brief.md", FigureScanner.unescapedMarkdown(narrative.briefMarkdown)),
             ("brief.html", FigureScanner.visibleText(ofHTML: narrative.briefHTML)),
             ("justification.md", FigureScanner.unescapedMarkdown(narrative.justification))]
        }
        var briefTexts: [(String, String)] { Array(texts.prefix(2)) }

        init(_ p: Projection, uncertainty: SimulationSummary? = nil, variance: Variance? = nil) throws {
            narrative = try Narrative(p, templates: nil, uncertainty: uncertainty, variance: variance)
            engine = EngineFigures(p, uncertainty: uncertainty, variance: variance)
        }
    }

    static func rendered(_ name: String) throws -> Rendered {
        switch name {
        case "calendar": return try Rendered(Fixtures.calendarSample)
        case "uncertain":
            let p = Fixtures.riversideUncertain
            return try Rendered(p, uncertainty: Fixtures.summary(p))
        case "near-median":
            let p = Fixtures.uncertainNearMedian
            return try Rendered(p, uncertainty: Fixtures.summary(p))
        case "variance":
            let p = NarrativeFixtures.riverside
            return try Rendered(p, variance: Fixtures.variance(p))
        default:
            let p = Fixtures.allThree
            return try Rendered(p, uncertainty: Fixtures.summary(p), variance: Fixtures.variance(p))
        }
    }

    @Test(arguments: ["calendar", "uncertain", "near-median", "variance", "all-three"])
    func everyPrintedFigureIsAModelFigure(fixture: String) throws {
        let r = try Self.rendered(fixture)
        for (name, text) in r.texts {
            let strangers = FigureScanner.strangers(in: text, r.engine)
            #expect(strangers.isEmpty, "\(fixture) \(name) prints figures no model value reported: \(strangers)")
        }
    }

    /// The control: a time, a day or a chance that is not the model's is caught.
    @Test func aTypedTimeDayOrChanceIsCaught() throws {
        let r = try Self.rendered("all-three")
        let typed = "Meetings run 16:00 to 17:30. As of March 3, 2028, 42.0% of the draws ran over."
        let strangers = FigureScanner.strangers(in: typed, r.engine)
        #expect(strangers == [.time("17:30"), .date("March 3, 2028"), .percent(42)], "\(strangers)")
    }

    @Test func eachParagraphAppearsWhenAndOnlyWhenItsDataExists() throws {
        let cases: [(String, calendar: Bool, uncertainty: Bool, variance: Bool)] = [
            ("plain", false, false, false), ("calendar", true, false, false), ("uncertain", false, true, false),
            ("variance", false, false, true), ("all-three", true, true, true),
        ]
        for (name, calendar, uncertainty, variance) in cases {
            let r = name == "plain" ? try Rendered(NarrativeFixtures.riverside) : try Self.rendered(name)
            for (file, text) in r.briefTexts {
                #expect(text.contains("The community meets as a whole group on the") == calendar, "\(name) \(file) calendar")
                #expect(text.contains("How sure are we") == uncertainty, "\(name) \(file) uncertainty")
                #expect(text.contains(SimulationSummary.arithmeticNote) == uncertainty, "\(name) \(file) arithmetic note")
                #expect(text.contains("Spending so far") == variance, "\(name) \(file) variance")
            }
        }
        // A scenario with `uncertainty:` but no simulation handed over prints no paragraph.
        let unsimulated = try Rendered(Fixtures.riversideUncertain)
        #expect(!unsimulated.narrative.briefMarkdown.contains("How sure are we"))
    }

    /// The sentence is the schedule's own, and the meeting count the budget uses is the calendar's.
    @Test func calendarSentenceIsTheSchedules() throws {
        let p = Fixtures.calendarSample
        let schedule = try #require(CalendarScheduler.schedule(for: p.scenario))
        let r = try Rendered(p)
        for (file, text) in r.briefTexts {
            #expect(text.contains(schedule.summarySentence), "\(file)")
            // Checked by hand against `lcbudget calendar scenarios/calendar-sample.yaml`: Apr 2028,
            // May 2028 (testing), Jun 2028 (end of year) and May 2029 (testing) move.
            #expect(text.contains("16:00 to 18:00 (10 meetings in year 1 and 10 meetings in year 2)"), "\(file)")
            #expect(text.contains("Moved to the nearest permitted day of their month: 4 meetings, to avoid State testing window and End-of-year busy period."), "\(file)")
            #expect(text.contains("Meetings are held at Riverside Library, Maker Room."), "\(file)")
        }
        // `meetings.per_year: 12` is overruled by the calendar's 10 a year, in the budget and the brief.
        let twelve = NarrativeFixtures.project(Fixtures.scenarioText("calendar-sample.yaml")
            .replacingOccurrences(of: "per_year: 10 ", with: "per_year: 12 "))
        #expect(twelve.scenario.meetings.perYear == 12 && twelve.total == p.total)
        let brief = try Narrative(twelve, templates: nil).briefMarkdown
        #expect(brief.contains("meet as a whole group 10 times a year") && !brief.contains("12 times"))
    }

    /// P10–P90 of the total, the base, draws and seed are the summary's; each year's chance of
    /// running over is draws over ÷ draws, rounded by hand to one decimal.
    @Test func uncertaintyParagraphQuotesTheSummary() throws {
        let p = Fixtures.uncertainNearMedian
        let summary = Fixtures.summary(p)
        let r = try Rendered(p, uncertainty: summary)
        var chances: [String] = []
        for year in summary.years {
            let over = try #require(year.drawsOverFunding)
            var exact = Decimal(over) * 100 / Decimal(year.draws), rounded = Decimal()
            NSDecimalRound(&rounded, &exact, 1, .plain)
            #expect(rounded > 1 && rounded < 99, "funding near the median gives a chance between 1% and 99%")
            chances.append(String(format: "%.1f%% in year %d", NSDecimalNumber(decimal: rounded).doubleValue, year.year!))
        }
        let range = summary.totalRange
        for (file, shown) in r.briefTexts {
            // Bold and tags aside, one space between words.
            let text = shown.replacingOccurrences(of: "**", with: "")
                .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
            #expect(text.contains("We recomputed this one 3,000 times"), "\(file)")
            #expect(text.contains("between \(range.p10.formatted()) and \(range.p90.formatted())"), "\(file)")
            #expect(text.contains("(the plan above comes to \(p.total.formatted()))"), "\(file)")
            #expect(text.contains("The chance that a year costs more than its funding: \(chances.joined(separator: " and "))."), "\(file)")
            #expect(text.contains("The guess that moves the total most is the number of educators."), "\(file)")
            #expect(text.contains("fixed seed (1)"), "\(file)")
        }
        #expect(summary.total.base == p.total)
        #expect(range.p10 < p.total && p.total < range.p90)
    }

    /// The variance fixture's paragraph, checked by hand (see `NarrativeExtrasFixtures.variance`).
    @Test func varianceParagraphMatchesTheHandFigures() throws {
        let r = try Self.rendered("variance")
        for (file, text) in r.briefTexts {
            #expect(text.contains("As of January 31, 2028, $42,130.00 (8%) of the $547,809.59 budget has been spent, with 40% of the project's time gone."), "\(file)")
            #expect(text.contains("In Year 1, 50% of the time has passed and $37,000.00 (14%) of its $268,582.60 is spent: underspending overall."), "\(file)")
            #expect(text.contains("Ahead of pace or over budget: Food (77% of $3,900.00 spent) and Prototyping kits ($3,000.00 spent against $2,880.00)."), "\(file)")
            #expect(text.contains("Substitutes (12% of $8,568.00 spent)"), "\(file)")
            #expect(!text.contains("Stipends (49%"), "\(file): stipends are on track")
            #expect(!text.contains("$500.00"), "\(file): the later actual is not counted")
        }
        // Everything on track: the sentence says so and lists nothing.
        let p = NarrativeFixtures.riverside
        let even = Variance.compute(projection: p, actuals: [], asOf: CivilDate(iso: "2027-01-15")!)
        let brief = try Narrative(p, templates: nil, variance: even).briefMarkdown
        #expect(brief.contains("Every category is on track.") && !brief.contains("Behind pace"))
    }
}

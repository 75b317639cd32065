import Foundation
import TestSupport
import Testing
import LCLoader
import LCModel

/// The pipeline's stages: loading reads and checks the text without booking a line; the check
/// stage finds line keys against the booked lines; the advisories are a stage of their own.
@Suite struct AnalysisTests {
    static let example = try! String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)
    static func covering(_ covers: String) -> String {
        example.replacingOccurrences(of: "    kind: grant\n", with: "    kind: grant\n    covers: \(covers)\n")
    }

    @Test func loadingBooksNothingAndTheAnalysisBooksOnce() throws {
        let bookings = ComputationCounter()
        let text = Self.covering("[food.meals, other.0]")
        let loaded = try Projector.$counter.withValue(bookings) { try ScenarioLoader.parse(text, file: "s.yaml") }
        #expect(bookings.count == 0)
        #expect(loaded.lineKeyReferences.map(\.key) == ["food.meals", "other.0"])
        let analysis = try Projector.$counter.withValue(bookings) { try Analysis(loaded) }
        #expect(bookings.count == 1)
        #expect(analysis.projection.total == m("547809.59"))
    }

    @Test func aLineKeyThatIsNoLineIsAnErrorAtItsPlaceOnceBooked() throws {
        let text = Self.covering("[food.meal]")
        // The loader alone accepts it: only the booked lines say which keys exist.
        _ = try ScenarioLoader.parse(text, file: "s.yaml")
        #expect(throws: ScenarioError.self) { try Analysis(text: text, file: "s.yaml") }
        do { _ = try Analysis(text: text, file: "s.yaml") } catch {
            #expect(error.diagnostics.map(\.description)
                    == ["s.yaml:73:14: error: funding[1].covers names 'food.meal', which is not a line of this scenario; did you mean 'food.meals'?"])
        }
    }

    @Test func advisoriesAreAStageAfterBooking() throws {
        let loaded = try ScenarioLoader.parse(Self.example, file: "s.yaml")
        #expect(Projector.book(loaded.scenario, schedule: nil).advisories.isEmpty)
        let analysis = try Analysis(loaded)
        #expect(analysis.advisories.map(\.code) == [.fundingGap])
        #expect(analysis.advisoryDiagnostics.map(\.description).first?.hasPrefix("s.yaml:68:3: warning: [FUNDING_GAP]") == true)
    }

    @Test func aFunderIsFoundByNameOrNamedWithTheNearest() throws {
        let analysis = try Analysis(text: Self.example, file: "s.yaml")
        #expect(try analysis.funder(named: " community FOUNDATION grant ") == 1)
        do { _ = try analysis.funder(named: "Community foundation grnt"); Issue.record("no error") } catch {
            #expect(error.diagnostics.first?.description
                    == "s.yaml: error: --funder 'Community foundation grnt' names no funding source; did you mean 'Community foundation grant'? (the sources are 'District professional learning fund', 'Community foundation grant')")
        }
    }

    @Test func simulatingWithoutUncertaintyNamesTheMissingSection() throws {
        let analysis = try Analysis(text: Self.example, file: "s.yaml")
        do { _ = try analysis.simulation(draws: 10, seed: 1, jobs: 1); Issue.record("no error") } catch {
            #expect(error.diagnostics.first?.message.hasPrefix("the scenario has no uncertainty: section") == true)
        }
        do { _ = try analysis.requireSchedule(); Issue.record("no error") } catch {
            #expect(error.diagnostics.first?.message.hasPrefix("the scenario has no calendar: section") == true)
        }
    }
}

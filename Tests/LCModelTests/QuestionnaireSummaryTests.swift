import Foundation
import Testing
@testable import LCModel

/// The rules of docs/questionnaire.md, one at a time, on answers written out by hand.
@Suite struct QuestionnaireSummaryTests {
    func response(_ answers: [String: String]) -> QuestionnaireResponse { QuestionnaireResponse(answers: answers) }

    @Test func slotsWeeksAndCounts() {
        let all = [
            response(["children": "2", "slots": "Monday 4-6 pm, Tuesday 4-6 pm", "busy_weeks": "2027-10-13, 2027-10-14", "substitute": "Yes"]),
            response(["children": "0", "slots": "Tuesday 4-6 pm, Monday 4-6 pm", "busy_weeks": "2027-10-11", "visitor": "yes"]),
            response(["children": "", "slots": "Saturday 9-11 am", "busy_weeks": "2028-03-08", "substitute": "No"]),
        ]
        let s = QuestionnaireSummary(all)
        #expect(s.responses == 3 && s.familiesNeedingCare == 1 && s.children == 2)
        // Monday and Tuesday tie at 2: the first in the questionnaire's order wins.
        #expect(s.preferredSlot?.label == "Monday 4-6 pm")
        // Two days of one week count once for that educator; any day names its week's Monday.
        #expect(s.busyWeeks.map { "\($0.monday.iso) \($0.count)" } == ["2027-10-11 2", "2028-03-06 1"])
        #expect(s.busiestWeeks.map(\.monday.iso) == ["2027-10-11"])
        #expect(s.substituteYes == 1 && s.visitorYes == 1)
    }

    @Test func quotesAreTheLongestEligibleOnePerEducatorNoRepeatsInAnswerOrder() {
        let short = "Too short to quote."
        let a = String(repeating: "a", count: 60), b = String(repeating: "b", count: 120), c = String(repeating: "c", count: 301)
        let all = [
            response(["support": a, "safety": b]),            // b (its longest)
            response(["support": short, "timing": c]),        // none: c is over 300
            response(["resources": b]),                       // b again: not repeated
            response(["connecting": "  " + a + "  "]),        // a (spaces trimmed)
        ] + (0..<6).map { i in response(["support": String(repeating: "x", count: 41 + i)]) }
        let quotes = QuestionnaireSummary(all).quotes
        #expect(quotes.count == 5)
        #expect(quotes.first == b && quotes[1] == a)
        #expect(!quotes.contains(String(repeating: "x", count: 41)) && !quotes.contains(c))
    }

    @Test func changesFollowTheRules() throws {
        var s = Fixtures.riverside()
        s.childcare?.families = 6
        s.food?.guestsPerMeeting = 0
        let all = (0..<10).map { i in
            response(["children": i < 3 ? "1" : "0", "substitute": i < 4 ? "Yes" : "No", "visitor": i < 5 ? "Yes" : "No"])
        }
        let (changes, notes) = QuestionnaireSummary(all).changes(for: s)
        let sets = Dictionary(uniqueKeysWithValues: changes.compactMap { change -> (String, String)? in
            if case let .set(path, _, new) = change.edit { return (path, new) } else { return nil }
        })
        let p = s.cohort.participants
        #expect(sets["childcare.families"] == String((3 * p + 9) / 10))
        #expect(sets["substitutes.days_per_participant"] == (s.substitutes!.daysPerParticipant * 4 / 10).description)
        #expect(sets["food.guests_per_meeting"] == "2")
        #expect(changes.contains { if case .educatorInput(let input) = $0.edit { input.responses == 10 } else { false } })
        #expect(notes.isEmpty || notes.allSatisfy { $0.contains("calendar") })
    }
}

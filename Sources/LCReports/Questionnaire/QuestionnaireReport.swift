import Foundation
import LCModel

/// What `lcbudget questionnaire import` prints: the answers summed up, then the scenario changes
/// they imply as a diff (`-` the file's value, `+` the proposed one, each with its reason).
///
/// ```swift
/// print(QuestionnaireReport.text(summary, changes: changes, notes: notes, scenarioFile: "s.yaml"))
/// ```
public enum QuestionnaireReport {
    public static func text(_ s: QuestionnaireSummary, changes: [QuestionnaireChange], notes: [String], scenarioFile: String) -> String {
        func listed(_ counts: [(label: String, count: Int)]) -> String {
            let chosen = counts.filter { $0.count > 0 }
            return chosen.isEmpty ? "none" : chosen.map { "\($0.label) \($0.count)" }.joined(separator: ", ")
        }
        let n = s.responses
        var out = "\(n) response\(n == 1 ? "" : "s")\n"
        out += "Childcare during after-hours meetings: \(s.familiesNeedingCare) of \(n) educators, \(s.children) child\(s.children == 1 ? "" : "ren")\n"
        out += "Meeting slots: \(listed(s.slotCounts))"
        if let slot = s.preferredSlot { out += "; preferred: \(slot.label)" }
        out += "\n"
        let weeks = s.busyWeeks.prefix(5).map { "week of \($0.monday.iso) (\($0.count))" }
        out += "Busiest weeks: \(weeks.isEmpty ? "none named" : weeks.joined(separator: ", "))\n"
        out += "Dietary needs: \(listed(s.dietCounts))\n"
        out += "Substitute needed for daytime sessions: \(s.substituteYes) of \(n)\n"
        out += "Materials: \(listed(s.materialCounts))\n"
        out += "Would bring a colleague or visitor now and then: \(s.visitorYes) of \(n)\n"
        out += "Quotes for the brief: \(s.quotes.count) (\(QuestionnaireSummary.quoteRule))\n"
        for note in notes { out += "note: \(note)\n" }
        if changes.isEmpty {
            out += "\n\(scenarioFile) already reflects these answers; nothing to change.\n"
            return out
        }
        out += "\nProposed changes to \(scenarioFile):\n"
        for change in changes {
            switch change.edit {
            case let .set(path, old, new):
                if let old { out += "- \(path): \(old)\n" }
                out += "+ \(path): \(new)    # \(change.reason)\n"
            case let .blackout(name, from, to):
                out += "+ calendar.blackouts: { name: \"\(name)\", from: \(from.iso), to: \(to.iso) }    # \(change.reason)\n"
            case let .educatorInput(input):
                out += "+ educator_input: { responses: \(input.responses), quotes: \(input.quotes.count) }    # \(change.reason)\n"
            }
        }
        return out
    }
}

import Foundation

/// One educator's answers: question id -> the text they gave (empty when they skipped it).
public struct QuestionnaireResponse: Sendable, Equatable {
    public var answers: [String: String]
    public init(answers: [String: String]) { self.answers = answers }

    func answer(_ id: String) -> String { (answers[id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    func choices(_ id: String) -> [String] {
        answer(id).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    func yes(_ id: String) -> Bool { answer(id).lowercased().hasPrefix("y") }
}

/// What the answers add up to, by the rules of docs/questionnaire.md, and the scenario changes
/// they imply.
///
/// ```swift
/// let summary = QuestionnaireSummary(responses)
/// summary.preferredSlot?.label          // "Tuesday 4-6 pm"
/// summary.changes(for: scenario)        // childcare.families 6 → 9, …
/// ```
public struct QuestionnaireSummary: Sendable {
    public var responses: Int
    /// Educators with at least one child needing care, and the children in all.
    public var familiesNeedingCare, children: Int
    public var slotCounts: [(label: String, count: Int)]
    public var preferredSlot: (label: String, weekday: String, time: String)?
    /// Weeks (their Monday) named busy, most named first, then by date.
    public var busyWeeks: [(monday: CivilDate, count: Int)]
    public var dietCounts: [(label: String, count: Int)]
    public var materialCounts: [(label: String, count: Int)]
    public var substituteYes, visitorYes: Int
    /// The brief's quotes (`quoteRule`).
    public var quotes: [String]

    /// Quotes are open answers of 40 to 300 characters (spaces collapsed); each educator's longest
    /// such answer not already chosen is a candidate, the five longest candidates are kept, in
    /// the order the answers came. Anonymous: no name or e-mail column is ever read.
    public static let quoteRule = "each educator's longest open answer of 40 to 300 characters not already chosen; the five longest of those, in the order the answers came"
    public static let quoteLength = 40...300
    public static let quoteCount = 5

    public init(_ all: [QuestionnaireResponse]) {
        responses = all.count
        let children = all.map { Int($0.answer("children")) ?? 0 }
        familiesNeedingCare = children.filter { $0 > 0 }.count
        self.children = children.filter { $0 > 0 }.reduce(0, +)
        func counts(_ id: String, _ options: [String]) -> [(label: String, count: Int)] {
            options.map { option in (option, all.filter { $0.choices(id).contains(option) }.count) }
        }
        let slotCounts = counts("slots", EducatorQuestionnaire.slots.map(\.label))
        self.slotCounts = slotCounts
        let best = slotCounts.map(\.count).max() ?? 0
        // The most chosen slot; a tie goes to the first in the questionnaire's order.
        preferredSlot = best == 0 ? nil : EducatorQuestionnaire.slots.first { slot in
            slotCounts.first { $0.label == slot.label }!.count == best
        }
        var weeks: [CivilDate: Int] = [:]
        for response in all {
            var mine = Set<CivilDate>()
            for token in response.answer("busy_weeks").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
                guard let day = CivilDate(iso: String(token)) else { continue }
                let monday = day.adding(days: -(Weekday.allCases.firstIndex(of: day.weekday) ?? 0))
                mine.insert(monday)
            }
            for monday in mine { weeks[monday, default: 0] += 1 }
        }
        busyWeeks = weeks.map { ($0.key, $0.value) }.sorted { ($1.count, $0.monday) < ($0.count, $1.monday) }
        dietCounts = counts("diet", EducatorQuestionnaire.diets)
        materialCounts = counts("materials", EducatorQuestionnaire.materials)
        substituteYes = all.filter { $0.yes("substitute") }.count
        visitorYes = all.filter { $0.yes("visitor") }.count

        let open = EducatorQuestionnaire.questions.filter { $0.kind == .open }.map(\.id)
        var candidates: [(index: Int, text: String)] = []
        var seen = Set<String>()
        for (index, response) in all.enumerated() {
            let eligible = open.map { response.answer($0).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                .filter { Self.quoteLength.contains($0.count) && !seen.contains($0) }
            // The same words twice (a shared template, a pasted answer) are quoted once.
            if let longest = eligible.max(by: { $0.count < $1.count }) {
                candidates.append((index, longest))
                seen.insert(longest)
            }
        }
        quotes = candidates.sorted { ($0.text.count, $1.index) > ($1.text.count, $0.index) }
            .prefix(Self.quoteCount).sorted { $0.index < $1.index }.map(\.text)
    }

    /// Weeks busy enough to keep meetings out of: named by at least a third of the educators
    /// who answered, and by at least two.
    public var busiestWeeks: [(monday: CivilDate, count: Int)] {
        let floor = max(2, (responses + 2) / 3)
        return busyWeeks.filter { $0.count >= floor }.sorted { $0.monday < $1.monday }
    }
}

/// A change the answers imply for the scenario file.
public struct QuestionnaireChange: Sendable, Equatable {
    public enum Edit: Sendable, Equatable {
        /// A scalar at a dotted path, as the file should write it.
        case set(path: String, old: String?, new: String)
        /// A blackout week added to `calendar.blackouts`.
        case blackout(name: String, from: CivilDate, to: CivilDate)
        /// The `educator_input:` section, written whole.
        case educatorInput(EducatorInput)
    }
    public var edit: Edit
    /// Why, in the rule's words.
    public var reason: String

    public init(edit: Edit, reason: String) { (self.edit, self.reason) = (edit, reason) }
}

extension QuestionnaireSummary {
    /// The changes the answers imply for `s` (docs/questionnaire.md), and notes on what they
    /// imply but the scenario cannot take (a section it does not have).
    public func changes(for s: Scenario) -> (changes: [QuestionnaireChange], notes: [String]) {
        var changes: [QuestionnaireChange] = []
        var notes: [String] = []
        guard responses > 0 else { return ([], ["no responses: nothing to change"]) }
        let participants = s.cohort(inYear: 1).participants
        // Childcare: the share of respondents who need it, applied to the whole cohort.
        let families = min(participants, (familiesNeedingCare * participants + responses - 1) / responses)
        if let care = s.childcare {
            if care.families != families {
                changes.append(QuestionnaireChange(edit: .set(path: "childcare.families", old: String(care.families), new: String(families)),
                    reason: "\(familiesNeedingCare) of \(responses) educators need care for \(children) child\(children == 1 ? "" : "ren"); scaled to the cohort of \(participants), rounded up"))
            }
        } else if familiesNeedingCare > 0 {
            notes.append("\(familiesNeedingCare) of \(responses) educators need childcare, but the scenario has no childcare section: add one (families: \(families), hours_per_meeting, hourly_rate)")
        }
        if let subs = s.substitutes {
            let days = (subs.daysPerParticipant * Decimal(substituteYes) / Decimal(responses)).rounded(2)
            if days != subs.daysPerParticipant {
                changes.append(QuestionnaireChange(edit: .set(path: "substitutes.days_per_participant", old: subs.daysPerParticipant.plainText, new: days.plainText),
                    reason: "\(substituteYes) of \(responses) educators need a substitute for daytime sessions: the days are spread over the cohort"))
            }
        }
        if let food = s.food {
            let guests = (visitorYes + 3) / 4
            if guests != food.guestsPerMeeting {
                changes.append(QuestionnaireChange(edit: .set(path: "food.guests_per_meeting", old: String(food.guestsPerMeeting), new: String(guests)),
                    reason: "\(visitorYes) of \(responses) educators would bring a colleague or visitor now and then (one meeting in four each)"))
            }
        }
        if let calendar = s.calendar {
            if let slot = preferredSlot {
                let count = slotCounts.first { $0.label == slot.label }!.count
                if calendar.meeting.weekday.rawValue != slot.weekday {
                    changes.append(QuestionnaireChange(edit: .set(path: "calendar.meeting.weekday", old: calendar.meeting.weekday.rawValue, new: slot.weekday),
                        reason: "\(slot.label) suits the most educators (\(count) of \(responses))"))
                }
                if calendar.meeting.time.description != slot.time {
                    changes.append(QuestionnaireChange(edit: .set(path: "calendar.meeting.time", old: calendar.meeting.time.description, new: slot.time),
                        reason: "\(slot.label) suits the most educators (\(count) of \(responses))"))
                }
            }
            for week in busiestWeeks {
                let friday = week.monday.adding(days: 4)
                let covered = calendar.blackouts.contains { $0.firstDay <= week.monday && friday <= $0.lastDay }
                if !covered {
                    changes.append(QuestionnaireChange(edit: .blackout(name: "Busy week (\(week.count) of \(responses) educators)", from: week.monday, to: friday),
                        reason: "named busy by \(week.count) of \(responses) educators (at least a third)"))
                }
            }
        } else if !busiestWeeks.isEmpty || preferredSlot != nil {
            notes.append("the scenario has no calendar section, so the preferred meeting slot and the busiest weeks cannot be placed: add one (docs/calendar.md)")
        }
        let input = EducatorInput(responses: responses, quotes: quotes)
        if s.educatorInput != input {
            changes.append(QuestionnaireChange(edit: .educatorInput(input),
                reason: "the brief's \"What educators told us\": \(quotes.count) quote\(quotes.count == 1 ? "" : "s") (\(Self.quoteRule))"))
        }
        return (changes, notes)
    }
}

private extension Decimal {
    func rounded(_ places: Int) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }
}

import Foundation
import LCModel
import LCReports

/// The scenario a new community starts from: every recommendation of the guide followed, so
/// once its open fields are answered it raises no advisory. The web workspace's "New community"
/// (docs/web.md) and `lcbudget init` (docs/scenario-format.md, "Start a new community") both
/// write it, so the two can never disagree about what the guide recommends.
///
/// ```swift
/// NewCommunity.yaml                       // the web template: name, goal, … left as ""
/// NewCommunity.commentedYAML(answers)     // `lcbudget init`: every key with a comment above it
/// ```
///
/// The figures are the guide's (a 10-month community meeting monthly for 2 hours, $50 an hour
/// for 4 hours a month, food and kits, monthly small-group coaching, a 6-month planning
/// on-ramp) or modest ones a district changes (food, kit and coaching prices). Three years
/// is the least the guide recommends for the most ambitious goal (student outcomes), so no
/// goal makes it too short. The web template has no leaders (a buyout needs a salary) and
/// meets after school, so childcare is budgeted; `init` asks both. No funding is written yet
/// (a gap needs sources to compare).
public enum NewCommunity {
    /// One key of the template: its registry path, its YAML value, and why that value.
    struct Entry {
        var path, value, why: String
    }

    /// The web template: the open fields are empty text.
    public static let yaml = render(entries(nil), comments: false)

    /// The template as a document: the open fields are empty text.
    public static var document: LCReports.JSONValue { YAMLTree(text: yaml)!.document }

    /// The scenario `lcbudget init` writes for `answers`: a comment above every key says what
    /// it is (the field registry's label, unit and help), what the guide recommends, and why
    /// this value.
    public static func commentedYAML(_ answers: Answers) -> String {
        let head = """
            # \(answers.name): a learning community scenario written by `lcbudget init`.
            # Every value follows the guide's recommendations, so `lcbudget check` shows no advisory.
            # Change any figure to your own; the comment above each key says what it means.


            """
        return head + render(entries(answers), comments: true) + "\n" + agendaProposal
    }

    /// The guide's agenda arc, proposed as a commented calendar (a calendar needs the district's
    /// own school year and holidays, which `init` cannot know, so it is not switched on).
    /// Uncommented as it stands, it loads (NewCommunityTests).
    static var agendaProposal: String {
        let cycle = AgendaArc.guideCycle.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            # Published agendas (docs/calendar.md). The guide asks leaders to publish each meeting's
            # agenda around a cycle of trying things in the classroom, reflecting on the evidence and
            # making shared meaning. To date the meetings and publish their agendas, uncomment this
            # calendar, then set your district's school year, meeting day and holidays (blackouts):
            # calendar:
            #   school_year: { first_day: "08-28", last_day: "06-15" }
            #   meeting: { week: 2, weekday: tuesday, time: "16:00" }
            #   agenda:
            #     cycle: [\(cycle)]

            """
    }

    // MARK: The values

    /// The template's keys in the scenario format's order; `nil` answers give the web template.
    static func entries(_ answers: Answers?) -> [Entry] {
        let mine = "Your answer."
        let text = { (value: String?) in YAMLEmitter.text(value ?? "") }
        var list: [Entry] = [
            Entry(path: "format", value: "1", why: "This file is written in format 1."),
            Entry(path: "name", value: text(answers?.name), why: mine),
        ]
        // Left out when not given: the format's organization is optional.
        if answers?.organization.isEmpty != true {
            list.append(Entry(path: "organization", value: text(answers?.organization), why: mine))
        }
        list += [
            Entry(path: "goal", value: text(answers?.goal.rawValue), why: mine),
            Entry(path: "start", value: text(answers?.start.iso), why: "Your answer, a month in the summer before the school year begins."),
            Entry(path: "years", value: "3",
                  why: "Three years is the least the guide recommends for the most ambitious goal, so every goal is covered."),
            Entry(path: "school_year_start_month", value: "9",
                  why: "September; if your school year starts in another month, change it and keep start within the 3 months before it."),
            Entry(path: "discount_rate", value: "0.03", why: "3% a year, a common rate for public programs."),
            Entry(path: "cohort.participants", value: answers.map { String($0.participants) } ?? "\"\"", why: mine),
            Entry(path: "cohort.leaders", value: String(answers?.leaders ?? 0), why: answers == nil ? "" : mine),
            Entry(path: "cohort.students_per_educator", value: "25", why: "About one K-8 class each; use your own figure."),
            Entry(path: "meetings.per_year", value: String(answers?.meetingsPerYear ?? 10),
                  why: answers == nil ? "" : "Your answer; monthly across a 10-month school year is 10."),
            Entry(path: "meetings.minutes", value: String(answers?.meetingMinutes ?? 120), why: answers == nil ? "" : mine),
            Entry(path: "meetings.after_hours", value: (answers?.afterHours ?? true) ? "true" : "false",
                  why: answers == nil ? "" : "Your answer; childcare is budgeted only for meetings after hours."),
            Entry(path: "stipends.hourly_rate", value: "50.00", why: "The guide's $50 an hour."),
            Entry(path: "stipends.hours_per_month", value: "4", why: "The guide's 4 hours a month: the meeting and its preparation."),
        ]
        let leads = (answers?.leaders ?? 0) > 0
        if leads {
            list.append(Entry(path: "stipends.leader_hourly_rate", value: "60.00",
                              why: "$10 more than the others, because the guide asks that leaders be paid more."))
        }
        list += [
            Entry(path: "fringe.extra_duty", value: "0.10", why: "10% of stipends; use your district's rate."),
            Entry(path: "fringe.substitutes", value: "0", why: "No substitutes are budgeted, so no fringe on them."),
        ]
        if leads, let answers {
            list += [
                Entry(path: "buyouts.salary", value: answers.leaderSalary.plainText,
                      why: "Your answer (or lcbudget's default); use your leaders' average salary."),
                Entry(path: "buyouts.benefits_rate", value: "0.30", why: "30% of salary; use your district's rate."),
                Entry(path: "buyouts.leader_share", value: "0.5", why: "Half of each leader's time, as the guide suggests."),
            ]
        }
        list += [
            Entry(path: "food.per_person_per_meeting", value: "12", why: "A modest meal; use your caterer's price."),
            Entry(path: "food.guests_per_meeting", value: "1", why: "One guest (a facilitator or visitor) a meeting."),
        ]
        if answers?.afterHours ?? true {
            list += [
                Entry(path: "childcare.families", value: "4", why: "A few families a meeting; ask your cohort."),
                Entry(path: "childcare.hours_per_meeting", value: "2.5", why: "The meeting plus half an hour."),
                Entry(path: "childcare.hourly_rate", value: "20", why: "A modest rate; use your provider's."),
            ]
        }
        list += [
            Entry(path: "kits.per_participant", value: "100", why: "A modest prototyping kit; use your supplier's price."),
            Entry(path: "kits.refresh_share", value: "0.25", why: "A quarter of each kit is replaced every later year."),
            Entry(path: "coaching.sessions_per_year", value: "10", why: "One small-group session between monthly meetings."),
            Entry(path: "coaching.minutes", value: "30", why: "A short check-in."),
            Entry(path: "coaching.group_size", value: "3", why: "Small groups of three educators."),
            Entry(path: "coaching.coach_hourly_rate", value: "75", why: "A modest coaching rate; use your coach's."),
            Entry(path: "planning.onramp_months", value: "6", why: "The guide's 6-month on-ramp."),
            Entry(path: "planning.team_size", value: "3", why: "A small planning team."),
            Entry(path: "planning.hours_per_month", value: "3", why: "A few hours a month each."),
            Entry(path: "planning.hourly_rate", value: "50", why: "The guide's $50 an hour."),
            Entry(path: "escalation.compensation", value: "0.03", why: "3% raises a year; use your salary schedule."),
            Entry(path: "escalation.goods", value: "0.025", why: "2.5% inflation a year."),
        ]
        return list
    }

    // MARK: Writing

    /// YAML with a `section:` line before each section's first key; with `comments`, a comment
    /// block above every key and a blank line between sections.
    static func render(_ entries: [Entry], comments: Bool) -> String {
        var lines: [String] = []
        var section = ""
        for entry in entries {
            let parts = entry.path.split(separator: ".").map(String.init)
            let key = parts.last!, owner = parts.count > 1 ? parts[0] : ""
            if owner != section {
                if comments { lines.append("") }
                if !owner.isEmpty { lines.append(owner + ":") }
                section = owner
            }
            let pad = owner.isEmpty ? "" : "  "
            if comments { lines += comment(for: entry).map { pad + "# " + $0 } }
            lines.append(pad + key + ": " + entry.value)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the field is (registry label, unit, help), the guide's recommendation, and why this
    /// value, wrapped to fit a narrow editor.
    static func comment(for entry: Entry) -> [String] {
        var lines: [String] = []
        if let field = FieldRegistry.field(entry.path) {
            lines += wrap(field.label + (field.unit.isEmpty ? "" : " (\(field.unit))") + ": " + field.help)
            if let recommendation = field.recommendation { lines += wrap("Guide: \(recommendation).") }
        }
        if !entry.why.isEmpty { lines += wrap("This value: " + entry.why) }
        return lines
    }

    static func wrap(_ text: String, width: Int = 96) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

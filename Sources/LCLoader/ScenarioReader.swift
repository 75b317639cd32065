import Foundation
import LCModel

/// Walks a scenario's YAML tree into a `Scenario`, recording every problem.
///
/// Keys and ranges are those of the scenario format (format 1), documented in docs/scenario-format.md
/// for the rules the spec leaves to the project.
struct ScenarioReader {
    let validation: Validation

    static let topKeys = ["format", "name", "organization", "goal", "start", "years", "school_year_start_month",
                          "discount_rate", "cohort", "meetings", "stipends", "fringe", "buyouts", "substitutes",
                          "food", "childcare", "kits", "coaching", "credentials", "planning", "other",
                          "escalation", "indirect", "funding", "calendar",
                          "fiscal_year_start_month", "form_524", "uncertainty", "educator_input"]

    /// The keys of each section (for `funding` and `other`: of each entry of the list). One table,
    /// so a misplaced key can be traced to the section it belongs to (`MappingReader.unknownKey`).
    static let sectionKeys: [String: [String]] = [
        "cohort": ["participants", "leaders", "students_per_educator", "employees", "by_year"],
        "meetings": ["per_year", "minutes", "after_hours"],
        "stipends": ["hourly_rate", "hours_per_month", "leader_hourly_rate", "leader_extra_hours_per_month"],
        "fringe": ["extra_duty", "substitutes"],
        "buyouts": ["salary", "benefits_rate", "leader_share", "participant_share"],
        "substitutes": ["days_per_participant", "daily_rate", "include_leaders"],
        "food": ["per_person_per_meeting", "guests_per_meeting"],
        "childcare": ["families", "hours_per_meeting", "hourly_rate"],
        "kits": ["per_participant", "refresh_share"],
        "coaching": ["sessions_per_year", "minutes", "group_size", "coach_hourly_rate"],
        "credentials": ["per_participant"],
        "planning": ["onramp_months", "team_size", "hours_per_month", "hourly_rate"],
        "escalation": ["compensation", "goods"],
        "indirect": ["rate", "base", "program", "de_minimis", "award_date"],
        "funding": ["source", "kind", "by_year", "covers", "federal", "planning", "allocation"],
        "other": ["name", "annual"],
        "calendar": calendarKeys,
        "educator_input": educatorInputKeys,
    ]

    func read(_ root: SourceNode) -> Scenario? {
        guard let top = MappingReader(root, path: "", allowed: Self.topKeys, validation: validation) else { return nil }

        if let formatNode = top.value("format") {
            if formatNode.string != "1" || formatNode.scalar?.style != .plain {
                validation.error("format must be 1 (the only scenario format this version reads), found \(MappingReader.shown(formatNode))", at: formatNode)
            }
        } else {
            top.missing("format", "1")
        }
        let name = top.string("name", required: true, nonEmpty: true)
        let organization = top.string("organization")
        let goal = readGoal(top)
        let start = readStart(top)
        let years = top.whole("years")
        let schoolStart = top.whole("school_year_start_month")
        let discount = top.number("discount_rate")
        let cohort = readCohort(top, years: years)
        let meetings = readMeetings(top)

        guard let name, let goal, let start, let years, let cohort, let meetings else {
            // Still read the rest, so one run reports every problem in the file.
            var placeholder = Scenario(name: "", goal: .teacherIdentity, start: YearMonth(year: 2000, month: 1),
                                       years: 1, cohort: Cohort(participants: 1), meetings: Meetings(perYear: 1))
            readOptionalSections(top, years: years, into: &placeholder)
            return nil
        }
        var scenario = Scenario(name: name, goal: goal, start: start, years: years, cohort: cohort, meetings: meetings)
        scenario.organization = organization
        if let schoolStart { scenario.schoolYearStartMonth = schoolStart }
        if let discount { scenario.discountRate = discount }
        readOptionalSections(top, years: years, into: &scenario)
        return scenario
    }

    private func readOptionalSections(_ top: MappingReader, years: Int?, into scenario: inout Scenario) {
        scenario.stipends = readStipends(top)
        if let fringe = readFringe(top) { scenario.fringe = fringe }
        scenario.buyouts = readBuyouts(top)
        scenario.substitutes = readSubstitutes(top)
        scenario.food = readFood(top)
        scenario.childcare = readChildcare(top)
        scenario.kits = readKits(top)
        scenario.coaching = readCoaching(top, meetingsPerYear: scenario.meetings.perYear)
        scenario.credentials = readCredentials(top)
        scenario.planning = readPlanning(top)
        scenario.other = readOther(top)
        if let escalation = readEscalation(top) { scenario.escalation = escalation }
        scenario.indirect = readIndirect(top)
        scenario.funding = readFunding(top, years: years)
        scenario.calendar = readCalendar(top)
        readFundingTerms(top, into: &scenario)
        scenario.uncertainty = readUncertainty(top, scenario: scenario)
        scenario.educatorInput = readEducatorInput(top)
    }

    private func readGoal(_ top: MappingReader) -> Goal? {
        guard let node = top.value("goal") else {
            top.missing("goal", Goal.allCases.map(\.rawValue).joined(separator: " | "))
            return nil
        }
        guard let text = node.string, let goal = Goal(rawValue: text) else {
            var message = "goal must be one of \(Goal.allCases.map(\.rawValue).joined(separator: ", ")), found \(MappingReader.shown(node))"
            if let text = node.string, let hint = Suggestion.nearest(to: text, in: Goal.allCases.map(\.rawValue)) {
                message += "; did you mean '\(hint)'?"
            }
            validation.error(message, at: node)
            return nil
        }
        return goal
    }

    private func readStart(_ top: MappingReader) -> YearMonth? {
        guard let node = top.value("start") else {
            top.missing("start", "the first month of year 1, as YYYY-MM")
            return nil
        }
        let text = node.string ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2,
           let year = Int(parts[0]), let month = Int(parts[1]), parts.allSatisfy({ $0.allSatisfy(\.isASCII) }) {
            if (1...12).contains(month), year >= 1900 {
                return YearMonth(year: year, month: month)
            }
        }
        validation.error("start must be a month as YYYY-MM (a year from 1900, a month from 01 to 12), found \(MappingReader.shown(node))", at: node)
        return nil
    }

    private func readCohort(_ top: MappingReader, years: Int?) -> Cohort? {
        guard let c = top.section("cohort", allowed: Self.sectionKeys["cohort"]!, required: "participants and leaders") else { return nil }
        let participants = c.whole("participants")
        let leaders = c.whole("leaders")
        if let participants, let leaders, let node = c.value("leaders"), leaders > participants {
            validation.error("cohort.leaders (\(leaders)) must not be greater than cohort.participants (\(participants)); participants include leaders", at: node)
        }
        let students = c.number("students_per_educator")
        let employees = c.bool("employees")
        var byYear: [CohortYear]?
        if let entries = c.list("by_year"), let listNode = c.value("by_year") {
            if let years, entries.count != years {
                validation.error("cohort.by_year must have exactly \(years) entries (one per project year), found \(entries.count)", at: listNode)
            }
            byYear = entries.enumerated().compactMap { index, entry in
                let path = "cohort.by_year[\(index)]"
                guard let e = MappingReader(entry, path: path, allowed: ["participants", "leaders"], validation: validation) else { return nil }
                guard let p = e.whole("participants") else { _ = e.whole("leaders"); return nil }
                let l = e.whole("leaders") ?? 0
                if l > p, let node = e.value("leaders") {
                    validation.error("\(path).leaders (\(l)) must not be greater than \(path).participants (\(p))", at: node)
                    return nil
                }
                return CohortYear(participants: p, leaders: l)
            }
            if byYear?.count != entries.count { byYear = nil }
        }
        guard let participants else { return nil }
        var cohort = Cohort(participants: participants, leaders: min(leaders ?? 0, participants))
        if let students { cohort.studentsPerEducator = students }
        if let employees { cohort.employees = employees }
        if let byYear, byYear.count == years { cohort.byYear = byYear }
        return cohort
    }

    private func readMeetings(_ top: MappingReader) -> Meetings? {
        guard let m = top.section("meetings", allowed: Self.sectionKeys["meetings"]!, required: "per_year at least") else { return nil }
        let perYear = m.whole("per_year")
        let minutes = m.number("minutes")
        let afterHours = m.bool("after_hours")
        guard let perYear else { return nil }
        var meetings = Meetings(perYear: perYear, afterHours: afterHours ?? false)
        if let minutes { meetings.minutes = minutes }
        return meetings
    }

    private func readStipends(_ top: MappingReader) -> Stipends? {
        guard let s = top.section("stipends", allowed: Self.sectionKeys["stipends"]!) else { return nil }
        let rate = s.number("hourly_rate")
        let hours = s.number("hours_per_month")
        let leaderRate = s.number("leader_hourly_rate")
        let extra = s.number("leader_extra_hours_per_month")
        guard let rate, let hours else { return nil }
        return Stipends(hourlyRate: rate, hoursPerMonth: hours, leaderHourlyRate: leaderRate, leaderExtraHoursPerMonth: extra ?? 0)
    }

    private func readFringe(_ top: MappingReader) -> Fringe? {
        guard let f = top.section("fringe", allowed: Self.sectionKeys["fringe"]!) else { return nil }
        return Fringe(extraDuty: f.number("extra_duty") ?? 0,
                      substitutes: f.number("substitutes") ?? 0)
    }

    private func readBuyouts(_ top: MappingReader) -> Buyouts? {
        guard let b = top.section("buyouts", allowed: Self.sectionKeys["buyouts"]!) else { return nil }
        let salary = b.number("salary")
        let benefits = b.number("benefits_rate")
        let leader = b.number("leader_share")
        let participant = b.number("participant_share")
        guard let salary, let benefits, let leader else { return nil }
        return Buyouts(salary: salary, benefitsRate: benefits, leaderShare: leader, participantShare: participant ?? 0)
    }

    private func readSubstitutes(_ top: MappingReader) -> Substitutes? {
        guard let s = top.section("substitutes", allowed: Self.sectionKeys["substitutes"]!) else { return nil }
        let days = s.number("days_per_participant")
        let rate = s.number("daily_rate")
        let leaders = s.bool("include_leaders")
        guard let days, let rate else { return nil }
        return Substitutes(daysPerParticipant: days, dailyRate: rate, includeLeaders: leaders ?? false)
    }

    private func readFood(_ top: MappingReader) -> Food? {
        guard let f = top.section("food", allowed: Self.sectionKeys["food"]!) else { return nil }
        let perPerson = f.number("per_person_per_meeting")
        let guests = f.whole("guests_per_meeting")
        guard let perPerson else { return nil }
        return Food(perPersonPerMeeting: perPerson, guestsPerMeeting: guests ?? 0)
    }

    private func readChildcare(_ top: MappingReader) -> Childcare? {
        guard let c = top.section("childcare", allowed: Self.sectionKeys["childcare"]!) else { return nil }
        let families = c.whole("families")
        let hours = c.number("hours_per_meeting")
        let rate = c.number("hourly_rate")
        guard let families, let hours, let rate else { return nil }
        return Childcare(families: families, hoursPerMeeting: hours, hourlyRate: rate)
    }

    private func readKits(_ top: MappingReader) -> Kits? {
        guard let k = top.section("kits", allowed: Self.sectionKeys["kits"]!) else { return nil }
        let perParticipant = k.number("per_participant")
        let refresh = k.number("refresh_share")
        guard let perParticipant else { return nil }
        return Kits(perParticipant: perParticipant, refreshShare: refresh ?? 0)
    }

    private func readCoaching(_ top: MappingReader, meetingsPerYear: Int) -> Coaching? {
        guard let c = top.section("coaching", allowed: Self.sectionKeys["coaching"]!) else { return nil }
        let sessions = c.whole("sessions_per_year")
        let minutes = c.number("minutes")
        let group = c.whole("group_size")
        let rate = c.number("coach_hourly_rate")
        guard let minutes, let group, let rate else { return nil }
        return Coaching(sessionsPerYear: sessions ?? meetingsPerYear, minutes: minutes, groupSize: group, coachHourlyRate: rate)
    }

    private func readCredentials(_ top: MappingReader) -> Credentials? {
        guard let c = top.section("credentials", allowed: Self.sectionKeys["credentials"]!) else { return nil }
        guard let perParticipant = c.number("per_participant") else { return nil }
        return Credentials(perParticipant: perParticipant)
    }

    private func readPlanning(_ top: MappingReader) -> Planning? {
        guard let p = top.section("planning", allowed: Self.sectionKeys["planning"]!) else { return nil }
        let months = p.whole("onramp_months")
        let team = p.whole("team_size")
        let hours = p.number("hours_per_month")
        let rate = p.number("hourly_rate")
        guard let months, let team, let hours, let rate else { return nil }
        return Planning(onrampMonths: months, teamSize: team, hoursPerMonth: hours, hourlyRate: rate)
    }

    private func readOther(_ top: MappingReader) -> [OtherCost] {
        guard let entries = top.list("other") else { return [] }
        return entries.enumerated().compactMap { index, node in
            guard let o = MappingReader(node, path: "other[\(index)]", allowed: Self.sectionKeys["other"]!, validation: validation) else { return nil }
            let name = o.string("name", required: true, nonEmpty: true)
            let annual = o.number("annual")
            guard let name, let annual else { return nil }
            return OtherCost(name: name, annual: annual)
        }
    }

    private func readEscalation(_ top: MappingReader) -> Escalation? {
        guard let e = top.section("escalation", allowed: Self.sectionKeys["escalation"]!) else { return nil }
        return Escalation(compensation: e.number("compensation") ?? 0, goods: e.number("goods") ?? 0)
    }

    private func readIndirect(_ top: MappingReader) -> Indirect? {
        guard let i = top.section("indirect", allowed: Self.sectionKeys["indirect"]!) else { return nil }
        let rate = i.number("rate")
        var base = Indirect.Base.totalDirect
        if let node = i.value("base") {
            if let text = node.string, let parsed = Indirect.Base(rawValue: text) {
                base = parsed
            } else {
                var message = "indirect.base must be total_direct or mtdc, found \(MappingReader.shown(node))"
                if let text = node.string, let hint = Suggestion.nearest(to: text, in: ["total_direct", "mtdc"]) {
                    message += "; did you mean '\(hint)'?"
                }
                validation.error(message, at: node)
            }
        }
        guard let rate else { return nil }
        return Indirect(rate: rate, base: base)
    }

    private func readFunding(_ top: MappingReader, years: Int?) -> [FundingSource]? {
        guard let entries = top.list("funding") else { return nil }
        let sources: [FundingSource] = entries.enumerated().compactMap { index, node in
            let path = "funding[\(index)]"
            guard let f = MappingReader(node, path: path, allowed: Self.sectionKeys["funding"]!, validation: validation) else { return nil }
            let source = f.string("source", required: true, nonEmpty: true)
            var kind: FundingSource.Kind? = .other
            if let kindNode = f.value("kind") {
                kind = kindNode.scalar.flatMap { FundingSource.Kind(rawValue: $0.string) }
                if kind == nil {
                    let names = FundingSource.Kind.allCases.map(\.rawValue)
                    var message = "\(path).kind must be one of \(names.joined(separator: ", ")), found \(MappingReader.shown(kindNode))"
                    if let text = kindNode.string, let hint = Suggestion.nearest(to: text, in: names) {
                        message += "; did you mean '\(hint)'?"
                    }
                    validation.error(message, at: kindNode)
                }
            }
            var amounts: [Decimal]?
            if f.splitByCommas("by_year", expected: years) {
                // Every other message about this list would follow from the split.
            } else if let list = f.list("by_year"), let listNode = f.value("by_year") {
                if let years, list.count != years {
                    validation.error("\(path).by_year must have exactly \(years) amounts (one per project year), found \(list.count)", at: listNode)
                }
                let parsed = list.enumerated().compactMap { i, amount in
                    MappingReader.number(amount, path: "\(path).by_year[\(i)]", validation: validation)
                }
                if parsed.count == list.count { amounts = parsed }
            } else if !f.has("by_year") {
                f.missing("by_year", "one amount per project year")
            }
            guard let source, let kind, let amounts, amounts.count == years else { return nil }
            return FundingSource(source: source, kind: kind, byYear: amounts)
        }
        return sources.count == entries.count ? sources : nil
    }
}

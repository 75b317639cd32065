import Foundation
import LCModel

/// Reads the optional `calendar:` section (docs/calendar.md) with the same
/// `file:line:column` errors as the rest of the scenario.
extension ScenarioReader {
    static let calendarKeys = ["time_zone", "location", "school_years", "school_year", "meeting", "coaching", "blackouts", "agenda"]

    func readCalendar(_ top: MappingReader) -> CommunityCalendar? {
        guard let c = top.section("calendar", allowed: Self.calendarKeys) else { return nil }
        let zone = readTimeZone(c)
        let location = c.string("location", nonEmpty: true)
        let schoolYears = readSchoolYears(c)
        let meeting = readMeetingRule(c)
        let coaching = readCoachingRule(c)
        let blackouts = readBlackouts(c)
        let agenda = readAgenda(c)
        guard let schoolYears, let meeting, let blackouts, zone != nil || !c.has("time_zone"),
              coaching != nil || !c.has("coaching"), let agenda else { return nil }
        return CommunityCalendar(schoolYears: schoolYears, meeting: meeting, coaching: coaching,
                                 blackouts: blackouts, timeZone: zone ?? .losAngeles, location: location,
                                 agenda: agenda)
    }

    private func readTimeZone(_ c: MappingReader) -> CalendarTimeZone? {
        guard let node = c.value("time_zone") else { return nil }
        let names = CalendarTimeZone.allCases.map(\.identifier)
        if let text = node.string, let zone = CalendarTimeZone(rawValue: text) { return zone }
        var message = "calendar.time_zone must be one of the supported US time zones (\(names.joined(separator: ", "))), found \(MappingReader.shown(node))"
        if let text = node.string, let hint = Suggestion.nearest(to: text, in: names) ?? names.first(where: { $0.lowercased() == text.lowercased() }) {
            message += "; did you mean '\(hint)'?"
        }
        validation.error(message, at: node)
        return nil
    }

    // MARK: School years

    private func readSchoolYears(_ c: MappingReader) -> SchoolYears? {
        switch (c.value("school_years"), c.value("school_year")) {
        case (nil, nil):
            c.missing("school_years", "a list of { first_day: YYYY-MM-DD, last_day: YYYY-MM-DD }, or a school_year rule")
            return nil
        case (_?, let rule?):
            validation.error("calendar has both school_years and school_year; give the dated list or the yearly rule, not both", at: rule)
            return nil
        case (_?, nil):
            return readListedSchoolYears(c)
        case (nil, _?):
            return readSchoolYearRule(c)
        }
    }

    private func readListedSchoolYears(_ c: MappingReader) -> SchoolYears? {
        guard let entries = c.list("school_years") else { return nil }
        if entries.isEmpty, let node = c.value("school_years") {
            validation.error("calendar.school_years must list at least one school year", at: node)
            return nil
        }
        var years: [SchoolYearDates] = []
        var ok = true
        for (index, entry) in entries.enumerated() {
            let path = "calendar.school_years[\(index)]"
            guard let e = MappingReader(entry, path: path, allowed: ["first_day", "last_day"], validation: validation) else { ok = false; continue }
            let first = date(e, "first_day", required: true)
            let last = date(e, "last_day", required: true)
            guard let first, let last else { ok = false; continue }
            if last <= first, let node = e.value("last_day") {
                validation.error("\(path).last_day (\(last.iso)) must be after first_day (\(first.iso))", at: node)
                ok = false
                continue
            }
            if let previous = years.last, first <= previous.lastDay, let node = e.value("first_day") {
                validation.error("\(path).first_day (\(first.iso)) must be after the previous school year's last day (\(previous.lastDay.iso)); list school years in order, without overlaps", at: node)
                ok = false
                continue
            }
            years.append(SchoolYearDates(firstDay: first, lastDay: last))
        }
        return ok ? .listed(years) : nil
    }

    private func readSchoolYearRule(_ c: MappingReader) -> SchoolYears? {
        guard let r = c.section("school_year", allowed: ["first_day", "last_day"]) else { return nil }
        let first = dayRule(r, "first_day")
        let last = dayRule(r, "last_day")
        guard let first, let last else { return nil }
        // The rule is checked on a sample year: the last day must follow the first.
        let sample = SchoolYears.rule(first: first, last: last).dates(from: YearMonth(year: 2031, month: 1), through: YearMonth(year: 2031, month: 1)).last!
        if sample.lastDay <= sample.firstDay, let node = r.value("last_day") {
            validation.error("calendar.school_year.last_day must fall after first_day", at: node)
            return nil
        }
        return .rule(first: first, last: last)
    }

    /// `"09-01"` or `{ month: 8, week: last, weekday: wednesday }`.
    private func dayRule(_ r: MappingReader, _ key: String) -> DayRule? {
        guard let node = r.value(key) else {
            r.missing(key, "a month and day as MM-DD, or { month, week, weekday }")
            return nil
        }
        let name = r.qualified(key)
        if node.mapping != nil {
            guard let m = MappingReader(node, path: name, allowed: ["month", "week", "weekday"], validation: validation) else { return nil }
            let month = m.int("month", required: true, in: 1...12)
            let week = week(m)
            let weekday = weekday(m)
            guard let month, let week, let weekday else { return nil }
            return .weekday(month: month, week: week, weekday: weekday)
        }
        let text = node.string ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           let month = Int(parts[0]), let day = Int(parts[1]), (1...12).contains(month),
           day >= 1, day <= CivilDate.daysIn(year: 2001, month: month) {
            return .fixed(month: month, day: day)
        }
        validation.error("\(name) must be a month and day as MM-DD that exists every year (02-29 does not), or { month, week, weekday }, found \(MappingReader.shown(node))", at: node)
        return nil
    }

    // MARK: Rules

    private func readMeetingRule(_ c: MappingReader) -> MeetingRule? {
        guard let m = c.section("meeting", allowed: ["week", "weekday", "time", "minutes"],
                                required: "for example { week: 2, weekday: tuesday, time: \"16:00\", minutes: 120 }") else { return nil }
        let week = week(m)
        let weekday = weekday(m)
        let time = time(m)
        let minutes = m.whole("minutes")
        guard let week, let weekday, let time, minutes != nil || !m.has("minutes") else { return nil }
        return MeetingRule(week: week, weekday: weekday, time: time, minutes: minutes)
    }

    private func readCoachingRule(_ c: MappingReader) -> CoachingRule? {
        guard let r = c.section("coaching", allowed: ["week", "weekday", "days_after_meeting", "time", "minutes"]) else { return nil }
        var placement: CoachingRule.Placement?
        if r.has("days_after_meeting") {
            if r.has("week") || r.has("weekday"), let node = r.value("days_after_meeting") {
                validation.error("calendar.coaching gives both days_after_meeting and week/weekday; give one placement", at: node)
                _ = week(r); _ = weekday(r)
            } else if let days = r.whole("days_after_meeting") {
                placement = .daysAfterMeeting(days)
            }
        } else {
            let week = week(r)
            let weekday = weekday(r)
            if let week, let weekday { placement = .weekday(week, weekday) }
        }
        let time = time(r)
        let minutes = r.whole("minutes")
        guard let placement, let time, let minutes else { return nil }
        return CoachingRule(placement: placement, time: time, minutes: minutes)
    }

    private func week(_ m: MappingReader) -> WeekOfMonth? {
        guard let node = m.value("week") else {
            m.missing("week", "1 to 5, or last")
            return nil
        }
        let text = node.string?.lowercased() ?? ""
        if text == "last" { return .last }
        if node.scalar?.style == .plain, let n = Int(text), (1...5).contains(n) { return .nth(n) }
        validation.error("\(m.qualified("week")) must be 1, 2, 3, 4, 5 or last, found \(MappingReader.shown(node))", at: node)
        return nil
    }

    private func weekday(_ m: MappingReader) -> Weekday? {
        guard let node = m.value("weekday") else {
            m.missing("weekday", "monday to sunday")
            return nil
        }
        let names = Weekday.allCases.map(\.rawValue)
        if let text = node.string, let day = Weekday(rawValue: text.lowercased()) { return day }
        var message = "\(m.qualified("weekday")) must be a day of the week (\(names.joined(separator: ", "))), found \(MappingReader.shown(node))"
        if let text = node.string, let hint = Suggestion.nearest(to: text, in: names) {
            message += "; did you mean '\(hint)'?"
        }
        validation.error(message, at: node)
        return nil
    }

    private func time(_ m: MappingReader) -> TimeOfDay? {
        guard let node = m.value("time") else {
            m.missing("time", "a 24-hour time such as \"16:00\"")
            return nil
        }
        if let text = node.string, let time = TimeOfDay(text: text) { return time }
        validation.error("\(m.qualified("time")) must be a 24-hour time as HH:MM (\"16:00\"), found \(MappingReader.shown(node))", at: node)
        return nil
    }

    // MARK: Blackouts

    private func readBlackouts(_ c: MappingReader) -> [Blackout]? {
        guard let entries = c.list("blackouts") else { return c.has("blackouts") ? nil : [] }
        var out: [Blackout] = []
        var ok = true
        for (index, entry) in entries.enumerated() {
            let path = "calendar.blackouts[\(index)]"
            guard let b = MappingReader(entry, path: path, allowed: ["name", "date", "from", "to", "note"], validation: validation) else { ok = false; continue }
            let name = b.string("name", required: true, nonEmpty: true)
            let note = b.string("note")
            var first: CivilDate?, last: CivilDate?
            if b.has("date") {
                if (b.has("from") || b.has("to")), let node = b.value("date") {
                    validation.error("\(path) gives both date and from/to; use date for one day, from and to for a range", at: node)
                } else {
                    first = date(b, "date", required: true)
                    last = first
                }
            } else if b.has("from") || b.has("to") {
                first = date(b, "from", required: true)
                last = date(b, "to", required: true)
                if let f = first, let l = last, l < f, let node = b.value("to") {
                    validation.error("\(path).to (\(l.iso)) must not be before from (\(f.iso))", at: node)
                    last = nil
                }
            } else {
                b.missing("date", "one day as YYYY-MM-DD, or from and to for a range")
            }
            guard let name, let first, let last, note != nil || !b.has("note") else { ok = false; continue }
            out.append(Blackout(name: name, firstDay: first, lastDay: last, note: note))
        }
        return ok ? out : nil
    }

    // MARK: Dates

    /// A `YYYY-MM-DD` date that exists, with the reason when it does not.
    private func date(_ m: MappingReader, _ key: String, required: Bool) -> CivilDate? {
        guard let node = m.value(key) else {
            if required { m.missing(key, "a date as YYYY-MM-DD") }
            return nil
        }
        let text = node.string ?? ""
        if let date = CivilDate(iso: text), date.year >= 1900 { return date }
        var message = "\(m.qualified(key)) must be a date as YYYY-MM-DD, found \(MappingReader.shown(node))"
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3, (1...12).contains(parts[1]), parts[2] > CivilDate.daysIn(year: parts[0], month: parts[1]) {
            message += " (\(YearMonth(year: parts[0], month: parts[1]).monthAndYear) has \(CivilDate.daysIn(year: parts[0], month: parts[1])) days)"
        }
        validation.error(message, at: node)
        return nil
    }
}

import LCModel

/// Writes a schedule as an iCalendar file (RFC 5545) that Google Calendar, Outlook and Apple
/// Calendar import: the common subset only (docs/calendar.md).
///
/// - CRLF line endings; content lines folded at 75 octets without splitting a UTF-8 character;
/// - TEXT values escaped (backslash, semicolon, comma, newline), other control characters
///   dropped, so text from the scenario can never start a property of its own;
/// - one VTIMEZONE for the calendar's zone, written from `CalendarTimeZone`'s rules, and every
///   DTSTART/DTEND as local time with `TZID=`;
/// - UIDs derived from the community (a hash of its name and organization, `Slug.communityHash`),
///   the date and the kind (RFC 5545 §3.8.4.7): re-importing an updated file updates events
///   instead of duplicating them, and two communities' calendars never overwrite each other;
/// - `X-LCBUDGET-RUN` and `X-LCBUDGET-SOURCE-SHA256` name the recorded run, when there is one;
/// - DTSTAMP from `stamp` (seconds since 1970, from SOURCE_DATE_EPOCH), so output is byte-identical.
///
/// ```swift
/// let text = ICalendar.render(schedule, community: Slug.communityHash(name: s.name, organization: s.organization),
///                             stamp: 1_767_225_600)
/// ```
public enum ICalendar {
    public static let productID = "-//lcbudget//lcbudget calendar//EN"

    public static func render(_ schedule: Schedule, community: String, stamp: Int, includeBlackouts: Bool = false,
                              run: RunStamp? = nil) -> String {
        let zone = schedule.timeZone
        let dtstamp = utc(stamp)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(productID)",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(schedule.scenarioName))",
            "X-WR-TIMEZONE:\(zone.identifier)",
        ]
        if let run { lines += ["X-LCBUDGET-RUN:\(run.runID)", "X-LCBUDGET-SOURCE-SHA256:\(run.sourceSHA256)"] }
        lines += timeZoneComponent(zone)
        for event in schedule.placed {
            guard let start = event.start, let end = event.end, let date = event.date else { continue }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(date.basic)-\(event.kind.rawValue)-\(community)@lcbudget",
                "DTSTAMP:\(dtstamp)",
                "DTSTART;TZID=\(zone.identifier):\(local(start))",
                "DTEND;TZID=\(zone.identifier):\(local(end))",
                "SUMMARY:\(escape(event.summary))",
                "DESCRIPTION:\(escape(description(event, schedule)))",
            ]
            if let location = schedule.calendar.location { lines.append("LOCATION:\(escape(location))") }
            lines += ["TRANSP:OPAQUE", "END:VEVENT"]
        }
        if includeBlackouts {
            for blackout in schedule.blackouts {
                lines += [
                    "BEGIN:VEVENT",
                    "UID:\(blackout.firstDay.basic)-blackout-\(Slug.communityHash(name: blackout.name, organization: nil))-\(community)@lcbudget",
                    "DTSTAMP:\(dtstamp)",
                    "DTSTART;VALUE=DATE:\(blackout.firstDay.basic)",
                    // All-day DTEND is exclusive: the day after the last blackout day.
                    "DTEND;VALUE=DATE:\(blackout.lastDay.adding(days: 1).basic)",
                    "SUMMARY:\(escape("No meetings: \(blackout.name)"))",
                ]
                if let note = blackout.note { lines.append("DESCRIPTION:\(escape(note))") }
                lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// What an event's DESCRIPTION says: what it is, its published agenda (focus and cycle
    /// step) when the calendar has an `agenda:`, and why it moved.
    ///
    /// ```
    /// Monthly whole-group meeting of Riverside (year 1).
    /// Focus: Launch: norms and first prototypes
    /// Step: Try it in the classroom
    /// ```
    static func description(_ event: ScheduledEvent, _ schedule: Schedule) -> String {
        var text = event.kind == .meeting
            ? "Monthly whole-group meeting of \(schedule.scenarioName) (year \(event.year))."
            : "Monthly coaching or small-group touch-point of \(schedule.scenarioName) (year \(event.year))."
        if let agenda = event.agenda {
            if let focus = agenda.focus { text += "\nFocus: \(focus)" }
            text += "\nStep: \(agenda.step)"
        }
        if event.status == .moved {
            text += "\nMoved from \(event.ruleDate.short): \(event.reasons.joined(separator: "; "))."
            for blackout in event.blackoutsOnRuleDay {
                if let note = blackout.note { text += "\n\(blackout.name): \(note)" }
            }
        }
        return text
    }

    /// The VTIMEZONE for `zone`: US daylight-saving rules since 2007, or standard time all year.
    static func timeZoneComponent(_ zone: CalendarTimeZone) -> [String] {
        let standard = offset(zone.standardOffsetHours)
        let abbreviations = zone.abbreviations
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        if zone.observesDaylightSaving {
            let daylight = offset(zone.standardOffsetHours + 1)
            lines += [
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:\(standard)", "TZOFFSETTO:\(daylight)", "TZNAME:\(abbreviations.daylight)",
                "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:\(daylight)", "TZOFFSETTO:\(standard)", "TZNAME:\(abbreviations.standard)",
                "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            ]
        } else {
            lines += [
                "BEGIN:STANDARD", "TZOFFSETFROM:\(standard)", "TZOFFSETTO:\(standard)", "TZNAME:\(abbreviations.standard)",
                "DTSTART:19700101T000000", "END:STANDARD",
            ]
        }
        return lines + ["END:VTIMEZONE"]
    }

    /// `-0800`
    static func offset(_ hours: Int) -> String {
        let magnitude = abs(hours)
        return "\(hours < 0 ? "-" : "+")\(magnitude < 10 ? "0" : "")\(magnitude)00"
    }

    /// `20270914T160000`
    static func local(_ time: LocalDateTime) -> String {
        "\(time.date.basic)T\(two(time.time.hour))\(two(time.time.minute))00"
    }

    /// Seconds since 1970 as a UTC DATE-TIME: `20260101T000000Z`.
    static func utc(_ seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let rest = seconds - days * 86_400
        return "\(CivilDate(dayNumber: days).basic)T\(two(rest / 3600))\(two(rest % 3600 / 60))\(two(rest % 60))Z"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// RFC 5545 §3.3.11 TEXT: `\` `;` `,` escaped, any line break becomes `\n`, and other control
    /// characters (which TEXT may not hold) are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r":
                out += "\\n"
                if pending == "\n" { pending = scalars.next() }   // CRLF is one line break
            case "\n": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// RFC 5545 §3.1: lines longer than 75 octets are split, each continuation starting with one
    /// space; splits fall between UTF-8 characters, never inside one.
    public static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        let limit = 75
        for character in line.unicodeScalars {
            let size = String(character).utf8.count
            if used + size > limit {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(character)
            used += size
        }
        return out
    }
}

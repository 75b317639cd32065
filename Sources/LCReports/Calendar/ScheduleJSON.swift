import LCModel

/// `lcbudget calendar FILE --format json`: the schedule, every event placed or not
/// (docs/calendar.md lists the keys).
public enum ScheduleJSON {
    public static func document(_ schedule: Schedule, advisories: [Advisory]) -> JSONValue {
        .object([
            ("format", .int(1)),
            ("scenario", .string(schedule.scenarioName)),
            ("timeZone", .string(schedule.timeZone.identifier)),
            ("planningMonths", .array(schedule.planningMonths.map { .string($0.iso) })),
            ("years", .array((1...max(1, schedule.years)).map { year in
                .object([("year", .int(year)), ("meetings", .int(schedule.meetingCount(inYear: year))),
                         ("coaching", .int(schedule.coachingCount(inYear: year)))])
            })),
            ("events", .array(schedule.events.map { event($0, withAgenda: schedule.calendar.agenda != nil) })),
            ("blackouts", .array(schedule.blackouts.map { b in
                .object([("name", .string(b.name)), ("from", .string(b.firstDay.iso)), ("to", .string(b.lastDay.iso)),
                         ("note", b.note.map { .string($0) } ?? .null)])
            })),
            ("summary", .string(schedule.summarySentence)),
            ("advisories", .array(advisories.map { a in
                .object([("code", .string(a.code.rawValue)), ("severity", .string(a.severity.rawValue)),
                         ("message", .string(a.message)), ("recommendation", .string(a.recommendation))])
            })),
        ])
    }

    public static func render(_ schedule: Schedule, advisories: [Advisory]) -> String {
        document(schedule, advisories: advisories).rendered() + "\n"
    }

    /// One event; `withAgenda` (the calendar has an `agenda:`) adds `agenda`: `{number, focus,
    /// step}` on held meetings, null on the rest, so a calendar without one prints as before.
    static func event(_ e: ScheduledEvent, withAgenda: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("year", .int(e.year)),
            ("kind", .string(e.kind.rawValue)),
            ("month", .string(e.month.iso)),
            ("status", .string(e.status.rawValue)),
            ("ruleDate", .string(e.ruleDate.iso)),
            ("date", e.date.map { .string($0.iso) } ?? .null),
            ("start", e.start.map { .string($0.iso) } ?? .null),
            ("end", e.end.map { .string($0.iso) } ?? .null),
            ("minutes", .int(e.minutes)),
            ("summary", .string(e.summary)),
            ("reasons", .array(e.reasons.map { .string($0) })),
        ]
        if withAgenda {
            pairs.append(("agenda", e.agenda.map { a in
                .object([("number", .int(a.number)), ("focus", a.focus.map { .string($0) } ?? .null), ("step", .string(a.step))])
            } ?? .null))
        }
        return .object(pairs)
    }
}

import Foundation

/// Settings of the sections that lcbudget's extension pages document in their own words —
/// `calendar:` (docs/calendar.md) and `educator_input:` (docs/questionnaire.md): their ranges,
/// units and defaults live here, in the registry, and the loader reads them from here like
/// every other number. They are not inputs of the cost rules, so they stand apart from `all`
/// (no Assumptions row, no form field, not in docs/scenario-format.md's field tables).
///
/// ```swift
/// FieldRegistry.field("calendar.coaching.minutes")?.maximum   // 1440
/// ```
extension FieldRegistry {
    public static let settings: [FieldSpec] = [
        FieldSpec("calendar.meeting.minutes", .meetingsAndCoaching, .integer, unit: "minutes", min: 1, max: 1440,
                  defaultFrom: "meetings.minutes",
                  label: "Dated meeting length",
                  help: "How long each dated meeting runs; without it, meetings.minutes.",
                  recommendation: "90 to 120 minutes", advisories: ["MEETING_LENGTH"],
                  extensionPage: "calendar.md", feeds: "event length; MEETING_LENGTH", access: nil),
        FieldSpec("calendar.coaching.minutes", .meetingsAndCoaching, .integer, unit: "minutes", min: 1, max: 1440,
                  required: true,
                  label: "Dated coaching length",
                  help: "How long each dated coaching touch-point runs.",
                  extensionPage: "calendar.md", feeds: "event length", access: nil),
        FieldSpec("calendar.coaching.days_after_meeting", .meetingsAndCoaching, .integer, unit: "days", min: 1, max: 27,
                  label: "Coaching, days after the meeting",
                  help: "Coaching placed this many days after each month's meeting (instead of a week and weekday).",
                  extensionPage: "calendar.md", feeds: "coaching dates", access: nil),
        FieldSpec("educator_input.responses", .peopleAndTime, .integer, unit: "educators", min: 1, max: 1_000_000,
                  required: true,
                  label: "Educators who answered",
                  help: "How many educators answered the Educator Input Questionnaire.",
                  extensionPage: "questionnaire.md", feeds: "the brief's \"What educators told us\"", access: nil),
    ]
}

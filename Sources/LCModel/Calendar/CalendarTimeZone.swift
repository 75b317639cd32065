/// The time zones a calendar may name: the common US zones, each with the rules the
/// iCalendar file's VTIMEZONE states (US daylight saving time since 2007: from the second
/// Sunday of March to the first Sunday of November, at 02:00 local time).
///
/// The list is deliberately short: the tool writes each zone's rules itself instead of
/// reading a time-zone database, so every zone here was checked by hand.
public enum CalendarTimeZone: String, Sendable, CaseIterable, Equatable {
    case newYork = "America/New_York"
    case detroit = "America/Detroit"
    case indianapolis = "America/Indiana/Indianapolis"
    case chicago = "America/Chicago"
    case denver = "America/Denver"
    case boise = "America/Boise"
    case phoenix = "America/Phoenix"
    case losAngeles = "America/Los_Angeles"
    case anchorage = "America/Anchorage"
    case honolulu = "Pacific/Honolulu"
    case puertoRico = "America/Puerto_Rico"

    /// The IANA name, as written in the scenario and the TZID.
    public var identifier: String { rawValue }

    /// Standard time's offset from UTC in hours (negative west of Greenwich).
    public var standardOffsetHours: Int {
        switch self {
        case .newYork, .detroit, .indianapolis: -5
        case .chicago: -6
        case .denver, .boise, .phoenix: -7
        case .losAngeles: -8
        case .anchorage: -9
        case .honolulu: -10
        case .puertoRico: -4
        }
    }

    /// Arizona, Hawaii and Puerto Rico keep standard time all year.
    public var observesDaylightSaving: Bool {
        switch self {
        case .phoenix, .honolulu, .puertoRico: false
        default: true
        }
    }

    /// (standard, daylight) abbreviations: ("PST", "PDT").
    public var abbreviations: (standard: String, daylight: String) {
        switch self {
        case .newYork, .detroit, .indianapolis: ("EST", "EDT")
        case .chicago: ("CST", "CDT")
        case .denver, .boise, .phoenix: ("MST", "MDT")
        case .losAngeles: ("PST", "PDT")
        case .anchorage: ("AKST", "AKDT")
        case .honolulu: ("HST", "HDT")
        case .puertoRico: ("AST", "ADT")
        }
    }
}

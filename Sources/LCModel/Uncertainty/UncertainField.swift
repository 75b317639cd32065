import Foundation

/// A numeric scenario input that an `uncertainty:` section may name: its path, its valid range,
/// the projection terms it feeds, and how to read and set it on a `Scenario`.
///
/// The catalog follows the scenario format's field list. The loader uses it to validate paths and
/// parameters; the simulation uses `terms` to know which `Factor.term` inputs a draw replaces; the
/// tornado uses `set` to run the exact projector with one input moved.
public struct UncertainField: Sendable {
    /// `stipends.hourly_rate`, `cohort.by_year[1].participants`, `other[0].annual`.
    public let path: String
    /// A whole-number field: draws are whole numbers.
    public let isInteger: Bool
    /// `nil` when the scenario can take the input as uncertain; otherwise why not (a section it
    /// does not have: uncertainty there would add lines the budget does not have).
    let unavailable: @Sendable (Scenario) -> String?
    /// The valid range in this scenario (`nil` = unbounded on that side).
    let bounds: @Sendable (Scenario) -> (lower: Decimal?, upper: Decimal?)
    /// The projection's term input keys (`Term.input`, `Term.growth`) this field feeds.
    let terms: @Sendable (Scenario) -> [String]
    let get: @Sendable (Scenario) -> Decimal
    let set: @Sendable (inout Scenario, Decimal) -> Void

    public func unavailableReason(in scenario: Scenario) -> String? { unavailable(scenario) }
    public func validRange(in scenario: Scenario) -> (lower: Decimal?, upper: Decimal?) { bounds(scenario) }
    public func termKeys(in scenario: Scenario) -> [String] { terms(scenario) }
    public func value(in scenario: Scenario) -> Decimal { get(scenario) }
    public func setValue(_ value: Decimal, in scenario: inout Scenario) { set(&scenario, value) }

    /// Scenario paths that are numbers but change no cost line, with the reason given to the user.
    public static let noCostEffect: [String: String] = [
        "discount_rate": "discount_rate changes only the present value, not any year's cost",
        "cohort.students_per_educator": "cohort.students_per_educator changes only the cost per student, not any cost line",
        "meetings.minutes": "meetings.minutes changes no cost line (the cost rules count meetings, not their length)",
        "years": "years changes which lines exist; make one scenario per duration instead",
        "school_year_start_month": "school_year_start_month changes only advisories",
    ]

    /// Every field the scenario's shape allows (`by_year` entries and `other` costs it has).
    public static func catalog(for s: Scenario) -> [UncertainField] {
        var fields: [UncertainField] = []
        let years = s.years
        let byYearReason: @Sendable (Scenario) -> String? = { s in
            s.cohort.byYear == nil ? nil :
                "the scenario gives cohort.by_year, which sets the counts year by year; name cohort.by_year[0].participants (and so on) instead"
        }
        fields.append(UncertainField(
            path: "cohort.participants", isInteger: true, unavailable: byYearReason,
            bounds: { s in (Decimal(max(1, s.cohort.leaders)), nil) },
            terms: { _ in (1...years).map { "cohort.y\($0).participants" } },
            get: { Decimal($0.cohort.participants) }, set: { $0.cohort.participants = $1.whole }))
        fields.append(UncertainField(
            path: "cohort.leaders", isInteger: true, unavailable: byYearReason,
            bounds: { s in (0, Decimal(s.cohort.participants)) },
            terms: { _ in (1...years).map { "cohort.y\($0).leaders" } },
            get: { Decimal($0.cohort.leaders) }, set: { $0.cohort.leaders = $1.whole }))
        for index in 0..<(s.cohort.byYear?.count ?? 0) {
            let key = "cohort.y\(index + 1)"
            fields.append(UncertainField(
                path: "cohort.by_year[\(index)].participants", isInteger: true, unavailable: { _ in nil },
                bounds: { s in (Decimal(max(1, s.cohort.byYear![index].leaders)), nil) },
                terms: { _ in ["\(key).participants"] },
                get: { Decimal($0.cohort.byYear![index].participants) },
                set: { $0.cohort.byYear![index].participants = $1.whole }))
            fields.append(UncertainField(
                path: "cohort.by_year[\(index)].leaders", isInteger: true, unavailable: { _ in nil },
                bounds: { s in (0, Decimal(s.cohort.byYear![index].participants)) },
                terms: { _ in ["\(key).leaders"] },
                get: { Decimal($0.cohort.byYear![index].leaders) },
                set: { $0.cohort.byYear![index].leaders = $1.whole }))
        }
        fields.append(.plain("meetings.per_year", integer: true, section: nil, 1, 12,
                             get: { Decimal($0.meetings.perYear) }, set: { $0.meetings.perYear = $1.whole }))

        fields.append(.plain("stipends.hourly_rate", section: "stipends", 0, nil,
                             get: { $0.stipends?.hourlyRate ?? 0 }, set: { $0.stipends?.hourlyRate = $1 }))
        fields.append(.plain("stipends.hours_per_month", section: "stipends", 0, nil,
                             get: { $0.stipends?.hoursPerMonth ?? 0 }, set: { $0.stipends?.hoursPerMonth = $1 }))
        fields.append(.plain("stipends.leader_hourly_rate", section: "stipends", 0, nil,
                             get: { $0.stipends?.leaderHourlyRate ?? 0 }, set: { $0.stipends?.leaderHourlyRate = $1 }))
        fields.append(.plain("stipends.leader_extra_hours_per_month", section: "stipends", 0, nil,
                             get: { $0.stipends?.leaderExtraHoursPerMonth ?? 0 },
                             set: { $0.stipends?.leaderExtraHoursPerMonth = $1 }))

        // fringe and escalation have defaults (0) and their lines exist without the section.
        fields.append(.plain("fringe.extra_duty", section: nil, 0, 1,
                             get: { $0.fringe.extraDuty }, set: { $0.fringe.extraDuty = $1 }))
        fields.append(.plain("fringe.substitutes", section: nil, 0, 1,
                             get: { $0.fringe.substitutes }, set: { $0.fringe.substitutes = $1 }))

        fields.append(.plain("buyouts.salary", section: "buyouts", 0, nil,
                             get: { $0.buyouts?.salary ?? 0 }, set: { $0.buyouts?.salary = $1 }))
        fields.append(.plain("buyouts.benefits_rate", section: "buyouts", 0, 1,
                             get: { $0.buyouts?.benefitsRate ?? 0 }, set: { $0.buyouts?.benefitsRate = $1 }))
        fields.append(.plain("buyouts.leader_share", section: "buyouts", 0, 1,
                             get: { $0.buyouts?.leaderShare ?? 0 }, set: { $0.buyouts?.leaderShare = $1 }))
        fields.append(.plain("buyouts.participant_share", section: "buyouts", 0, 1,
                             get: { $0.buyouts?.participantShare ?? 0 }, set: { $0.buyouts?.participantShare = $1 }))

        fields.append(.plain("substitutes.days_per_participant", section: "substitutes", 0, nil,
                             get: { $0.substitutes?.daysPerParticipant ?? 0 }, set: { $0.substitutes?.daysPerParticipant = $1 }))
        fields.append(.plain("substitutes.daily_rate", section: "substitutes", 0, nil,
                             get: { $0.substitutes?.dailyRate ?? 0 }, set: { $0.substitutes?.dailyRate = $1 }))

        fields.append(.plain("food.per_person_per_meeting", section: "food", 0, nil,
                             get: { $0.food?.perPersonPerMeeting ?? 0 }, set: { $0.food?.perPersonPerMeeting = $1 }))
        fields.append(.plain("food.guests_per_meeting", integer: true, section: "food", 0, nil,
                             get: { Decimal($0.food?.guestsPerMeeting ?? 0) }, set: { $0.food?.guestsPerMeeting = $1.whole }))

        fields.append(.plain("childcare.families", integer: true, section: "childcare", 0, nil,
                             get: { Decimal($0.childcare?.families ?? 0) }, set: { $0.childcare?.families = $1.whole }))
        fields.append(.plain("childcare.hours_per_meeting", section: "childcare", 0, nil,
                             get: { $0.childcare?.hoursPerMeeting ?? 0 }, set: { $0.childcare?.hoursPerMeeting = $1 }))
        fields.append(.plain("childcare.hourly_rate", section: "childcare", 0, nil,
                             get: { $0.childcare?.hourlyRate ?? 0 }, set: { $0.childcare?.hourlyRate = $1 }))

        fields.append(.plain("kits.per_participant", section: "kits", 0, nil,
                             get: { $0.kits?.perParticipant ?? 0 }, set: { $0.kits?.perParticipant = $1 }))
        fields.append(.plain("kits.refresh_share", section: "kits", 0, 1,
                             get: { $0.kits?.refreshShare ?? 0 }, set: { $0.kits?.refreshShare = $1 }))

        fields.append(.plain("coaching.sessions_per_year", integer: true, section: "coaching", 0, nil,
                             get: { Decimal($0.coaching?.sessionsPerYear ?? 0) }, set: { $0.coaching?.sessionsPerYear = $1.whole }))
        fields.append(.plain("coaching.minutes", section: "coaching", 0, nil,
                             get: { $0.coaching?.minutes ?? 0 }, set: { $0.coaching?.minutes = $1 }))
        fields.append(.plain("coaching.group_size", integer: true, section: "coaching", 1, nil,
                             get: { Decimal($0.coaching?.groupSize ?? 1) }, set: { $0.coaching?.groupSize = $1.whole }))
        fields.append(.plain("coaching.coach_hourly_rate", section: "coaching", 0, nil,
                             get: { $0.coaching?.coachHourlyRate ?? 0 }, set: { $0.coaching?.coachHourlyRate = $1 }))

        fields.append(.plain("credentials.per_participant", section: "credentials", 0, nil,
                             get: { $0.credentials?.perParticipant ?? 0 }, set: { $0.credentials?.perParticipant = $1 }))

        fields.append(.plain("planning.onramp_months", integer: true, section: "planning", 0, nil,
                             get: { Decimal($0.planning?.onrampMonths ?? 0) }, set: { $0.planning?.onrampMonths = $1.whole }))
        fields.append(.plain("planning.team_size", integer: true, section: "planning", 0, nil,
                             get: { Decimal($0.planning?.teamSize ?? 0) }, set: { $0.planning?.teamSize = $1.whole }))
        fields.append(.plain("planning.hours_per_month", section: "planning", 0, nil,
                             get: { $0.planning?.hoursPerMonth ?? 0 }, set: { $0.planning?.hoursPerMonth = $1 }))
        fields.append(.plain("planning.hourly_rate", section: "planning", 0, nil,
                             get: { $0.planning?.hourlyRate ?? 0 }, set: { $0.planning?.hourlyRate = $1 }))

        for index in s.other.indices {
            fields.append(UncertainField(
                path: "other[\(index)].annual", isInteger: false, unavailable: { _ in nil },
                bounds: { _ in (0, nil) }, terms: { _ in ["other.\(index).annual"] },
                get: { $0.other[index].annual }, set: { $0.other[index].annual = $1 }))
        }

        let lo = Decimal(string: "-0.1")!, hi = Decimal(string: "0.25")!
        fields.append(.plain("escalation.compensation", section: nil, lo, hi,
                             get: { $0.escalation.compensation }, set: { $0.escalation.compensation = $1 }))
        fields.append(.plain("escalation.goods", section: nil, lo, hi,
                             get: { $0.escalation.goods }, set: { $0.escalation.goods = $1 }))
        fields.append(.plain("indirect.rate", section: "indirect", 0, 1,
                             get: { $0.indirect?.rate ?? 0 }, set: { $0.indirect?.rate = $1 }))
        return fields
    }

    /// A field whose path is also its one term key, available when `section` is present.
    static func plain(_ path: String, integer: Bool = false, section: String?, _ lower: Decimal?, _ upper: Decimal?,
                      get: @escaping @Sendable (Scenario) -> Decimal,
                      set: @escaping @Sendable (inout Scenario, Decimal) -> Void) -> UncertainField {
        UncertainField(
            path: path, isInteger: integer,
            unavailable: { s in
                guard let section, !Self.hasSection(section, s) else { return nil }
                return "the scenario has no \(section) section, so it has no \(section) lines to vary; add the section or remove \(path) from uncertainty"
            },
            bounds: { _ in (lower, upper) }, terms: { _ in [path] }, get: get, set: set)
    }

    static func hasSection(_ section: String, _ s: Scenario) -> Bool {
        switch section {
        case "stipends": s.stipends != nil
        case "buyouts": s.buyouts != nil
        case "substitutes": s.substitutes != nil
        case "food": s.food != nil
        case "childcare": s.childcare != nil
        case "kits": s.kits != nil
        case "coaching": s.coaching != nil
        case "credentials": s.credentials != nil
        case "planning": s.planning != nil
        case "indirect": s.indirect != nil
        default: true
        }
    }

    /// The base value of every term input key the projector uses (`cohort.y2.participants`,
    /// `meetings.after_hours` as 1 or 0, `other.0.annual`, …), read from the scenario.
    static func baseTermValues(_ s: Scenario) -> [String: Decimal] {
        var values: [String: Decimal] = ["meetings.after_hours": s.meetings.afterHours ? 1 : 0]
        for field in catalog(for: s) where field.unavailable(s) == nil || field.path.hasPrefix("cohort.") {
            for key in field.terms(s) where !key.hasPrefix("cohort.") { values[key] = field.get(s) }
        }
        for year in 1...s.years {
            let cohort = s.cohort(inYear: year)
            values["cohort.y\(year).participants"] = Decimal(cohort.participants)
            values["cohort.y\(year).leaders"] = Decimal(cohort.leaders)
        }
        return values
    }
}

extension Decimal {
    /// A whole-number Decimal as an Int (the catalog only sets whole values on integer fields).
    var whole: Int { NSDecimalNumber(decimal: self).intValue }
}

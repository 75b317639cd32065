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

    /// Every field the scenario's shape allows (`by_year` entries and `other` costs it has): the
    /// registry's fields that may be uncertain, with the registry's ranges and accessors.
    public static func catalog(for s: Scenario) -> [UncertainField] {
        var fields: [UncertainField] = []
        let years = s.years
        let byYearReason: @Sendable (Scenario) -> String? = { s in
            s.cohort.byYear == nil ? nil :
                "the scenario gives cohort.by_year, which sets the counts year by year; name cohort.by_year[0].participants (and so on) instead"
        }
        for spec in FieldRegistry.all where spec.mayBeUncertain {
            let upper = spec.maximum
            switch spec.path {
            case "cohort.participants":
                fields.append(UncertainField(
                    path: spec.path, isInteger: true, unavailable: byYearReason,
                    bounds: { s in (Decimal(max(1, s.cohort.leaders)), upper) },
                    terms: { _ in (1...years).map { "cohort.y\($0).participants" } },
                    get: { Decimal($0.cohort.participants) }, set: { $0.cohort.participants = $1.whole }))
            case "cohort.leaders":
                fields.append(UncertainField(
                    path: spec.path, isInteger: true, unavailable: byYearReason,
                    bounds: { s in (0, Decimal(s.cohort.participants)) },
                    terms: { _ in (1...years).map { "cohort.y\($0).leaders" } },
                    get: { Decimal($0.cohort.leaders) }, set: { $0.cohort.leaders = $1.whole }))
            case "cohort.by_year.*.participants":
                // Each year's pair in turn: participants, then leaders.
                for index in 0..<(s.cohort.byYear?.count ?? 0) {
                    let key = "cohort.y\(index + 1)"
                    fields.append(UncertainField(
                        path: "cohort.by_year[\(index)].participants", isInteger: true, unavailable: { _ in nil },
                        bounds: { s in (Decimal(max(1, s.cohort.byYear![index].leaders)), upper) },
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
            case "cohort.by_year.*.leaders":
                continue
            case "other.*.annual":
                for index in s.other.indices {
                    fields.append(UncertainField(
                        path: "other[\(index)].annual", isInteger: false, unavailable: { _ in nil },
                        bounds: { _ in (spec.minimum, upper) }, terms: { _ in ["other.\(index).annual"] },
                        get: { spec.value(in: $0, indices: [index])?.number ?? 0 },
                        set: { spec.setValue(.number($1), in: &$0, indices: [index]) }))
                }
            default:
                fields.append(.plain(spec))
            }
        }
        return fields
    }

    /// A field whose path is also its one term key, available when the scenario has its section
    /// (fringe and escalation always read: their lines exist without the section).
    static func plain(_ spec: FieldSpec) -> UncertainField {
        let path = spec.path, section = spec.section
        return UncertainField(
            path: path, isInteger: spec.kind == .integer,
            unavailable: { s in
                guard spec.value(in: s) == nil else { return nil }
                return "the scenario has no \(section) section, so it has no \(section) lines to vary; add the section or remove \(path) from uncertainty"
            },
            bounds: { _ in (spec.minimum, spec.maximum) }, terms: { _ in [path] },
            get: { spec.value(in: $0)?.number ?? 0 }, set: { spec.setValue(.number($1), in: &$0) })
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

import Foundation

/// The guide's grouping of scenario fields, in the order a form or a page shows them.
///
/// `rawValue` is the stable id used in JSON and HTML (`"people-and-time"`); `title` is for people.
///
/// ```swift
/// FieldGroup.pay.title              // "Pay"
/// FieldRegistry.fields(in: .pay)    // stipends, fringe, buyouts, substitutes
/// ```
public enum FieldGroup: String, CaseIterable, Sendable {
    case peopleAndTime = "people-and-time"
    case meetingsAndCoaching = "meetings-and-coaching"
    case pay = "pay"
    case careAndFood = "care-and-food"
    case kitsAndCredentials = "kits-and-credentials"
    case planning = "planning"
    case escalationAndIndirect = "escalation-and-indirect"
    case funding = "funding"

    public var title: String {
        switch self {
        case .peopleAndTime: "People and time"
        case .meetingsAndCoaching: "Meetings and coaching"
        case .pay: "Pay"
        case .careAndFood: "Care and food"
        case .kitsAndCredentials: "Kits, credentials and other costs"
        case .planning: "Planning"
        case .escalationAndIndirect: "Escalation, indirect and present value"
        case .funding: "Funding"
        }
    }
}

/// A value of a scenario field as the registry reads it from, or writes it to, a `Scenario`.
public enum FieldValue: Sendable, Equatable {
    case number(Decimal)
    case flag(Bool)
    /// Text, a choice (`mtdc`) or a month (`2027-08`), exactly as a YAML file would write it.
    case text(String)

    /// The number, for numeric fields (`nil` otherwise).
    public var number: Decimal? { if case .number(let n) = self { n } else { nil } }
}

/// One scenario field: where it stands in the YAML file, what it holds and how it is bounded,
/// what it means for a program lead, and how to read and set it on a `Scenario`.
///
/// Every numeric field has a `maximum`: a value no real community reaches, chosen so that no
/// line, total, present value or per-unit figure can overflow (`FieldRegistry+Bounds.swift`
/// proves it). When the scenario format itself sets no upper bound, `maximumIsLimit` is true:
/// the maximum is lcbudget's safety limit, and the workbook's data validation shows only the
/// minimum (a spreadsheet cannot overflow).
///
/// ```swift
/// let rate = FieldRegistry.field("stipends.hourly_rate")!
/// rate.label                  // "Stipend hourly rate"
/// rate.maximum                // 10000
/// rate.value(in: scenario)    // .number(50)
/// ```
public struct FieldSpec: Sendable {
    public enum Kind: String, Sendable { case integer, decimal, money, share, boolean, text, date, choice }

    /// YAML path; list elements use `*`: `cohort.by_year.*.participants`, `funding.*.by_year.*`.
    public let path: String
    public let group: FieldGroup
    public let kind: Kind
    /// Plain words for the unit: `$ per hour`, `educators`, `share (0–1)`; empty for text.
    public let unit: String
    public let minimum: Decimal?
    /// Every numeric field has one (an overflow-proof bound at the least).
    public let maximum: Decimal?
    /// As written in YAML; `nil` when the field is required, has no default, or defaults to
    /// another field (`defaultFrom`).
    public let defaultValue: String?
    /// Required when its section is present (top-level and `cohort`/`meetings` fields: always).
    public let required: Bool
    /// Plain language: "Stipend hourly rate".
    public let label: String
    /// One or two sentences for a program lead.
    public let help: String
    /// The guide's recommendation behind the field, when it has one: "At least $50 an hour".
    public let recommendation: String?
    /// The Assumptions sheet's defined name (`StipendHourlyRate`); `nil` when the field is not an input cell.
    public let workbookName: String?
    /// May be named in an `uncertainty:` section.
    public let mayBeUncertain: Bool
    /// May be varied by `lcbudget fit --vary`.
    public let mayBeFitted: Bool
    /// The values of a `.choice` field (`indirect.base`: `total_direct`, `mtdc`).
    public let choices: [String]
    /// Advisory codes that concern the field (`STIPEND_BELOW_GUIDE`).
    public let advisoryCodes: [String]

    // Additive to the agreed interface.

    /// The section the field belongs to (`stipends`, `cohort`, `funding`); empty for top-level keys.
    public let section: String
    /// The section may be left out of a scenario (then it costs nothing); a form shows a switch.
    public let sectionOptional: Bool
    /// The maximum is lcbudget's safety limit, not a bound of the scenario format.
    public let maximumIsLimit: Bool
    /// Another field whose value is this one's default (`stipends.leader_hourly_rate` ← `stipends.hourly_rate`).
    public let defaultFrom: String?
    /// What the field feeds: its cost rule, figure or advisory (the docs' last column).
    public let feeds: String
    /// The Assumptions sheet's note beside the input (which recommendation it reflects).
    public let workbookNote: String?
    /// For lcbudget's extensions of format 1, the docs page that explains the field (`funding.md`);
    /// `nil` for the format's own fields.
    public let extensionPage: String?

    let read: (@Sendable (Scenario, [Int]) -> FieldValue?)?
    let write: (@Sendable (inout Scenario, [Int], FieldValue) -> Void)?

    /// The field's value in `scenario`; `indices` fill the path's `*`s in order (`nil` when the
    /// section or element is absent).
    ///
    /// ```swift
    /// FieldRegistry.field("funding.*.by_year.*")!.value(in: s, indices: [0, 1])   // .number(150000)
    /// ```
    public func value(in scenario: Scenario, indices: [Int] = []) -> FieldValue? {
        guard indices.count == wildcardCount, let read else { return nil }
        return read(scenario, indices)
    }

    /// Sets the field on `scenario` (nothing happens when its section or element is absent).
    /// The value is not checked here: the loader checks files, and callers that vary a field keep
    /// within `minimum...maximum`.
    public func setValue(_ value: FieldValue, in scenario: inout Scenario, indices: [Int] = []) {
        guard indices.count == wildcardCount, let write else { return }
        write(&scenario, indices, value)
    }

    /// The heading the field's input is listed under on the Assumptions sheet (`Stipends`;
    /// the discount rate under `Present value`).
    public var workbookSection: String { path == "discount_rate" ? "Present value" : FieldRegistry.sectionTitle(section) }

    /// How the Assumptions sheet shows and checks the value.
    public var inputKind: ScenarioInput.Kind {
        switch kind {
        case .integer: .count
        case .money: .money
        case .share: .share
        case .boolean: .flag
        default: .quantity
        }
    }

    /// Number of `*` in the path.
    public var wildcardCount: Int { path.split(separator: ".").filter { $0 == "*" }.count }

    /// Numeric kinds (integer, decimal, money, share).
    public var isNumeric: Bool { [.integer, .decimal, .money, .share].contains(kind) }

    /// The last component that is not `*`: `participants` for `cohort.by_year.*.participants`.
    public var key: String { String(path.split(separator: ".").last { $0 != "*" } ?? "") }
}

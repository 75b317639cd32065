import Foundation

/// One numeric input of a scenario as the Assumptions sheet shows it: its value, what it
/// measures, the bounds the format allows, and the guide recommendation it reflects.
///
/// `key` is the name a `Term` uses (`stipends.hourly_rate`, `cohort.y2.participants`);
/// `name` is the workbook's defined name for the value (`StipendHourlyRate`).
public struct ScenarioInput: Sendable, Equatable {
    /// How the value is shown and checked.
    public enum Kind: Sendable, Equatable {
        /// Dollars (a rate, a salary, a cost per unit).
        case money
        /// A share written as a percent (0.5 = 50%).
        case share
        /// A whole number (people, meetings, months).
        case count
        /// A quantity with decimals (hours, minutes, days).
        case quantity
        /// 1 = yes, 0 = no.
        case flag
    }

    public var key, name: String
    /// The group it is listed under ("Stipends", "Cohort").
    public var section: String
    public var label: String
    public var value: Decimal
    public var kind: Kind
    /// Plain words for the unit ("$ per hour", "educators").
    public var unit: String
    /// The smallest and largest values the scenario format accepts (`nil` maximum: no limit).
    public var minimum: Decimal
    public var maximum: Decimal?
    /// Which recommendation of the guide the value reflects, or where it comes from when the
    /// guide is silent.
    public var note: String

    public init(key: String, name: String, section: String, label: String, value: Decimal, kind: Kind,
                unit: String, minimum: Decimal = 0, maximum: Decimal? = nil, note: String) {
        self.key = key
        self.name = name
        self.section = section
        self.label = label
        self.value = value
        self.kind = kind
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.note = note
    }

    /// Whole numbers only (counts and flags).
    public var isWholeNumber: Bool { kind == .count || kind == .flag }
}

/// A choice of the scenario that shapes the budget's structure rather than a number in it
/// (the indirect base, whether leaders get substitutes): shown for the record, changed in the
/// scenario file.
public struct ScenarioSetting: Sendable, Equatable {
    public var key, label, value, note: String

    public init(key: String, label: String, value: String, note: String) {
        (self.key, self.label, self.value, self.note) = (key, label, value, note)
    }
}

import Foundation

/// Every field of a scenario file, in the order of docs/scenario-format.md: the one place that
/// says what a field holds, its range, default and unit, what it means, and how to read and
/// set it.
///
/// The loader's checks and messages, the workbook's Assumptions sheet and named inputs, the
/// uncertain and fittable field lists, the field tables of docs/scenario-format.md
/// (`lcbudget fields --format markdown`) and the web form are all derived from it. Adding a
/// field is one entry here plus its cost rule in the projector.
///
/// ```swift
/// FieldRegistry.field("stipends.hourly_rate")?.workbookName    // "StipendHourlyRate"
/// FieldRegistry.field("funding.0.by_year.1")?.path            // "funding.*.by_year.*"
/// FieldRegistry.fields(in: .careAndFood).map(\.path)           // food.…, childcare.…
/// ```
public enum FieldRegistry {
    public static let all: [FieldSpec] = community + cohort + meetings + pay + careAndFood + kits + coaching
        + credentials + planningFields + other + escalation + indirect + funding

    private static let byPath: [String: FieldSpec] = Dictionary((all + settings).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })

    /// The field at `path`; concrete paths match their pattern: `funding.0.by_year.1` and
    /// `funding[0].by_year[1]` both give `funding.*.by_year.*`.
    public static func field(_ path: String) -> FieldSpec? {
        if let exact = byPath[path] { return exact }
        return byPath[pattern(of: path)]
    }

    public static func fields(in group: FieldGroup) -> [FieldSpec] { all.filter { $0.group == group } }

    /// The fields of one section (`stipends`; `""` for top-level keys), in order.
    public static func fields(inSection section: String) -> [FieldSpec] { all.filter { $0.section == section } }

    /// `funding[0].by_year[1]` / `funding.0.by_year.1` → `funding.*.by_year.*`.
    public static func pattern(of path: String) -> String {
        // One pass over the UTF-8 bytes (the loader asks this for every value it reads):
        // `[` becomes `.`, `]` goes, and a segment of ASCII digits becomes `*`.
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        var segment: [UInt8] = []
        func flush() {
            if !segment.isEmpty && segment.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { out.append(0x2A) } else { out += segment }
            segment.removeAll(keepingCapacity: true)
        }
        for byte in path.utf8 {
            switch byte {
            case 0x2E, 0x5B: flush(); out.append(0x2E)   // "." and "["
            case 0x5D: break                               // "]"
            default: segment.append(byte)
            }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }

    /// The indices a concrete path gives its pattern's `*`s: `funding[0].by_year[1]` → `[0, 1]`.
    public static func indices(of path: String) -> [Int] {
        let dotted = path.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
        return dotted.split(separator: ".").compactMap { Int($0) }
    }

    /// Sections a scenario may leave out (absent: no cost of that kind, or the defaults).
    static let optionalSections: Set<String> = ["stipends", "fringe", "buyouts", "substitutes", "food", "childcare",
                                                "kits", "coaching", "credentials", "planning", "other",
                                                "escalation", "indirect", "funding"]

    /// The heading each section's inputs are listed under on the Assumptions sheet.
    public static func sectionTitle(_ section: String) -> String {
        switch section {
        case "": "Scenario"
        case "other": "Other direct costs"
        default: section.prefix(1).uppercased() + section.dropFirst()
        }
    }
}

// MARK: Building entries

extension FieldSpec {
    typealias Reader = @Sendable (Scenario, [Int]) -> FieldValue?
    typealias Writer = @Sendable (inout Scenario, [Int], FieldValue) -> Void
    typealias Access = (read: Reader, write: Writer)

    init(_ path: String, _ group: FieldGroup, _ kind: Kind, unit: String = "",
         min: Decimal? = nil, max: Decimal? = nil, limit: Bool = false,
         default defaultValue: String? = nil, defaultFrom: String? = nil, required: Bool = false,
         label: String, help: String, recommendation: String? = nil, workbook: String? = nil,
         uncertain: Bool = false, fitted: Bool = false, choices: [String] = [], advisories: [String] = [],
         extensionPage: String? = nil, feeds: String, note: String? = nil, access: Access?) {
        self.path = path
        self.group = group
        self.kind = kind
        self.unit = unit
        self.minimum = min
        self.maximum = max
        self.maximumIsLimit = limit
        self.defaultValue = defaultValue
        self.defaultFrom = defaultFrom
        self.required = required
        self.label = label
        self.help = help
        self.recommendation = recommendation
        self.workbookName = workbook
        self.mayBeUncertain = uncertain
        self.mayBeFitted = fitted
        self.choices = choices
        self.advisoryCodes = advisories
        self.feeds = feeds
        self.workbookNote = note
        self.extensionPage = extensionPage
        let parts = path.split(separator: ".")
        self.section = parts.count > 1 ? String(parts[0]) : ""
        self.sectionOptional = FieldRegistry.optionalSections.contains(section)
        self.read = access?.read
        self.write = access?.write
    }

    /// A decimal field outside lists.
    static func decimal(_ get: @escaping @Sendable (Scenario) -> Decimal?,
                        _ set: @escaping @Sendable (inout Scenario, Decimal) -> Void) -> Access {
        ({ s, _ in get(s).map(FieldValue.number) }, { s, _, v in if let n = v.number { set(&s, n) } })
    }

    /// A whole-number field outside lists.
    static func integer(_ get: @escaping @Sendable (Scenario) -> Int?,
                        _ set: @escaping @Sendable (inout Scenario, Int) -> Void) -> Access {
        ({ s, _ in get(s).map { .number(Decimal($0)) } },
         { s, _, v in if let n = v.number, let whole = Int(exactly: NSDecimalNumber(decimal: n).int64Value) { set(&s, whole) } })
    }

    static func flag(_ get: @escaping @Sendable (Scenario) -> Bool?,
                     _ set: @escaping @Sendable (inout Scenario, Bool) -> Void) -> Access {
        ({ s, _ in get(s).map(FieldValue.flag) }, { s, _, v in if case .flag(let b) = v { set(&s, b) } })
    }

    static func text(_ get: @escaping @Sendable (Scenario) -> String?,
                     _ set: @escaping @Sendable (inout Scenario, String) -> Void) -> Access {
        ({ s, _ in get(s).map(FieldValue.text) }, { s, _, v in if case .text(let t) = v { set(&s, t) } })
    }
}

extension FieldRegistry {
    /// The default of a numeric field, for the model's own defaults (`Scenario.discountRate`),
    /// so the value is written once, in the registry.
    ///
    /// ```swift
    /// FieldRegistry.defaultNumber("discount_rate")   // 0.03
    /// ```
    public static func defaultNumber(_ path: String) -> Decimal {
        guard let text = field(path)?.defaultValue, let value = Decimal(exactly: text) else {
            preconditionFailure("\(path) has no numeric default in the registry")
        }
        return value
    }
}

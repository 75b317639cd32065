import Foundation

/// The registry as JSON (`lcbudget fields --format json`, and the web workspace's form):
/// an object with `groups` (id and title, in order) and `fields` (one object per field, in order).
///
/// ```json
/// {"fields": [{"path": "format", "group": "people-and-time", "kind": "integer", "minimum": 1, …}],
///  "groups": [{"id": "people-and-time", "title": "People and time"}, …]}
/// ```
/// Numbers (`minimum`, `maximum`) are exact decimals; absent values are `null`; keys are sorted,
/// so the text is the same on every run.
extension FieldRegistry {
    public static func json() -> String {
        struct Group: Encodable { let id: String; let title: String }
        struct Document: Encodable { let groups: [Group]; let fields: [Entry] }
        let document = Document(groups: FieldGroup.allCases.map { Group(id: $0.rawValue, title: $0.title) },
                                fields: all.map(Entry.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and booleans cannot fail.
        let data = (try? encoder.encode(document)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One field as JSON; `Decimal` bounds are written as exact JSON numbers.
    struct Entry: Encodable {
        let spec: FieldSpec
        init(_ spec: FieldSpec) { self.spec = spec }

        enum Key: String, CodingKey {
            case path, group, kind, unit, minimum, maximum, maximumIsLimit, defaultValue, defaultFrom, required
            case label, help, recommendation, workbookName, mayBeUncertain, mayBeFitted, choices, advisoryCodes
            case section, sectionOptional, extensionPage, feeds, type, range
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(spec.path, forKey: .path)
            try c.encode(spec.group.rawValue, forKey: .group)
            try c.encode(spec.kind.rawValue, forKey: .kind)
            try c.encode(spec.unit, forKey: .unit)
            try c.encode(spec.minimum, forKey: .minimum)
            try c.encode(spec.maximum, forKey: .maximum)
            try c.encode(spec.maximumIsLimit, forKey: .maximumIsLimit)
            try c.encode(spec.defaultValue, forKey: .defaultValue)
            try c.encode(spec.defaultFrom, forKey: .defaultFrom)
            try c.encode(spec.required, forKey: .required)
            try c.encode(spec.label, forKey: .label)
            try c.encode(spec.help, forKey: .help)
            try c.encode(spec.recommendation, forKey: .recommendation)
            try c.encode(spec.workbookName, forKey: .workbookName)
            try c.encode(spec.mayBeUncertain, forKey: .mayBeUncertain)
            try c.encode(spec.mayBeFitted, forKey: .mayBeFitted)
            try c.encode(spec.choices, forKey: .choices)
            try c.encode(spec.advisoryCodes, forKey: .advisoryCodes)
            try c.encode(spec.section, forKey: .section)
            try c.encode(spec.sectionOptional, forKey: .sectionOptional)
            try c.encode(spec.extensionPage, forKey: .extensionPage)
            try c.encode(spec.feeds, forKey: .feeds)
            try c.encode(spec.typeText, forKey: .type)
            try c.encode(spec.rangeText, forKey: .range)
        }
    }
}

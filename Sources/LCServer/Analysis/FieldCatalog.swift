import Foundation
import LCModel
import LCReports

/// The server's view of the field registry (`FieldRegistry`, LCModel): the form's groups as
/// JSON (`GET /api/fields`) and the field an advisory with no input of its own concerns (the
/// format's key order for the YAML emitter is `ScenarioKeyOrder`, in LCDocument).
///
/// ```swift
/// FieldCatalog.path(forAdvisory: "FOOD_MISSING")   // "food.per_person_per_meeting"
/// ```
enum FieldCatalog {
    /// The first field whose advisory codes include `code`.
    static func path(forAdvisory code: String) -> String? {
        FieldRegistry.all.first { $0.advisoryCodes.contains(code) }?.path
    }

    /// `{"groups": [{"id", "title", "fields": [...]}]}` in the guide's order (docs/web.md, "API").
    static let json: JSONValue = .object([("groups", .array(FieldGroup.allCases.map { group in
        .object([("id", .string(group.rawValue)), ("title", .string(group.title)),
                 ("fields", .array(FieldRegistry.fields(in: group).map(field)))])
    }))])

    static func field(_ spec: FieldSpec) -> JSONValue {
        func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        func number(_ value: Decimal?) -> JSONValue { value.map { .number($0.plainText) } ?? .null }
        return .object([
            ("path", .string(spec.path)), ("kind", .string(spec.kind.rawValue)), ("unit", .string(spec.unit)),
            ("minimum", number(spec.minimum)), ("maximum", number(spec.maximum)), ("default", text(spec.defaultValue)),
            ("required", .bool(spec.required)), ("label", .string(spec.label)), ("help", .string(spec.help)),
            ("recommendation", text(spec.recommendation)), ("workbookName", text(spec.workbookName)),
            ("choices", .array(spec.choices.map { .string($0) })),
            ("advisoryCodes", .array(spec.advisoryCodes.map { .string($0) })),
            ("section", .string(spec.section)), ("sectionOptional", .bool(spec.sectionOptional)),
            ("maximumIsLimit", .bool(spec.maximumIsLimit)), ("defaultFrom", text(spec.defaultFrom)),
            ("mayBeUncertain", .bool(spec.mayBeUncertain)), ("mayBeFitted", .bool(spec.mayBeFitted)),
        ])
    }
}

import Foundation
import LCLoader
import LCModel
import LCReports

/// Writes the changes the questionnaire's answers imply into a scenario file
/// (`lcbudget questionnaire import … --apply`, docs/questionnaire.md).
///
/// Values the file already writes are replaced where they stand, blackout weeks are added as
/// lines after the file's last blackout, and a new `educator_input:` section is appended, so
/// the file keeps its comments and layout. When that cannot be done (the calendar lists no
/// blackouts yet, a value is not a plain scalar, `educator_input:` is already there) the file is
/// written out anew from its parsed document, without comments, and `keptComments` is false.
///
/// ```swift
/// let applied = try QuestionnaireApply.apply(changes, to: loaded)
/// applied.yaml           // the new scenario text, checked by the loader
/// ```
public enum QuestionnaireApply {
    public struct Result: Sendable {
        public var yaml: String
        public var keptComments: Bool
    }

    public static func apply(_ changes: [QuestionnaireChange], to original: LoadedScenario) throws(ScenarioError) -> Result {
        var edit = DocumentEdit(original: original, cells: [], values: [:])
        var appendInput: EducatorInput?
        var blackoutLines: [String] = []
        for change in changes {
            switch change.edit {
            case let .set(path, _, new):
                let parts = path.split(separator: ".").map(String.init)
                if case .string(let old)? = edit.before.value(at: parts), !old.isEmpty {
                    edit.scalarEdits[path] = new
                } else {
                    edit.structural = true
                }
                edit.document.set(parts, to: .string(new))
            case let .blackout(name, from, to):
                var list: [JSONValue] = []
                if case .array(let items)? = edit.document.value(at: ["calendar", "blackouts"]) { list = items }
                list.append(.object([("name", .string(name)), ("from", .string(from.iso)), ("to", .string(to.iso))]))
                edit.document.set(["calendar", "blackouts"], to: .array(list))
                blackoutLines.append("- { name: \"\(name)\", from: \(from.iso), to: \(to.iso) }")
            case let .educatorInput(input):
                edit.document.set(["educator_input"], to: section(input))
                if edit.before.value(at: ["educator_input"]) == nil { appendInput = input } else { edit.structural = true }
            }
        }
        var yaml: String
        var kept = true
        let insertion = blackoutLines.isEmpty ? (after: 0, indent: 0) : lastBlackout(original.source)
        if insertion == nil { edit.structural = true }
        if let patched = edit.patchedText(), let insertion {
            yaml = patched
            if !blackoutLines.isEmpty {
                var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let pad = String(repeating: " ", count: insertion.indent)
                lines.insert(contentsOf: blackoutLines.map { pad + $0 }, at: insertion.after)
                yaml = lines.joined(separator: "\n")
            }
            if let input = appendInput {
                if !yaml.hasSuffix("\n") { yaml += "\n" }
                yaml += "# What educators told us (lcbudget questionnaire import; docs/questionnaire.md).\n"
                yaml += YAMLEmitter.yaml(.object([("educator_input", section(input))]))
            }
        } else {
            yaml = edit.yaml
            kept = false
        }
        _ = try Analysis(text: yaml, file: original.file)
        return Result(yaml: yaml, keptComments: kept)
    }

    /// The line after which a new blackout goes (the last line of the file's last blackout,
    /// 1-based) and the indentation of its dash; nil when the calendar lists none.
    static func lastBlackout(_ text: String) -> (after: Int, indent: Int)? {
        guard let tree = YAMLTree(text: text) else { return nil }
        let prefix = "calendar.blackouts."
        let places = tree.values.filter { $0.value.hasPrefix(prefix) }
        guard let last = places.keys.map(\.line).max(),
              let first = places.filter({ !$0.value.dropFirst(prefix.count).contains(".") }).keys.min(by: { $0.line < $1.line }),
              first.column >= 3 else { return nil }
        // An entry's node starts two columns after its dash ("- { …" or "- name: …").
        return (last, first.column - 3)
    }

    static func section(_ input: EducatorInput) -> JSONValue {
        .object([("responses", .string(String(input.responses))), ("quotes", .array(input.quotes.map { .string($0) }))])
    }
}

import LCReports

/// Writes a scenario **document** (the YAML tree as JSON, every scalar the text the user typed)
/// as scenario YAML, the format `lcbudget check` reads.
///
/// ```swift
/// let document = try JSONParser.parse(#"{"format":"1","name":"Riverside: K-8","years":"2","funding":[{"by_year":["1","2"]}]}"#)
/// YAMLEmitter.yaml(document)
/// // format: 1
/// // name: "Riverside: K-8"
/// // years: 2
/// // funding:
/// //   - by_year: [1, 2]
/// ```
///
/// Rules (docs/web.md, "API"):
/// - A scalar is written plain when YAML reads that plain text back as the same string, else
///   double-quoted. So `abc` typed into a number is written `abc` and the loader names the field
///   and the rule broken; the loader reads numbers only from plain scalars, so a number is never
///   quoted into a string that would load.
/// - A key whose value is empty text or `null` is left out: an empty field takes the format's
///   default, and a required one is reported missing by the loader.
/// - Keys follow `order` (the scenario format's order, from the field registry); keys it does
///   not know keep the document's order, after the known ones.
/// - Lists of plain scalars are written in flow style (`[150000, 150000]`), other lists as blocks.
public enum YAMLEmitter {
    /// Ranks a key under a parent path ("" for the top level, "funding.*" for a list element's
    /// keys); `nil` when unknown. Lower ranks come first.
    public typealias KeyOrder = @Sendable (_ parent: String, _ key: String) -> Int?

    public static func yaml(_ document: JSONValue, order: KeyOrder = ScenarioKeyOrder.rank) -> String {
        var lines: [String] = []
        switch document {
        case .object(let pairs): lines = mapping(pairs, indent: 0, parent: "", order: order)
        default: lines = [scalar(document)]
        }
        return lines.isEmpty ? "{}\n" : lines.joined(separator: "\n") + "\n"
    }

    // MARK: Structure

    static func isAbsent(_ value: JSONValue) -> Bool {
        switch value {
        case .null: true
        case .string(let text): text.isEmpty
        default: false
        }
    }

    static func ordered(_ pairs: [(String, JSONValue)], parent: String, order: KeyOrder) -> [(String, JSONValue)] {
        let ranked = pairs.enumerated().map { (offset, pair) in (order(parent, pair.0) ?? Int.max, offset, pair) }
        return ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    static func mapping(_ pairs: [(String, JSONValue)], indent: Int, parent: String, order: KeyOrder) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (key, value) in ordered(pairs, parent: parent, order: order) where !isAbsent(value) {
            let head = pad + text(key) + ":"
            let path = parent.isEmpty ? key : "\(parent).\(key)"
            switch value {
            case .object(let inner):
                let body = mapping(inner, indent: indent + 2, parent: path, order: order)
                if body.isEmpty { lines.append(head + " {}") } else { lines.append(head); lines += body }
            case .array(let items):
                if let flow = flow(items) { lines.append(head + " " + flow) } else {
                    lines.append(head)
                    lines += sequence(items, indent: indent + 2, parent: path + ".*", order: order)
                }
            default:
                lines.append(head + " " + scalar(value))
            }
        }
        return lines
    }

    static func sequence(_ items: [JSONValue], indent: Int, parent: String, order: KeyOrder) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for item in items {
            var body: [String]
            switch item {
            case .object(let pairs):
                body = mapping(pairs, indent: indent + 2, parent: parent, order: order)
                if body.isEmpty { lines.append(pad + "- {}"); continue }
            case .array(let inner):
                if let flow = flow(inner) { lines.append(pad + "- " + flow); continue }
                body = sequence(inner, indent: indent + 2, parent: parent + ".*", order: order)
            default:
                lines.append(pad + "- " + scalar(item)); continue
            }
            // The first line of the nested block moves up beside the dash.
            body[0] = pad + "- " + body[0].dropFirst(indent + 2)
            lines += body
        }
        return lines
    }

    /// `[a, b]` when every item is a scalar that stays itself in a flow sequence.
    static func flow(_ items: [JSONValue]) -> String? {
        if items.isEmpty { return "[]" }
        var parts: [String] = []
        for item in items {
            switch item {
            case .string(let text):
                // In a flow list a leading ? or : is an indicator even before a letter.
                guard isPlain(text), !text.contains(where: { ",[]{}".contains($0) }),
                      !text.hasPrefix("?"), !text.hasPrefix(":") else { return nil }
                parts.append(text)
            case .number(let text): parts.append(text)
            case .bool(let flag): parts.append(flag ? "true" : "false")
            default: return nil
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    // MARK: Scalars

    static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .string(let string): text(string)
        case .number(let digits): digits
        case .bool(let flag): flag ? "true" : "false"
        case .null: "\"\""
        case .object, .array: "\"\""
        }
    }

    /// The text written plain when that reads back as itself, else double-quoted.
    static func text(_ value: String) -> String { isPlain(value) ? value : quoted(value) }

    /// Whether `value` written as a plain scalar (after `key: ` or `- `, block context) is read
    /// back by YAML as exactly `value`.
    static func isPlain(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if first == " " || first == "\t" || last == " " || last == "\t" { return false }
        if value.unicodeScalars.contains(where: needsEscape) { return false }
        if "!&*[]{}|>'\"%@`#,".unicodeScalars.contains(first) { return false }
        if "-?:".unicodeScalars.contains(first) {
            let scalars = Array(value.unicodeScalars)
            if scalars.count == 1 || scalars[1] == " " || scalars[1] == "\t" { return false }
        }
        if value.hasPrefix("---") || value.hasPrefix("...") { return false }
        if value.contains(": ") || value.contains(":\t") || value.contains(" #") || value.contains("\t#") || last == ":" {
            return false
        }
        return true
    }

    /// Characters a plain scalar cannot hold: line breaks, other controls, and the ones YAML
    /// reads as breaks (NEL, LS, PS) or strips (BOM).
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028
            || scalar.value == 0x2029 || scalar.value == 0xFEFF || (0x80...0x9F).contains(scalar.value)
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value == 0x85 { out += "\\N" } else if scalar.value == 0x2028 { out += "\\L" }
                else if scalar.value == 0x2029 { out += "\\P" } else if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

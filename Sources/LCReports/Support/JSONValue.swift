import LCModel

/// A JSON document with ordered keys and exact money, written by hand so money stays
/// a decimal literal (`4500.00`) and output is byte-identical run to run.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number written exactly as given (`4500.00`, `3`).
    case number(String)
    case bool(Bool)
    case null

    public static func money(_ money: Money) -> JSONValue { .number(money.plain) }
    public static func money(_ money: Money?) -> JSONValue { money.map { .number($0.plain) } ?? .null }
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    /// Pretty-printed with two-space indentation and a final newline at top level.
    public func rendered(indent: Int = 0) -> String {
        var out = ""
        render(into: &out, indent: indent)
        return out
    }

    /// Appends the pretty-printed value to one buffer (no string per level, no joins).
    func render(into out: inout String, indent: Int) {
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += ",\n" }
                JSONValue.pad(&out, indent + 1)
                JSONValue.quote(pair.0, into: &out)
                out += ": "
                pair.1.render(into: &out, indent: indent + 1)
            }
            out += "\n"
            JSONValue.pad(&out, indent)
            out += "}"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                if i > 0 { out += ",\n" }
                JSONValue.pad(&out, indent + 1)
                item.render(into: &out, indent: indent + 1)
            }
            out += "\n"
            JSONValue.pad(&out, indent)
            out += "]"
        case .string(let text): JSONValue.quote(text, into: &out)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        }
    }

    private static func pad(_ out: inout String, _ level: Int) {
        for _ in 0..<level { out += "  " }
    }

    static func quote(_ text: String) -> String {
        var out = ""
        quote(text, into: &out)
        return out
    }

    /// Appends `text` as a JSON string. Text with nothing to escape (most of it) is appended
    /// whole, after one pass over its UTF-8 bytes.
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x3C && byte != 0x3E && byte != 0x26 && byte != 0xE2
        }
        if plain {
            out += text
            out += "\""
            return
        }
        quoteScalars(text, into: &out)
        out += "\""
    }

    // Byte 0xE2 leads U+2028 and U+2029 (and other characters, which take the slow path too).
    private static func quoteScalars(_ text: String, into out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"   // safe to embed in HTML
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }
}

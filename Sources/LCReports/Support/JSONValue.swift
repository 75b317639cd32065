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
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            let body = pairs.map { "\(pad)\(JSONValue.quote($0.0)): \($0.1.rendered(indent: indent + 1))" }
            return "{\n" + body.joined(separator: ",\n") + "\n\(close)}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            let body = items.map { "\(pad)\($0.rendered(indent: indent + 1))" }
            return "[\n" + body.joined(separator: ",\n") + "\n\(close)]"
        case .string(let text): return JSONValue.quote(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
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
        return out + "\""
    }
}

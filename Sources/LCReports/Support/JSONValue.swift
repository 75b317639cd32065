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
        var out: [UInt8] = []
        out.reserveCapacity(4_096)
        render(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the pretty-printed value's UTF-8 to one buffer (no string per level, no joins).
    func render(into out: inout [UInt8], indent: Int) {
        switch self {
        case .object(let pairs):
            JSONValue.container("{", "}", count: pairs.count, indent: indent, into: &out) { i, out in
                JSONValue.quote(pairs[i].0, into: &out)
                out.append(contentsOf: ": ".utf8)
                pairs[i].1.render(into: &out, indent: indent + 1)
            }
        case .array(let items):
            JSONValue.container("[", "]", count: items.count, indent: indent, into: &out) { i, out in
                items[i].render(into: &out, indent: indent + 1)
            }
        case .string(let text): JSONValue.quote(text, into: &out)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    /// `open`, then each of `count` members on a line of its own one level in, comma-separated,
    /// then `close` on a line at `indent`; `{}` or `[]` when empty.
    private static func container(_ open: Unicode.Scalar, _ close: Unicode.Scalar, count: Int, indent: Int,
                                  into out: inout [UInt8], member: (Int, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: open))
        for i in 0..<count {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, indent + 1)
            member(i, &out)
        }
        if count > 0 { newline(&out, indent) }
        out.append(UInt8(ascii: close))
    }

    /// A line break and two spaces per level.
    private static func newline(_ out: inout [UInt8], _ level: Int) {
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<(2 * level) { out.append(UInt8(ascii: " ")) }
    }

    static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        quote(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string: bytes that need no escape are copied as they are (a
    /// multi-byte character's bytes are all 0x80 or above), the rest escaped one scalar at a
    /// time.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
                case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)   // safe to embed in HTML
                case UInt8(ascii: ">"): out.append(contentsOf: "\\u003e".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "\\u0026".utf8)
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in JavaScript.
                    out.append(contentsOf: (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 2
                case ..<0x20: out.append(contentsOf: "\\u00".utf8); out.append(hex(byte >> 4)); out.append(hex(byte & 0xF))
                default: out.append(byte)
                }
                i += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hex(_ digit: UInt8) -> UInt8 {
        digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
    }
}

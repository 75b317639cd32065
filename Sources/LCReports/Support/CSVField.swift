/// CSV fields that a spreadsheet opens as text, never as a formula.
public enum CSVField {
    /// Quotes a field per RFC 4180 and defuses formula triggers (`=`, `+`, `-`, `@`, tab, CR)
    /// by prefixing an apostrophe, the convention spreadsheets show as plain text.
    public static func text(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    public static func row(_ fields: [String]) -> String { fields.joined(separator: ",") + "\n" }
}

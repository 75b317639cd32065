/// CSV fields that a spreadsheet opens as text, never as a formula.
public enum CSVField {
    /// Quotes a field per RFC 4180 and defuses formula triggers (`=`, `+`, `-`, `@`, tab, CR)
    /// by prefixing an apostrophe, the convention spreadsheets show as plain text.
    public static func text(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        // Scalars, not Characters: "\r\n" is one Character, and a comma or quote followed by a
        // combining mark is a Character unequal to "," or "\"", yet CSV readers split on its byte.
        let scalars = value.unicodeScalars
        guard scalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in scalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    public static func row(_ fields: [String]) -> String { fields.joined(separator: ",") + "\n" }
}

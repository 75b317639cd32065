import Foundation

/// The characters no scenario or CSV text may hold, whatever field they are in: they are
/// invisible, or they change how the text around them is shown (docs/scenario-format.md "Text",
/// SECURITY.md "Hostile text stays inert").
///
/// - C0 controls other than tab and line ends, and DEL (ESC and BEL drive terminals);
/// - C1 controls, U+0080–U+009F;
/// - bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which can
///   make "$150,000.00 a year" render reversed;
/// - every other invisible format character (Unicode category Cf, such as U+200B ZERO WIDTH
///   SPACE), and the line and paragraph separators U+2028 and U+2029; but not the zero-width
///   joiner and non-joiner (U+200D, U+200C), which emoji such as 👩🏽‍🏫 and scripts such as
///   Persian and Devanagari need to be written correctly.
///
/// A byte-order mark at the very start of a file is allowed (spreadsheets write one).
///
/// ```swift
/// TextRules.refusal("\u{202E}")   // "a bidirectional control character (U+202E), which can reverse the text around it"
/// TextRules.refusal("A")          // nil
/// ```
public enum TextRules {
    /// Whether `text` is printable ASCII, tab and line ends only: text no rule can refuse, told
    /// in one pass over its bytes (nearly every value and file is such text, so the scalar-by-
    /// scalar checks run only on the rest).
    public static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) {
                return false
            }
            return true
        }
    }

    /// Why `scalar` is refused, in words with its code, or nil when it is allowed.
    public static func refusal(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        // The common case first and cheaply: printable ASCII (and tab, line ends) is allowed.
        if (0x20..<0x7F).contains(value) || value == 0x09 || value == 0x0A || value == 0x0D { return nil }
        let code = self.code(scalar)
        switch value {
        case 0x09, 0x0A, 0x0D, 0x200C, 0x200D: return nil
        case 0x00...0x1F, 0x7F: return "a control character (\(code))"
        case 0x80...0x9F: return "a C1 control character (\(code))"
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return "a bidirectional control character (\(code)), which can reverse the text around it"
        default:
            guard value > 0x7F else { return nil }
            switch scalar.properties.generalCategory {
            case .format, .lineSeparator, .paragraphSeparator: return "an invisible format character (\(code))"
            default: return nil
            }
        }
    }

    /// "U+202E".
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The first refused character of a whole file's text with its 1-based line and column
    /// (columns count Unicode scalars); nil when there is none.
    public static func firstRefused(in text: String) -> (reason: String, line: Int, column: Int)? {
        if isPlainASCII(text) { return nil }
        var line = 1, column = 1
        var previousCR = false
        var first = true
        for scalar in text.unicodeScalars {
            if first {
                first = false
                if scalar == "\u{FEFF}" { continue }
            }
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                column += 1
                continue
            }
            if let reason = refusal(scalar) { return (reason, line, column) }
            if scalar == "\n" {
                if !previousCR { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previousCR = scalar == "\r"
        }
        return nil
    }
}

import Mustache

/// Escapes values for HTML scalar by scalar: `<`, `>`, `&`, `"` and `'` become entities.
///
/// Mustache's built-in HTML escaping compares whole Characters, so a quote followed by a
/// combining mark (`"\u{301}`) is a Character unequal to `"` and passes through, though a
/// browser sees a quote that ends an attribute. Working on scalars closes that gap.
///
/// ```swift
/// HTMLContentType().escapeText("\"\u{301} onmouseover=x")   // "&quot;\u{301} onmouseover=x"
/// ```
struct HTMLContentType: MustacheContentType {
    static let name = "LCBUDGET_HTML"

    static func register() { MustacheContentTypes.register(HTMLContentType(), named: name) }

    func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

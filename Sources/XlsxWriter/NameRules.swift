/// The naming rules Excel enforces and libxlsxwriter 1.1.4 does not fully check.
///
/// Checking them here turns a file Excel would "repair" (dropping names or sheets) into a
/// thrown error before anything is written.
public enum NameRules {
    /// Excel's limit on sheet name length.
    public static let maxSheetNameLength = 31
    /// Characters Excel forbids in sheet names.
    public static let forbiddenSheetCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why `name` cannot be a sheet name, or nil when it can.
    ///
    /// ```swift
    /// NameRules.sheetNameProblem("Budget")      // nil
    /// NameRules.sheetNameProblem("Q1/Q2")       // "contains '/'..."
    /// ```
    public static func sheetNameProblem(_ name: String) -> String? {
        if name.trimmingWhitespace.isEmpty { return "a sheet name cannot be blank" }
        // Excel counts UTF-16 code units.
        if name.utf16.count > maxSheetNameLength {
            return "a sheet name has at most \(maxSheetNameLength) characters (this one has \(name.utf16.count))"
        }
        if let bad = name.first(where: { forbiddenSheetCharacters.contains($0) }) {
            return "contains '\(bad)'; sheet names cannot contain any of [ ] : * ? / \\"
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            return "a sheet name cannot begin or end with an apostrophe"
        }
        if name.lowercased() == "history" { return "\"History\" is reserved by Excel" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            return "a sheet name cannot contain control characters"
        }
        return nil
    }

    /// Why `name` cannot be a workbook-level defined name (or table name), or nil when it can.
    ///
    /// Rules: 1 to 255 characters; starts with a letter or underscore; then letters, digits,
    /// underscores or periods; not `R`, `C`, `TRUE`/`FALSE`; and not something Excel would read as
    /// a cell reference (`A1`, `XFD1048576`, `R1C1`, `R2`, `C3`).
    ///
    /// ```swift
    /// NameRules.definedNameProblem("StipendHourlyRate")   // nil
    /// NameRules.definedNameProblem("AB12")                // "looks like the cell reference AB12"
    /// ```
    public static func definedNameProblem(_ name: String) -> String? {
        guard let first = name.unicodeScalars.first else { return "a name cannot be empty" }
        if name.count > 255 { return "a name has at most 255 characters" }
        if !(first.properties.isAlphabetic || first == "_") {
            return "a name must begin with a letter or an underscore"
        }
        if let bad = name.unicodeScalars.first(where: {
            !($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == ".")
        }) {
            return bad == " " ? "a name cannot contain spaces" : "a name cannot contain '\(bad)'"
        }
        let upper = name.uppercased()
        if upper == "R" || upper == "C" { return "\"\(name)\" is reserved for row and column references" }
        if upper == "TRUE" || upper == "FALSE" { return "\"\(name)\" is a logical value" }
        if isA1Reference(upper) || isR1C1Reference(upper) {
            return "looks like the cell reference \(name)"
        }
        return nil
    }

    /// `A1` .. `XFD1048576`: 1–3 letters then a row number within the sheet.
    static func isA1Reference(_ upper: String) -> Bool {
        let letters = upper.prefix { $0.isASCII && $0.isLetter }
        let digits = upper.dropFirst(letters.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let row = Int(digits), row >= 1, row <= 1_048_576 else { return false }
        return CellAddress.columnIndex(String(letters)).map { $0 < 16_384 } ?? false
    }

    /// `R1C1`, `R2`, `C3`, `RC`, `R[1]C` style references.
    static func isR1C1Reference(_ upper: String) -> Bool {
        var rest = Substring(upper)
        var sawPart = false
        for part in ["R", "C"] {
            guard rest.hasPrefix(part) else { continue }
            rest = rest.dropFirst()
            rest = rest.drop { $0.isASCII && $0.isNumber }
            sawPart = true
        }
        return sawPart && rest.isEmpty
    }
}

extension String {
    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? endIndex
        return start < end ? self[start..<end] : ""
    }
}

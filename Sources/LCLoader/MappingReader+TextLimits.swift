import LCModel

extension MappingReader {
    /// Why `text` is too long for a scenario text field, or nil. The limit is counted in UTF-16
    /// code units, the unit a workbook cell is limited in (`TextLimits`), not in the characters
    /// a reader sees: a name of 2,000 letters each carrying combining accents is far longer in a
    /// cell than 2,000, and would pass a character count only to fail `report`.
    ///
    /// ```swift
    /// MappingReader.lengthProblem(String(repeating: "x", count: 2_001))
    /// // "must be at most 2000 characters, found 2001; shorten it"
    /// ```
    static func lengthProblem(_ text: String) -> String? {
        let limit = TextLimits.fieldUTF16
        let units = text.utf16.count
        guard units > limit else { return nil }
        let seen = text.count
        if seen == units {
            return "must be at most \(limit) characters, found \(units); shorten it"
        }
        // What the reader sees differs from what a workbook counts: say both.
        return "must be at most \(limit) characters as a workbook counts them (UTF-16 code units: an accent written as a combining mark or an emoji counts more than one), found \(units) (\(seen) as displayed); shorten it"
    }
}

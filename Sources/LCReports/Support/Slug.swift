/// File-name stems from scenario names that can never leave the output folder.
public enum Slug {
    /// Lower-case ASCII letters, digits and single hyphens, at most 80 characters;
    /// `"scenario"` when nothing usable is left (a name of only punctuation).
    ///
    /// ```swift
    /// Slug.make("Riverside K-8 Maker Educator Learning Community")
    /// // "riverside-k-8-maker-educator-learning-community"
    /// Slug.make("../../etc/x")   // "etc-x"
    /// ```
    public static func make(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
                if out.count >= 80 { break }
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "scenario" : out
    }
}

import Foundation

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
        // "École" -> "ecole": accents folded away before anything non-ASCII is dropped.
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                let hyphen = pendingHyphen && !out.isEmpty
                if out.unicodeScalars.count + (hyphen ? 2 : 1) > 80 { break }
                if hyphen { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "scenario" : out
    }
}

import Foundation

/// File-name stems from scenario names that can never leave the output folder.
public enum Slug {
    /// Lower-case letters of any script, digits and single hyphens, at most 80 characters and
    /// 200 UTF-8 bytes (a file name holds 255 bytes, and the longest suffix is
    /// "-justification.md").
    /// A name with no letter or digit left (only punctuation) falls back to `scenario-` and a
    /// short hash of the name and organization, so two such communities never share files.
    ///
    /// ```swift
    /// Slug.make("Riverside K-8 Maker Educator Learning Community")
    /// // "riverside-k-8-maker-educator-learning-community"
    /// Slug.make("../../etc/x")        // "etc-x"
    /// Slug.make("河畔教师学习社区")     // "河畔教师学习社区"
    /// Slug.make("!!!")                // "scenario-1b2c3d4e"
    /// ```
    public static func make(_ name: String, organization: String? = nil) -> String {
        var out = ""
        var count = 0, bytes = 0
        var pendingHyphen = false
        // "École" -> "ecole": accents folded away; letters of other scripts are kept as they are.
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        for scalar in folded.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars {
            let kept = scalar.isASCII
                ? scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                : (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal)
                    && scalar.properties.generalCategory != .format
            if kept {
                let hyphen = pendingHyphen && !out.isEmpty
                let width = UTF8.width(scalar)
                if count + (hyphen ? 2 : 1) > 80 || bytes + width + (hyphen ? 1 : 0) > 200 { break }
                if hyphen { out += "-"; count += 1; bytes += 1 }
                bytes += width
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
                count += 1
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "scenario-\(String(communityHash(name: name, organization: organization).prefix(8)))" : out
    }

    /// A stable 16-hex-digit key of a community (its name and organization), for ICS UIDs:
    /// two communities never share one, whatever script their names are written in.
    public static func communityHash(name: String, organization: String?) -> String {
        // FNV-1a, 64 bits: stable across runs and platforms (unlike `Hasher`), and no secret is at stake.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array(name.utf8) + [0] + Array((organization ?? "").utf8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

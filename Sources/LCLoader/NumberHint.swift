import Foundation
import LCModel

/// The fix for a number written the way a spreadsheet or a sentence would write it: a percent
/// sign, a dollar sign, a unit, thousands commas or quotes. Only the writing is corrected: the
/// hint never guesses a different amount.
///
/// ```swift
/// NumberHint.fix("40%", quoted: false)      // "write a percentage as a share: 0.4"
/// NumberHint.fix("$45/hr", quoted: true)    // "write just the number, without the $ sign, the unit and the quotes: 45"
/// NumberHint.fix("68,000", quoted: false)   // "write it without commas: 68000 (or 68_000)"
/// ```
enum NumberHint {
    static func fix(_ text: String, quoted: Bool) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%"), let share = share(String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces)) {
            return "write a percentage as a share: \(share)"
        }
        var rest = Substring(trimmed)
        var negative = false
        if rest.first == "-" { negative = true; rest = rest.dropFirst() }
        let dollar = rest.first == "$"
        if dollar { rest = rest.dropFirst().drop { $0 == " " } }
        if !negative, rest.first == "-" { negative = true; rest = rest.dropFirst() }
        let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == "." || $0 == "_") }
        let unit = rest.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        let commas = number.contains(",")
        let digits = (negative ? "-" : "") + number.filter { $0 != "," }
        // A unit is words or a rate (`/hr`, `per hour`, `dollars`): `2e2` or `1.2.3` is no unit.
        let isUnit = unit.isEmpty || (unit.allSatisfy { $0.isLetter || $0 == " " || $0 == "/" || $0 == "." } && unit.contains(where: \.isLetter))
        guard !number.isEmpty, isUnit, let plain = MappingReader.plainNumberText(digits) else { return nil }
        var removed: [String] = []
        if dollar { removed.append("the $ sign") }
        if !unit.isEmpty { removed.append("the unit") }
        if commas { removed.append("commas") }
        if quoted { removed.append("the quotes") }
        guard !removed.isEmpty else { return nil }
        let grouped = underscored(plain)
        let alternative = grouped == plain ? "" : " (or \(grouped))"
        if removed == ["commas"] { return "write it without commas: \(plain)\(alternative)" }
        if removed == ["the quotes"] { return "write it without quotes: \(plain)" }
        let list = removed.count == 1 ? removed[0] : removed.dropLast().joined(separator: ", ") + " and " + removed.last!
        return "write just the number, without \(list): \(plain)\(commas ? alternative : "")"
    }

    /// `40` → `0.4`, exactly (never through `Double`).
    static func share(_ percent: String) -> String? {
        guard let plain = MappingReader.plainNumberText(percent), let value = Decimal(exactly: plain) else { return nil }
        return (value / 100).plainText
    }

    /// `68000` → `68_000`: the digit separator the format allows, for numbers of five digits or more.
    static func underscored(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0]), grouped = ""
        guard whole.count > 4 else { return plain }
        while whole.count > 3 {
            grouped = "_" + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        return (negative ? "-" : "") + whole + grouped + (parts.count == 2 ? "." + parts[1] : "")
    }

    /// A list whose amounts were written with thousands commas (`[$20,000, $20,000]`): YAML
    /// splits it at every comma, into `$20`, `000`, .... The amounts as meant, or nil when the
    /// list does not look split. A valid list such as `[50000, 100]` is never taken for one:
    /// a part must fail as a number on its own (`$20`, `000`), or the parts must be more than
    /// `expected` while the amounts as meant are exactly that many (`[20,500, 20,500]`, 2 years).
    static func splitAmounts(_ list: SourceNode, expected: Int? = nil) -> (written: String, meant: [String])? {
        guard let sequence = list.sequence else { return nil }
        let texts = sequence.map { $0.string ?? "" }
        var merged: [String] = []
        var explains = false
        for text in texts {
            if let last = merged.last, text.count == 3, text.allSatisfy(\.isASCIIDigit), last.last?.isASCIIDigit == true {
                // Either part failing alone (`000`, `$20`, or a head already merged) shows the split.
                let head = String(last.split(separator: ",").first ?? "")
                if MappingReader.plainNumberText(text) == nil || MappingReader.plainNumberText(head) == nil { explains = true }
                merged[merged.count - 1] = last + "," + text
            } else {
                merged.append(text)
            }
        }
        guard merged.count < texts.count else { return nil }
        if let expected, texts.count != expected, merged.count == expected { explains = true }
        guard explains else { return nil }
        let meant = merged.map { String($0.filter { $0 != "," && $0 != "$" }) }
        guard meant.allSatisfy({ MappingReader.plainNumberText($0) != nil }) else { return nil }
        return ("[" + merged.joined(separator: ", ") + "]", meant)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

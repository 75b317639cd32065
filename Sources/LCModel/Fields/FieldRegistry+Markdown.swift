import Foundation

/// The field tables of docs/scenario-format.md, generated from the registry
/// (`lcbudget fields --format markdown`; a test checks the committed page equals this text).
///
/// ```swift
/// FieldRegistry.markdown().hasPrefix("### The community")   // true
/// ```
extension FieldRegistry {
    /// The tables, one per part of the file, in the order of `all`; extensions of format 1 are
    /// left to their own pages.
    public static func markdown() -> String {
        let format1 = all.filter { $0.extensionPage == nil }
        let parts: [(heading: String, fields: [FieldSpec], qualified: Bool, after: String?)] = [
            ("### The community", format1.filter { $0.section == "" }, false, nil),
            ("### `cohort` (required)", format1.filter { $0.section == "cohort" }, false, nil),
            ("### `meetings` (required)", format1.filter { $0.section == "meetings" }, false, nil),
            ("### Cost sections (each optional; absent means no cost of that kind)",
             format1.filter { !["", "cohort", "meetings", "funding"].contains($0.section) }, true,
             "In a section that is present, \"required\" keys must be given; an absent section costs nothing."),
            ("### `funding` (optional list)", format1.filter { $0.section == "funding" }, false, nil),
        ]
        var out: [String] = []
        for part in parts {
            out.append(part.heading)
            out.append("")
            out.append("| key | type | required / default | range | unit | what it feeds | the guide |")
            out.append("| --- | --- | --- | --- | --- | --- | --- |")
            for field in part.fields {
                let key = part.qualified ? field.path : String(field.path.dropFirst(field.section.isEmpty ? 0 : field.section.count + 1))
                let cells = ["`\(key.replacingOccurrences(of: ".*", with: "[]"))`", field.typeText, field.defaultText,
                             field.rangeText, field.unit.isEmpty ? "—" : field.unit, field.feeds, field.guideText]
                out.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            }
            if let after = part.after {
                out.append("")
                out.append(after)
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// `10000` → `10,000`; `-0.1` → `−0.1` (a typographic minus, as the page writes it).
    static func shown(_ value: Decimal) -> String {
        let text = value.plainText
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        grouped = whole + grouped
        if parts.count == 2 { grouped += "." + parts[1] }
        return (negative ? "−" : "") + grouped
    }
}

extension FieldSpec {
    /// `whole number`, `number`, `dollars`, `share`, `true / false`, `text`, `YYYY-MM`, `choice`.
    public var typeText: String {
        switch kind {
        case .integer: "whole number"
        case .decimal: "number"
        case .money: "dollars"
        case .share: "share"
        case .boolean: "true / false"
        case .text: "text"
        case .date: unit == "date" ? "YYYY-MM-DD" : "YYYY-MM"
        case .choice: "one of"
        }
    }

    /// `required`, `` `0` ``, `= hourly_rate`, `optional`.
    public var defaultText: String {
        if required { return "required" }
        if let defaultFrom { return "= `\(defaultFrom.split(separator: ".").last ?? "")`" }
        if let defaultValue { return "`\(defaultValue)`" }
        return "optional"
    }

    /// `0–10,000`, `exactly 1`, `` `tdc`, `mtdc` ``, `non-empty text`.
    public var rangeText: String {
        switch kind {
        case .integer, .decimal, .money, .share:
            let lo = minimum.map(FieldRegistry.shown) ?? "", hi = maximum.map(FieldRegistry.shown) ?? ""
            if let minimum, let maximum, minimum == maximum { return "exactly `\(lo)`" }
            return "\(lo)–\(hi)"
        case .boolean: return "true / false"
        case .text: return required ? "non-empty text" : "text"
        case .date: return unit == "date" ? "a calendar date" : "a year from 1900, a month 01–12"
        case .choice: return choices.map { "`\($0)`" }.joined(separator: ", ")
        }
    }

    /// The guide's recommendation and the advisories that check it, or `—`.
    public var guideText: String {
        var parts: [String] = []
        if let recommendation { parts.append(recommendation) }
        if !advisoryCodes.isEmpty { parts.append("(" + advisoryCodes.joined(separator: ", ") + ")") }
        return parts.isEmpty ? "—" : parts.joined(separator: " ")
    }
}

extension FieldRegistry {
    /// The table of docs/uncertainty.md: every field an `uncertainty:` section may name, with its
    /// valid range (`lcbudget fields --format markdown --uncertain`).
    ///
    /// ```swift
    /// FieldRegistry.uncertainMarkdown().contains("`stipends.hourly_rate`")   // true
    /// ```
    public static func uncertainMarkdown() -> String {
        var out = ["| path | kind | valid range |", "| --- | --- | --- |"]
        for field in all where field.mayBeUncertain {
            let path = field.path.replacingOccurrences(of: ".*.", with: "[i].")
            let kind = field.kind == .integer ? "whole number" : "number"
            var range = field.rangeText
            switch field.path {
            case "cohort.participants", "cohort.by_year.*.participants": range += "; at least max(1, leaders)"
            case "cohort.leaders", "cohort.by_year.*.leaders": range += "; at most participants"
            default: break
            }
            out.append("| `\(path)` | \(kind) | \(range) |")
        }
        return out.joined(separator: "\n") + "\n"
    }
}

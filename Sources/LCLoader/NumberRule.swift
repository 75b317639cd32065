import Foundation
import LCModel
import Yams

/// How a number in a scenario is checked and described: whole or not, its bounds and unit.
///
/// ```swift
/// NumberRule(FieldRegistry.field("years")!).expected   // "a whole number from 1 to 5"
/// ```
struct NumberRule {
    var whole: Bool
    var minimum, maximum: Decimal?
    var unit: String = ""

    init(whole: Bool, minimum: Decimal?, maximum: Decimal?, unit: String = "") {
        self.whole = whole
        self.minimum = minimum
        self.maximum = maximum
        self.unit = unit
    }

    init(_ spec: FieldSpec) {
        self.init(whole: spec.kind == .integer, minimum: spec.minimum, maximum: spec.maximum, unit: spec.unit)
    }

    /// `a whole number from 1 to 5`, `a number from 0 to 10,000`, `a number >= 0`.
    var expected: String {
        let noun = whole ? "a whole number" : "a number"
        switch (minimum, maximum) {
        case let (lo?, hi?): return "\(noun) from \(Self.shown(lo)) to \(Self.shown(hi))"
        case let (lo?, nil): return "\(noun) >= \(Self.shown(lo))"
        case let (nil, hi?): return "\(noun) <= \(Self.shown(hi))"
        default: return noun
        }
    }

    private var unitText: String { unit.isEmpty ? "" : " (\(unit))" }

    /// Reports a value beyond the maximum (or, when `negative`, below the minimum).
    func outOfRange(negative: Bool, name: String, found: String, at node: Node, validation: Validation) {
        if negative, let lo = minimum {
            validation.error("\(name) is smaller than the minimum \(Self.shown(lo))\(unitText), found \(found)", at: node)
        } else if !negative, let hi = maximum {
            validation.error("\(name) is larger than the maximum \(Self.shown(hi))\(unitText), found \(found)", at: node)
        } else {
            validation.error("\(name) has more digits than lcbudget keeps exactly (at most 30), found \(found)", at: node)
        }
    }

    /// `10000` → `10,000`; `-0.1` stays `-0.1`.
    static func shown(_ value: Decimal) -> String {
        let text = value.plainText
        let negative = text.hasPrefix("-")
        let parts = (negative ? String(text.dropFirst()) : text).split(separator: ".", maxSplits: 1)
        var whole = String(parts[0]), grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        grouped = whole + grouped + (parts.count == 2 ? "." + parts[1] : "")
        return (negative ? "-" : "") + grouped
    }
}

/// The shape of a plain YAML number: optional sign, digits, at most one point with digits
/// around it (`50`, `-0.1`, `.5`, `72000`); no exponent, no hexadecimal.
struct NumberLiteral {
    var text: String
    var negative, hasPoint: Bool
    /// Significant digits before the point (leading zeros left out).
    var wholeDigits: Int

    init?(_ text: String) {
        var body = Substring(text)
        negative = body.first == "-"
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count <= 2, body.contains(where: \.isASCIIDigitCharacter),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }) else { return nil }
        self.text = text
        hasPoint = parts.count == 2
        wholeDigits = parts[0].drop { $0 == "0" }.count
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

import Foundation
import LCModel

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
    func outOfRange(negative: Bool, name: String, found: String, at node: SourceNode, validation: Validation) {
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

    /// One pass over the UTF-8 bytes: an optional sign, ASCII digits (at least one) and at most
    /// one point. (A byte test is the character test here: no byte of a non-ASCII character is
    /// an ASCII digit or a point.)
    init?(_ text: String) {
        var negative = false, hasPoint = false, anyDigit = false, leadingZeros = true, wholeDigits = 0
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0, UInt8(ascii: "+") where offset == 0:
                negative = byte == UInt8(ascii: "-")
            case UInt8(ascii: "."):
                if hasPoint { return nil }
                hasPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                anyDigit = true
                if !hasPoint && !(leadingZeros && byte == UInt8(ascii: "0")) { leadingZeros = false; wholeDigits += 1 }
            default:
                return nil
            }
        }
        guard anyDigit else { return nil }
        (self.text, self.negative, self.hasPoint, self.wholeDigits) = (text, negative, hasPoint, wholeDigits)
    }
}

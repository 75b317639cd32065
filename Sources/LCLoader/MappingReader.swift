import Foundation
import LCModel

/// Collects diagnostics and the location of every value while a scenario is read.
final class Validation {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Dotted path (`stipends.hourly_rate`, `funding[0].by_year`) -> where its value stands.
    private(set) var locations: [String: SourceLocation] = [:]
    /// `form_524` keys and `covers:` line keys, checked after projection (`Analysis`).
    var lineKeyReferences: [LineKeyReference] = []

    init(file: String) {
        self.file = file
        locations.reserveCapacity(128)   // a scenario's values, without regrowing the table
    }

    func location(of node: SourceNode) -> SourceLocation { node.location(in: file) }

    func error(_ message: String, at node: SourceNode) {
        diagnostics.append(Diagnostic(.error, message, at: location(of: node)))
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    func record(_ path: String, _ node: SourceNode) { locations[path] = location(of: node) }
}

/// Reads one YAML mapping: typed values with range checks, unknown keys refused with a hint.
///
/// Every accessor returns `nil` (and records an error) when the value is present but wrong,
/// so reading goes on and one run reports every problem in the file.
struct MappingReader {
    let node: SourceNode
    let path: String
    let validation: Validation
    /// Each allowed key's name and value node (the key's own node is only needed for errors,
    /// reported while reading it here).
    private let pairs: [(key: String, value: SourceNode)]

    /// `nil` (with an error) when `node` is not a mapping.
    init?(_ node: SourceNode, path: String, allowed: [String], validation: Validation) {
        guard let mapping = node.mapping else {
            validation.error(path.isEmpty
                ? "the scenario must be a YAML mapping of keys to values (format: 1, name: ..., goal: ...), found \(MappingReader.shown(node))"
                : "\(path) must be a mapping of keys to values, found \(MappingReader.shown(node))", at: node)
            return nil
        }
        self.node = node
        self.path = path
        self.validation = validation
        var pairs: [(String, SourceNode)] = []
        pairs.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard let name = key.string else {
                validation.error("keys must be plain names", at: key)
                continue
            }
            if !allowed.contains(name) {
                validation.error(MappingReader.unknownKey(name, path: path, allowed: allowed), at: key)
                continue
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    /// The message for a key `allowed` does not hold. A key of the top level that belongs to a
    /// section is a line that lost its indentation; inside a section, a near key of that section
    /// comes first, then the other section the key belongs to:
    ///
    /// ```swift
    /// MappingReader.unknownKey("leaders", path: "", allowed: ScenarioReader.topKeys)
    /// // "unknown key 'leaders' at the top level; it is a key of cohort: indent it under cohort: like cohort's other keys"
    /// ```
    static func unknownKey(_ name: String, path: String, allowed: [String]) -> String {
        let message = "unknown key '\(qualified(path, name))'"
        let section = path.split(separator: "[").first.map(String.init) ?? path
        // Only between the top level and its sections: a nested mapping (calendar.meeting) has
        // keys of its own that the table does not list.
        let owners = path.isEmpty || ScenarioReader.sectionKeys[section] != nil
            ? ScenarioReader.sectionKeys.filter { $0.key != section && $0.value.contains(name) }.map(\.key).sorted() : []
        let under = Suggestion.list(owners.map { "\($0):" }, "or")
        if path.isEmpty, !owners.isEmpty {
            return message + " at the top level; it is a key of \(Suggestion.list(owners, "and")): indent it under \(under) like \(owners.count == 1 ? owners[0] + "'s" : "their") other keys"
        }
        if let hint = Suggestion.nearest(to: name, in: allowed) {
            return message + "; did you mean '\(hint)'?"
        }
        if !owners.isEmpty {
            return message + "; '\(name)' is a key of \(Suggestion.list(owners, "or")), not of \(section): move it under \(under)"
        }
        return message + "; valid keys here: \(allowed.joined(separator: ", "))"
    }

    static func qualified(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func qualified(_ key: String) -> String { MappingReader.qualified(path, key) }

    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// The value node of `key`, recording where it stands.
    func value(_ key: String) -> SourceNode? { value(key, name: qualified(key)) }

    /// `value(key)` when the caller has the key's dotted path (`name`) already.
    private func value(_ key: String, name: String) -> SourceNode? {
        guard let index = pairs.firstIndex(where: { $0.key == key }) else { return nil }
        let node = pairs[index].value
        validation.record(name, node)
        return node
    }

    func missing(_ key: String, _ what: String) {
        validation.error("missing required key '\(qualified(key))' (\(what))", at: node)
    }

    // MARK: Scalars

    /// C0 controls other than tab, line feed and carriage return, and DEL.
    static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || scalar.value == 0x7F
    }

    func string(_ key: String, required: Bool = false, nonEmpty: Bool = false) -> String? {
        let name = qualified(key)
        guard let node = value(key, name: name) else {
            if required { missing(key, "text") }
            return nil
        }
        return MappingReader.text(node, name: name, nonEmpty: nonEmpty, validation: validation)
    }

    /// A text value under the scenario's text rules (no control, bidirectional or invisible
    /// format characters; at most `TextLimits.fieldUTF16` long), or nil after reporting at `node`.
    /// `name` is how the message names it: `calendar.agenda.focus[2]`.
    static func text(_ node: SourceNode, name: String, nonEmpty: Bool, validation: Validation) -> String? {
        guard let scalar = node.scalar else {
            validation.error("\(name) must be text", at: node)
            return nil
        }
        if nonEmpty && scalar.string.trimmingCharacters(in: .whitespaces).isEmpty {
            validation.error("\(name) must not be empty", at: node)
            return nil
        }
        // Printable ASCII holds no refused character and counts one UTF-16 unit a byte.
        if TextRules.isPlainASCII(scalar.string) && scalar.string.utf8.count <= TextLimits.fieldUTF16 { return scalar.string }
        if let control = scalar.string.unicodeScalars.first(where: MappingReader.isRefusedControl) {
            // A NUL ends a C string: SQLite and libxlsxwriter would keep only the text before it.
            let code = "U+" + String(repeating: "0", count: 4 - String(control.value, radix: 16).count) + String(control.value, radix: 16, uppercase: true)
            validation.error("\(name) must not contain control characters (found \(code)); only tab and line breaks are allowed", at: node)
            return nil
        }
        if let reason = scalar.string.unicodeScalars.lazy.compactMap(TextRules.refusal).first {
            // Written as an escape ("\u202E") they pass the file scan; the value is checked too.
            validation.error("\(name) must not contain \(reason); delete it (scenario text may hold only visible characters, tab and line breaks)", at: node)
            return nil
        }
        if let problem = MappingReader.lengthProblem(scalar.string) {
            validation.error("\(name) \(problem)", at: node)
            return nil
        }
        return scalar.string
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, scalar.style == .plain, let flag = node.yamlBool else {
            validation.error("\(qualified(key)) must be true or false, found \(MappingReader.shown(node))", at: node)
            return nil
        }
        _ = scalar
        return flag
    }

    // MARK: Numbers

    /// A numeric field of the registry (`FieldRegistry`): whole or not, its range, its unit and
    /// whether it is required all come from there, so every bound lives in one place.
    func number(_ key: String) -> Decimal? {
        let name = qualified(key)
        let spec = MappingReader.spec(name)
        guard let node = value(key, name: name) else {
            if spec.required { missing(key, spec.kind == .integer ? "a whole number" : "a number") }
            return nil
        }
        return MappingReader.number(node, name: name, rule: NumberRule(spec), validation: validation)
    }

    /// A whole-number field of the registry, as an `Int` (its maximum is far inside `Int`).
    func whole(_ key: String) -> Int? {
        number(key).map { NSDecimalNumber(decimal: $0).intValue }
    }

    /// The registry's field for a concrete path; every numeric key the reader reads has one
    /// (`FieldRegistryLoaderTests` reads a file with every key).
    static func spec(_ path: String) -> FieldSpec {
        guard let spec = FieldRegistry.field(path) else { preconditionFailure("no registry field for \(path)") }
        return spec
    }

    /// A numeric list element or an extension key of the registry, read from its node.
    static func number(_ node: SourceNode, path: String, validation: Validation) -> Decimal? {
        number(node, name: path, rule: NumberRule(spec(path)), validation: validation)
    }

    func int(_ key: String, required: Bool = false, in range: ClosedRange<Int>? = nil, atLeast: Int? = nil) -> Int? {
        guard let node = value(key) else {
            if required { missing(key, "a whole number") }
            return nil
        }
        return MappingReader.int(node, name: qualified(key), in: range, atLeast: atLeast, validation: validation)
    }

    /// A whole number outside the registry (calendar and uncertainty settings).
    static func int(_ node: SourceNode, name: String, in range: ClosedRange<Int>?, atLeast: Int?, validation: Validation) -> Int? {
        let rule = NumberRule(whole: true, minimum: (range?.lowerBound ?? atLeast).map { Decimal($0) },
                              maximum: range.map { Decimal($0.upperBound) })
        return number(node, name: name, rule: rule, validation: validation).map { NSDecimalNumber(decimal: $0).intValue }
    }

    func decimal(_ key: String, required: Bool = false, min: Decimal? = nil, max: Decimal? = nil) -> Decimal? {
        guard let node = value(key) else {
            if required { missing(key, "a number") }
            return nil
        }
        return MappingReader.decimal(node, name: qualified(key), min: min, max: max, validation: validation)
    }

    /// A number outside the registry (calendar and uncertainty settings).
    static func decimal(_ node: SourceNode, name: String, min: Decimal?, max: Decimal?, validation: Validation) -> Decimal? {
        number(node, name: name, rule: NumberRule(whole: false, minimum: min, maximum: max), validation: validation)
    }

    /// Reads an exact decimal from the scalar's text, never through `Double`, and checks it
    /// against `rule`. One wording per rule broken:
    ///
    /// - not a plain number (or not whole): `years must be a whole number from 1 to 5, found '2.5'`
    /// - above the maximum: `stipends.hourly_rate is larger than the maximum 10,000 ($ per hour), found 1e16's digits`
    /// - below the minimum: `substitutes.daily_rate is smaller than the minimum 0 ($ per day), found -200`
    ///
    /// A number with more digits than `Decimal` holds is still a number: it is reported as
    /// beyond the maximum (or the minimum), never as "not a number".
    static func number(_ node: SourceNode, name: String, rule: NumberRule, validation: Validation) -> Decimal? {
        guard let scalar = node.scalar, scalar.style == .plain else {
            let hint = node.scalar.flatMap { NumberHint.fix($0.string, quoted: true) }.map { "; " + $0 } ?? ""
            validation.error("\(name) must be \(rule.expected), found \(shown(node))\(hint)", at: node)
            return nil
        }
        // The documented shape first: `_` only between digits, no leading zero (`062`).
        guard let text = plainNumberText(scalar.string), let literal = NumberLiteral(text) else {
            let hint = NumberHint.fix(scalar.string, quoted: false).map { "; " + $0 } ?? ""
            validation.error("\(name) must be \(rule.expected), found \(shown(node))\(hint)", at: node)
            return nil
        }
        // How the value is quoted in a message; made only when there is one.
        var found: String { literal.text.count > 40 ? String(literal.text.prefix(40)) + "…" : literal.text }
        // Too many digits for an exact decimal: beyond any bound when the whole part is long,
        // otherwise more decimals than lcbudget keeps.
        guard let value = Decimal(exactly: text) else {
            if literal.wholeDigits > 18 {
                rule.outOfRange(negative: literal.negative, name: name, found: found, at: node, validation: validation)
            } else {
                validation.error("\(name) has more digits than lcbudget keeps exactly (at most 30), found \(found)", at: node)
            }
            return nil
        }
        if let hi = rule.maximum, value > hi {
            rule.outOfRange(negative: false, name: name, found: found, at: node, validation: validation)
            return nil
        }
        if let lo = rule.minimum, value < lo {
            rule.outOfRange(negative: true, name: name, found: found, at: node, validation: validation)
            return nil
        }
        if rule.whole && literal.hasPoint {
            validation.error("\(name) must be \(rule.expected), found \(shown(node))", at: node)
            return nil
        }
        return value
    }

    // MARK: Structure

    func section(_ key: String, allowed: [String]) -> MappingReader? {
        guard let node = value(key) else { return nil }
        return MappingReader(node, path: qualified(key), allowed: allowed, validation: validation)
    }

    /// A section the file must have: when absent, an error saying what it needs (`expected`).
    func section(_ key: String, allowed: [String], required expected: String) -> MappingReader? {
        guard has(key) else {
            missing(key, expected)
            return nil
        }
        return section(key, allowed: allowed)
    }

    func list(_ key: String) -> [SourceNode]? {
        guard let node = value(key) else { return nil }
        guard let sequence = node.sequence else {
            validation.error("\(qualified(key)) must be a list", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// Whether `key`'s list of amounts was split by thousands commas (`[$20,000, $20,000]` read
    /// as `$20`, `000`, ...), reporting it with the list as meant; the caller then reads no further.
    func splitByCommas(_ key: String, expected: Int? = nil) -> Bool {
        guard let node = value(key), let split = NumberHint.splitAmounts(node, expected: expected) else { return false }
        validation.error("\(qualified(key)): the commas inside the amounts split the list, so \(split.written) is read as \(node.sequence?.count ?? 0) values; write each amount without commas or $: [\(split.meant.joined(separator: ", "))]", at: node)
        return true
    }

    /// The text of a plain number as the format allows it, without its digit separators, or nil:
    /// an optional sign, digits, at most one decimal point; `_` only between two digits
    /// (`72_000`, not `_50`, `50_` or `5__0`); no leading zero before another digit (`062`
    /// would be octal to some YAML readers and 62 to others).
    static func plainNumberText(_ text: String) -> String? {
        // The common shape first, in one pass and no copy: sign, digits, at most one point,
        // no `_` (every number of every file of a batch comes here).
        var wholeDigits = 0, fractionDigits = 0, point = false, leadingZero = false
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if point { fractionDigits += 1 } else {
                    if wholeDigits == 0 { leadingZero = byte == UInt8(ascii: "0") }
                    wholeDigits += 1
                }
            case UInt8(ascii: ".") where !point: point = true
            case UInt8(ascii: "-") where offset == 0, UInt8(ascii: "+") where offset == 0: continue
            default: return underscoredNumberText(text)
            }
        }
        guard wholeDigits > 0, !point || fractionDigits > 0, !(leadingZero && wholeDigits > 1) else { return nil }
        return text
    }

    /// `plainNumberText` for any other text: digit separators, or not a number.
    static func underscoredNumberText(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        var sign: [UInt8] = []
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { sign = [first]; bytes.removeFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        for part in parts {
            let p = Array(part)
            guard let first = p.first, let last = p.last, isDigit(first), isDigit(last) else { return nil }
            for (i, b) in p.enumerated() where !isDigit(b) {
                guard b == UInt8(ascii: "_"), isDigit(p[i - 1]), isDigit(p[i + 1]) else { return nil }
            }
        }
        let integer = Array(parts[0]).filter { $0 != UInt8(ascii: "_") }
        if integer.count > 1 && integer[0] == UInt8(ascii: "0") { return nil }
        return String(decoding: sign + bytes.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
    }

    /// How a wrong value is quoted back in a message.
    static func shown(_ node: SourceNode) -> String {
        switch node.content {
        case .scalar(let scalar):
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return scalar.style == .plain ? "'\(text)'" : "the text \"\(text)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

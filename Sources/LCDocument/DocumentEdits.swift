import LCReports

/// Setting one value deep inside a scenario document (the YAML tree as `JSONValue`), creating
/// the mappings on the way when a section is absent (fringe and escalation have inputs even
/// when the file leaves them to their defaults).
///
/// ```swift
/// var document = JSONValue.object([("stipends", .object([("hourly_rate", .string("50"))]))])
/// document.set(["stipends", "hourly_rate"], to: .string("55"))
/// document.value(at: ["stipends", "hourly_rate"])   // .string("55")
/// ```
extension JSONValue {
    /// A path part: a mapping key, or a list index written as digits (`funding`, `0`, `by_year`, `1`).
    public func value(at path: [String]) -> JSONValue? {
        guard let first = path.first else { return self }
        switch self {
        case .object(let pairs):
            return pairs.first { $0.0 == first }?.1.value(at: Array(path.dropFirst()))
        case .array(let items):
            guard let index = Int(first), items.indices.contains(index) else { return nil }
            return items[index].value(at: Array(path.dropFirst()))
        default:
            return nil
        }
    }

    /// Sets the value at `path`. A missing key is appended to its mapping (and a missing or
    /// empty mapping made); a list index must exist. Returns false when the path cannot be
    /// followed (an index past the list's end, a scalar where a mapping is needed).
    @discardableResult
    public mutating func set(_ path: [String], to value: JSONValue) -> Bool {
        guard let first = path.first else { self = value; return true }
        let rest = Array(path.dropFirst())
        switch self {
        case .object(var pairs):
            if let index = pairs.firstIndex(where: { $0.0 == first }) {
                var child = pairs[index].1
                if case .null = child, !rest.isEmpty { child = .object([]) }
                guard child.set(rest, to: value) else { return false }
                pairs[index].1 = child
            } else {
                var child = JSONValue.object([])
                guard child.set(rest, to: value) else { return false }
                pairs.append((first, rest.isEmpty ? value : child))
            }
            self = .object(pairs)
            return true
        case .array(var items):
            guard let index = Int(first), items.indices.contains(index) else { return false }
            guard items[index].set(rest, to: value) else { return false }
            self = .array(items)
            return true
        case .null, .string(""):
            self = .object([])
            return set(path, to: value)
        default:
            return false
        }
    }

    /// Removes the key at `path` (nothing happens when it is absent).
    public mutating func remove(_ path: [String]) {
        guard let first = path.first else { return }
        switch self {
        case .object(var pairs):
            if path.count == 1 {
                pairs.removeAll { $0.0 == first }
            } else if let index = pairs.firstIndex(where: { $0.0 == first }) {
                pairs[index].1.remove(Array(path.dropFirst()))
            }
            self = .object(pairs)
        case .array(var items):
            guard let index = Int(first), items.indices.contains(index) else { return }
            items[index].remove(Array(path.dropFirst()))
            self = .array(items)
        default:
            return
        }
    }
}

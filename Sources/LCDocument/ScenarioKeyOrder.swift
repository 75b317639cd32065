import LCModel

/// The scenario format's key order, for writing a document's keys in the order
/// docs/scenario-format.md lists them (and `FieldRegistry.all` holds them).
///
/// ```swift
/// let order = ScenarioKeyOrder(paths: ["format", "name", "cohort.participants", "cohort.leaders"])
/// order.rank(parent: "cohort", key: "leaders")   // 3
/// order.rank(parent: "", key: "cohort")          // 2
/// ```
public struct ScenarioKeyOrder: Sendable {
    private var ranks: [String: Int] = [:]

    /// `paths` in format order; a list element is `*` ("funding.*.by_year.*").
    public init(paths: [String]) {
        for (index, path) in paths.enumerated() {
            // Every prefix of a path ranks where its first field does.
            var prefix = ""
            for part in path.split(separator: ".") {
                prefix = prefix.isEmpty ? String(part) : "\(prefix).\(part)"
                if ranks[prefix] == nil { ranks[prefix] = index }
            }
        }
    }

    public func rank(parent: String, key: String) -> Int? {
        ranks[parent.isEmpty ? key : "\(parent).\(key)"]
    }

    /// The order of the field registry.
    public static let scenario = ScenarioKeyOrder(paths: FieldRegistry.all.map(\.path))

    public static let rank: YAMLEmitter.KeyOrder = { parent, key in scenario.rank(parent: parent, key: key) }
}

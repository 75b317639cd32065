import Yams

/// One walk over a parsed scenario's nodes for the checks that look at every node before the
/// reader does: its size (nodes and depth, with an early exit, so an alias bomb costs bounded
/// time), explicit YAML tags, and whether any plain key or value is wrapped in typographic
/// quotes (`TypographicQuotes` then finds them with their paths).
///
/// One walk, not one per check: a batch asks this of every node of every file it reads.
///
/// ```swift
/// let scan = NodeScan(try Yams.compose(yaml: "cost: !!str 50")!, file: "a.yaml")
/// scan.sizeProblem   // nil
/// scan.tagged        // ["a.yaml:1:7: error: has the YAML tag !!str; the scenario format uses no tags: ..."]
/// scan.anyWrapped    // false
/// ```
struct NodeScan {
    /// Why the tree is refused for its size; when set, the walk stopped there and nothing else was checked.
    private(set) var sizeProblem: String?
    /// Every value with an explicit tag (`!!str 50`, `!foo`, `!!binary`), in file order: the
    /// format has no use for tags, and `!!str 50` would otherwise slip a number in as text or
    /// the reverse.
    private(set) var tagged: [Diagnostic] = []
    private(set) var anyWrapped = false

    init(_ root: Node, file: String) {
        var count = 0
        var stack: [(node: Node, depth: Int, isKey: Bool)] = [(root, 1, false)]
        while let (node, depth, isKey) = stack.popLast() {
            count += 1
            if count > ScenarioLoader.maximumNodes {
                sizeProblem = "has more than \(ScenarioLoader.maximumNodes) values (after expanding YAML aliases); refusing it"
                return
            }
            if depth > ScenarioLoader.maximumDepth {
                sizeProblem = "is nested more than \(ScenarioLoader.maximumDepth) levels deep; refusing it"
                return
            }
            switch node {
            case .scalar(let scalar):
                if !anyWrapped, scalar.style == .plain, TypographicQuotes.inner(scalar.string) != nil { anyWrapped = true }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append((key, depth + 1, true))
                    stack.append((value, depth + 1, false))
                }
            case .sequence(let sequence):
                for value in sequence { stack.append((value, depth + 1, false)) }
            case .alias:
                break
            }
            // Keys are only compared with the format's names: a tagged key is still refused as
            // unknown when its text is not one, so only values are checked.
            if !isKey, let shown = Self.refusedTag(node) {
                let mark = node.mark
                tagged.append(Diagnostic(.error, "has the YAML tag \(shown); the scenario format uses no tags: delete it and write the value plainly",
                                         at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)))
            }
        }
        tagged.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
    }

    /// The node's explicit tag as written (`!!str`, `!foo`), or nil when it has none or only
    /// the one its kind carries anyway.
    private static func refusedTag(_ node: Node) -> String? {
        let tag: String
        // The one tag besides "" and "!" each kind may carry (nil: none); no set is built per
        // node, as this runs over every value of every file a batch reads.
        let own: String?
        switch node {
        case .scalar(let scalar):
            // "" is an untagged plain scalar (the loader's resolver has no rules, so plain values
            // stay unresolved); a quoted scalar reads as !!str, which it is anyway.
            tag = scalar.tag.description
            if tag.isEmpty { return nil }
            own = scalar.style == .plain ? nil : Tag.Name.str.rawValue
            if scalar.style != .plain && tag == "!" { return nil }
        case .mapping(let mapping):
            tag = mapping.tag.description
            own = Tag.Name.map.rawValue
            if tag.isEmpty || tag == "!" { return nil }
        case .sequence(let sequence):
            tag = sequence.tag.description
            own = Tag.Name.seq.rawValue
            if tag.isEmpty || tag == "!" { return nil }
        case .alias:
            return nil
        }
        guard tag != own else { return nil }
        return tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
    }
}

/// One walk over a parsed scenario's nodes for the checks that look at every node before the
/// reader does: its size (nodes and depth, with an early exit, so an alias bomb costs bounded
/// time), explicit YAML tags, and whether any plain key or value is wrapped in typographic
/// quotes (`TypographicQuotes` then finds them with their paths).
///
/// One walk, not one per check: a batch asks this of every node of every file it reads.
///
/// ```swift
/// let scan = NodeScan(SourceTree.converting(try Yams.compose(yaml: "cost: !!str 50")!).root, file: "a.yaml")
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

    /// Why a tree with a node this far in (counted in walk order) at this depth is refused, or nil.
    static func sizeProblem(count: Int, depth: Int) -> String? {
        if count > ScenarioLoader.maximumNodes {
            return "has more than \(ScenarioLoader.maximumNodes) values (after expanding YAML aliases); refusing it"
        }
        if depth > ScenarioLoader.maximumDepth {
            return "is nested more than \(ScenarioLoader.maximumDepth) levels deep; refusing it"
        }
        return nil
    }

    init(_ root: SourceNode, file: String) {
        var count = 0
        var stack: [(node: SourceNode, depth: Int, isKey: Bool)] = [(root, 1, false)]
        while let (node, depth, isKey) = stack.popLast() {
            count += 1
            if let problem = Self.sizeProblem(count: count, depth: depth) {
                sizeProblem = problem
                return
            }
            switch node.content {
            case .scalar(let scalar):
                if !anyWrapped, scalar.style == .plain, TypographicQuotes.inner(scalar.string) != nil { anyWrapped = true }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append((key, depth + 1, true))
                    stack.append((value, depth + 1, false))
                }
            case .sequence(let sequence):
                for value in sequence { stack.append((value, depth + 1, false)) }
            }
            // Keys are only compared with the format's names: a tagged key is still refused as
            // unknown when its text is not one, so only values are checked.
            if !isKey, let shown = Self.refusedTag(node) {
                tagged.append(Diagnostic(.error, "has the YAML tag \(shown); the scenario format uses no tags: delete it and write the value plainly",
                                         at: node.location(in: file)))
            }
        }
        tagged.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
    }

    /// The node's explicit tag as written (`!!str`, `!foo`), or nil when it has none or only
    /// the one its kind carries anyway.
    private static func refusedTag(_ node: SourceNode) -> String? {
        let tag = node.tag
        if tag.isEmpty { return nil }
        // The one tag besides "" and "!" each kind may carry (nil: none); no set is built per
        // node, as this runs over every value of every file a batch reads.
        let own: String?
        switch node.kind {
        case .scalar:
            // "" is an untagged plain scalar (the loader's resolver has no rules, so plain values
            // stay unresolved); a quoted scalar reads as !!str, which it is anyway.
            let plain = node.scalar?.style == .plain
            own = plain ? nil : "tag:yaml.org,2002:str"
            if !plain && tag == "!" { return nil }
        case .mapping:
            own = "tag:yaml.org,2002:map"
            if tag == "!" { return nil }
        case .sequence:
            own = "tag:yaml.org,2002:seq"
            if tag == "!" { return nil }
        }
        guard tag != own else { return nil }
        return tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
    }
}

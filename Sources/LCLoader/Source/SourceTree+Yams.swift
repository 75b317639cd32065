import Yams

extension SourceTree {
    /// Yams's tree as a `SourceTree`: every node with its text, style, tag and mark, aliases
    /// expanded. Ask `yamsSizeProblem(_:)` first: an alias bomb is small as Yams shares it and
    /// huge once expanded.
    static func converting(_ root: Node) -> SourceTree {
        var builder = SourceTreeBuilder(expectedNodes: 256)
        add(root, to: &builder)
        return builder.finish()
    }

    private static func add(_ node: Node, to builder: inout SourceTreeBuilder) {
        let mark = node.mark
        let (line, column) = (mark?.line ?? 1, mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            builder.scalar(scalar.string, style: SourceNode.ScalarStyle(rawValue: UInt8(scalar.style.rawValue)) ?? .any,
                           tag: scalar.tag.description, line: line, column: column)
        case .mapping(let mapping):
            builder.beginMapping(tag: mapping.tag.description, line: line, column: column)
            for (key, value) in mapping {
                add(key, to: &builder)
                add(value, to: &builder)
            }
            builder.end()
        case .sequence(let sequence):
            builder.beginSequence(tag: sequence.tag.description, line: line, column: column)
            for item in sequence { add(item, to: &builder) }
            builder.end()
        case .alias(let alias):
            // Yams's composer resolves aliases to the nodes they name; kept for completeness.
            builder.scalar("*" + alias.anchor.rawValue, style: .plain, line: line, column: column)
        }
    }

    /// Why Yams's tree is too big to read (the same words, in the same walk order, as
    /// `NodeScan` uses on a `SourceTree`), or nil. Stops at the first node past a limit, so an
    /// alias bomb costs bounded time.
    static func yamsSizeProblem(_ root: Node) -> String? {
        var count = 0
        var stack: [(node: Node, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            count += 1
            if let problem = NodeScan.sizeProblem(count: count, depth: depth) { return problem }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append((key, depth + 1))
                    stack.append((value, depth + 1))
                }
            case .sequence(let sequence):
                for item in sequence { stack.append((item, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }
}

/// A parsed YAML document as the scenario reader sees it: every value's kind, text, style, tag
/// and position, held in a few flat arrays.
///
/// The reader used to walk Yams's `Node` tree. Each `Node` copy retains its string, its `Tag`
/// object, its pairs array and a weak anchor, and the reader copies nodes at every lookup; in a
/// batch of 1,000 scenarios those copies, the tree's allocations and its freeing were a quarter
/// of the loading time. A `SourceNode` is a reference to the tree and an index: copying one is
/// one retain, and a whole tree is freed as a handful of arrays.
///
/// Two parsers fill it (`ScenarioLoader.tree`): `BlockYAML` reads the block-style subset every
/// scenario file is written in, and gives up (returning nil) on anything else, which then goes
/// through Yams and `SourceTree.converting(_:)`. Both give the same tree for the same text:
/// `BlockYAMLTests` compares them node by node.
///
/// ```swift
/// let tree = BlockYAML.parse("cohort:\n  participants: 12\n")!   // or SourceTree.converting(Yams's node)
/// tree.root.mapping?.first?.value.mapping?.first?.value.scalar?.string   // "12"
/// tree.root.mapping?.first?.value.mark                                 // line 2, column 3
/// tree.root.mapping?.first?.key.tag                                    // "tag:yaml.org,2002:str", as Yams reports a key
/// ```
final class SourceTree {
    enum Kind: UInt8 { case scalar, mapping, sequence }

    struct Entry {
        var kind: Kind
        /// A scalar's `SourceNode.ScalarStyle` (0 for a collection: the reader never asks a
        /// collection's style, and Yams reports it from the closing event, so not reliably).
        var style: UInt8
        var line: Int32
        var column: Int32
        /// A scalar's index in `strings`; a collection's first index in `children`.
        var payload: Int32
        /// A collection's number of children (a mapping's keys and values, alternating).
        var count: Int32
        /// Index in `tags`, or -1 for a node without an explicit tag.
        var tag: Int32
    }

    let entries: [Entry]
    let strings: [String]
    let children: [Int32]
    let tags: [String]

    fileprivate init(entries: [Entry], strings: [String], children: [Int32], tags: [String]) {
        (self.entries, self.strings, self.children, self.tags) = (entries, strings, children, tags)
    }

    /// The document's top node (entry 0: the builder adds nodes in document order).
    var root: SourceNode { SourceNode(tree: self, index: 0) }
}

/// Where a node starts: 1-based line and column, columns counted in Unicode scalars (as libyaml
/// counts them).
struct SourceMark: Equatable {
    let line: Int
    let column: Int
}

/// One value of a `SourceTree`.
struct SourceNode {
    let tree: SourceTree
    let index: Int32

    enum ScalarStyle: UInt8 { case any, plain, singleQuoted, doubleQuoted, literal, folded }

    struct Scalar {
        let string: String
        let style: ScalarStyle
        /// The explicit tag as Yams names it (`tag:yaml.org,2002:str`, `!foo`), "" when none.
        let tag: String
    }

    enum Content {
        case scalar(Scalar)
        case mapping(Mapping)
        case sequence(Sequence)
    }

    private var entry: SourceTree.Entry { tree.entries[Int(index)] }

    var kind: SourceTree.Kind { entry.kind }

    var scalar: Scalar? {
        let entry = self.entry
        guard entry.kind == .scalar else { return nil }
        return Scalar(string: tree.strings[Int(entry.payload)], style: ScalarStyle(rawValue: entry.style) ?? .any,
                      tag: entry.tag < 0 ? "" : tree.tags[Int(entry.tag)])
    }

    /// The scalar's text, nil for a collection.
    var string: String? {
        let entry = self.entry
        return entry.kind == .scalar ? tree.strings[Int(entry.payload)] : nil
    }

    var mapping: Mapping? {
        let entry = self.entry
        return entry.kind == .mapping ? Mapping(tree: tree, start: Int(entry.payload), count: Int(entry.count) / 2) : nil
    }

    var sequence: Sequence? {
        let entry = self.entry
        return entry.kind == .sequence ? Sequence(tree: tree, start: Int(entry.payload), count: Int(entry.count)) : nil
    }

    var content: Content {
        switch entry.kind {
        case .scalar: return .scalar(scalar!)
        case .mapping: return .mapping(mapping!)
        case .sequence: return .sequence(sequence!)
        }
    }

    /// The explicit tag as Yams names it, "" when none.
    var tag: String {
        let entry = self.entry
        return entry.tag < 0 ? "" : tree.tags[Int(entry.tag)]
    }

    var mark: SourceMark {
        let entry = self.entry
        return SourceMark(line: Int(entry.line), column: Int(entry.column))
    }

    /// Where the node starts in `file`, as a diagnostic names it.
    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: Int(entry.line), column: Int(entry.column))
    }

    /// A mapping's pairs in document order, as `(key:, value:)`.
    struct Mapping: RandomAccessCollection {
        fileprivate let tree: SourceTree
        fileprivate let start: Int
        let count: Int
        var startIndex: Int { 0 }
        var endIndex: Int { count }
        subscript(position: Int) -> (key: SourceNode, value: SourceNode) {
            (SourceNode(tree: tree, index: tree.children[start + 2 * position]),
             SourceNode(tree: tree, index: tree.children[start + 2 * position + 1]))
        }
    }

    /// A sequence's items in document order.
    struct Sequence: RandomAccessCollection {
        fileprivate let tree: SourceTree
        fileprivate let start: Int
        let count: Int
        var startIndex: Int { 0 }
        var endIndex: Int { count }
        subscript(position: Int) -> SourceNode { SourceNode(tree: tree, index: tree.children[start + position]) }
    }
}

/// Adds nodes to a `SourceTree` in document order: a collection's `begin…`, its children (a
/// mapping's key, value, key, value …), then `end()`.
///
/// ```swift
/// var builder = SourceTreeBuilder()
/// builder.beginMapping(line: 1, column: 1)
/// builder.scalar("years", style: .plain, line: 1, column: 1)
/// builder.scalar("2", style: .plain, line: 1, column: 8)
/// builder.end()
/// let tree = builder.finish()
/// ```
struct SourceTreeBuilder {
    // The tree's arrays are the builder's own until `finish()`: appending to a class's arrays
    // would pay a run-time exclusivity check on every node.
    private var entries: [SourceTree.Entry] = []
    private var strings: [String] = []
    private var children: [Int32] = []
    private var tags: [String] = []
    /// Children of the open collections, innermost last; `open` holds where each one's begin.
    private var pending: [Int32] = []
    private var open: [(entry: Int32, firstPending: Int)] = []

    init(expectedNodes: Int = 0) {
        entries.reserveCapacity(expectedNodes)
        strings.reserveCapacity(expectedNodes)
        children.reserveCapacity(expectedNodes)
        pending.reserveCapacity(64)
    }

    private mutating func add(_ entry: SourceTree.Entry) -> Int32 {
        let index = Int32(entries.count)
        entries.append(entry)
        if !open.isEmpty { pending.append(index) }
        return index
    }

    private mutating func tagIndex(_ tag: String) -> Int32 {
        guard !tag.isEmpty else { return -1 }
        tags.append(tag)
        return Int32(tags.count - 1)
    }

    mutating func scalar(_ string: String, style: SourceNode.ScalarStyle, tag: String = "", line: Int, column: Int) {
        strings.append(string)
        _ = add(SourceTree.Entry(kind: .scalar, style: style.rawValue, line: Int32(line), column: Int32(column),
                                 payload: Int32(strings.count - 1), count: 0, tag: tagIndex(tag)))
    }

    mutating func beginMapping(tag: String = "", line: Int, column: Int) {
        begin(.mapping, tag: tag, line: line, column: column)
    }

    mutating func beginSequence(tag: String = "", line: Int, column: Int) {
        begin(.sequence, tag: tag, line: line, column: column)
    }

    private mutating func begin(_ kind: SourceTree.Kind, tag: String, line: Int, column: Int) {
        let index = add(SourceTree.Entry(kind: kind, style: 0, line: Int32(line), column: Int32(column),
                                         payload: 0, count: 0, tag: tagIndex(tag)))
        open.append((index, pending.count))
    }

    /// Closes the innermost open collection: its children move to the tree in one piece.
    mutating func end() {
        let (entry, first) = open.removeLast()
        entries[Int(entry)].payload = Int32(children.count)
        entries[Int(entry)].count = Int32(pending.count - first)
        children.append(contentsOf: pending[first...])
        pending.removeSubrange(first...)
    }

    /// The tree; every collection must have been ended and exactly one top node added.
    func finish() -> SourceTree {
        precondition(open.isEmpty && !entries.isEmpty, "SourceTreeBuilder.finish() with collections still open or no node")
        return SourceTree(entries: entries, strings: strings, children: children, tags: tags)
    }
}

import LCLoader
import LCReports
import Yams

/// A scenario's YAML read as a tree: the **document** the page edits, and where each path stands.
///
/// ```swift
/// let tree = YAMLTree(text: "stipends:\n  hourly_rate: 45\n")
/// tree?.document          // {"stipends": {"hourly_rate": "45"}}
/// tree?.path(line: 2, column: 16)   // "stipends.hourly_rate"
/// ```
///
/// Paths are dotted, list elements by index from 0: `funding.0.by_year.1`. `nil` when the text
/// is not YAML at all (the loader's diagnostic says why); then paths are found by the line alone.
public struct YAMLTree: Sendable {
    public struct Place: Sendable, Hashable {
        public var line, column: Int
    }

    /// The YAML tree as a document: mappings as objects (in file order), lists as arrays, every
    /// scalar as its text.
    public var document: JSONValue
    /// Where each value node starts -> its path (the first path when aliases repeat a node).
    var values: [Place: String] = [:]
    /// Where each key starts -> the path it names.
    var keys: [Place: String] = [:]
    /// Every key's line -> its path, for diagnostics that point at a line.
    var lines: [Int: String] = [:]

    public init?(text: String) {
        // The loader's own limits apply first: this is only called on text it has read.
        guard text.utf8.count <= ScenarioLoader.maximumFileBytes,
              let node = try? Yams.compose(yaml: text, .basic) else { return nil }
        var counter = 0
        document = .null
        document = walk(node, path: "", depth: 0, counter: &counter)
    }

    /// The document of a node, recording places. Stops past the loader's size limits (the
    /// loader refuses such a file anyway).
    private mutating func walk(_ node: Node, path: String, depth: Int, counter: inout Int) -> JSONValue {
        counter += 1
        guard counter <= ScenarioLoader.maximumNodes, depth <= ScenarioLoader.maximumDepth else { return .null }
        if let mark = node.mark {
            let place = Place(line: mark.line, column: mark.column)
            if values[place] == nil { values[place] = path }
        }
        switch node {
        case .scalar(let scalar):
            return .string(scalar.string)
        case .mapping(let mapping):
            var pairs: [(String, JSONValue)] = []
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                let child = path.isEmpty ? name : "\(path).\(name)"
                if let mark = key.mark {
                    keys[Place(line: mark.line, column: mark.column)] = child
                    if lines[mark.line] == nil { lines[mark.line] = child }
                }
                pairs.append((name, walk(value, path: child, depth: depth + 1, counter: &counter)))
            }
            return .object(pairs)
        case .sequence(let sequence):
            return .array(sequence.enumerated().map { index, item in
                walk(item, path: path.isEmpty ? "\(index)" : "\(path).\(index)", depth: depth + 1, counter: &counter)
            })
        case .alias:
            return .null
        }
    }

    /// The path of the field a diagnostic at `line:column` concerns ("" for the scenario as a whole).
    ///
    /// A value starting exactly there wins (a wrong number), then a key (an unknown key), then
    /// the first key on that line.
    public func path(line: Int, column: Int) -> String {
        let place = Place(line: line, column: column)
        if let path = values[place], !path.isEmpty {
            // A block mapping starts where its first key does: the key's own path is what is meant
            // only when the key is the diagnostic's subject (an unknown key).
            return path
        }
        if let path = keys[place] { return path }
        return lines[line] ?? ""
    }
}

import Foundation

/// Values wholly wrapped in typographic quotes (`name: “Pine Ridge”`), which word processors
/// and phones type for `"`. YAML does not read them as quotes, so they would silently become
/// part of the text (a brief titled “Pine Ridge” and a second scenario name in the record) or
/// turn a number into text: such a value is refused with the fix, never accepted.
///
/// A typographic quote inside a value (`name: Pine Ridge “Makers”`) is ordinary text, and a
/// value in straight quotes (`name: "“Pine Ridge”"`) says the quotes are meant: both are kept.
///
/// ```swift
/// TypographicQuotes.inner("“45”")          // "45"
/// TypographicQuotes.inner("Pine “Ridge”")  // nil
/// ```
enum TypographicQuotes {
    static let opening: Set<Character> = ["\u{201C}", "\u{201D}", "\u{201E}", "\u{2018}", "\u{2019}", "\u{201A}"]
    static let closing: Set<Character> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]

    /// The text inside the typographic quotes that wrap all of `text`, or nil.
    static func inner(_ text: String) -> String? {
        // Every opening quote is U+2018…U+201E, whose UTF-8 starts with E2 80: the first byte
        // rejects nearly every value at once, before any character is formed.
        guard text.utf8.first == 0xE2, let first = text.first, opening.contains(first), let last = text.last, closing.contains(last),
              text.index(after: text.startIndex) < text.endIndex else { return nil }
        return String(text.dropFirst().dropLast())
    }

    /// One error for each plain key or value wholly wrapped in typographic quotes, with its
    /// dotted path (`stipends.hourly_rate`, `funding[0].source`).
    /// The common answer is none: the loader asks only when `NodeScan.anyWrapped` says so.
    static func problems(_ root: SourceNode, file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var stack: [(node: SourceNode, path: String)] = [(root, "")]
        while let (node, path) = stack.popLast() {
            switch node.content {
            case .scalar(let scalar):
                guard scalar.style == .plain, let inner = inner(scalar.string) else { continue }
                found.append(diagnostic(scalar.string, inner: inner, what: path.isEmpty ? "the scenario" : path, node: node, file: file))
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let name = key.string ?? "?"
                    if let scalar = key.scalar, scalar.style == .plain, let inner = inner(name) {
                        found.append(diagnostic(name, inner: inner, what: "the key \(name)", node: key, file: file))
                        continue
                    }
                    stack.append((value, path.isEmpty ? name : "\(path).\(name)"))
                }
            case .sequence(let sequence):
                for (index, value) in sequence.enumerated() { stack.append((value, "\(path)[\(index)]")) }
            }
        }
        return found
    }

    private static func diagnostic(_ text: String, inner: String, what: String, node: SourceNode, file: String) -> Diagnostic {
        let quotes = "\(text.first!)…\(text.last!)"
        var message = "\(what) is wrapped in typographic quotes \(quotes), which YAML does not read as quotes (they would become part of the value); "
        if MappingReader.plainNumberText(inner) != nil {
            message += "a number takes no quotes: write \(inner)"
        } else {
            message += "replace them with straight quotes \" or remove them"
        }
        return Diagnostic(.error, message, at: node.location(in: file))
    }
}

import Foundation
import Yams

/// Turns the YAML parser's known failures into plain words, by reading the source text around
/// the place it stopped: libyaml reports where it noticed a problem ("mapping values are not
/// allowed in this context", often on the line after the mistake), not what the writer did.
///
/// ```swift
/// YAMLProblem.explain(text: "cohort:\n\tparticipants: 24\n", problem: "found character that cannot start any token", stoppedAt: 2)
/// // (line: 2, column: 1, message: "line 2 is indented with a tab, which YAML does not allow; ...")
/// ```
///
/// Anything it does not recognize keeps the parser's own message.
enum YAMLProblem {
    struct Explanation: Equatable {
        var line, column: Int
        var message: String
    }

    /// One line of the source: its 1-based number, leading spaces and the rest.
    struct SourceLine {
        var number, indent: Int
        var content: Substring
        /// The key this line starts (`leaders` in `  leaders: 3` or `- leaders: 3`), if any.
        var key: String?
        /// The line is `key:` with nothing after it (comments aside): a section follows.
        var opens: Bool
        var isItem: Bool
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    /// The explanation for a parser failure noticed on line `stoppedAt`, or nil to keep the parser's words.
    static func explain(text: String, problem: String, stoppedAt line: Int) -> Explanation? {
        let all = lines(text)
        if problem.contains("could not find expected ':'") { return missingSpace(all, before: line) }
        guard layoutProblems.contains(where: problem.contains) else { return nil }
        if let tab = firstIndentingTab(all, through: line) { return tab }
        return indentation(all, through: line) ?? colonInValue(all, line: line)
    }

    /// `start:2027-08`: without a space after the colon YAML reads one word, not a key and its
    /// value, and stops at a later line. The nearest such line above the stop is named.
    static func missingSpace(_ lines: [Substring], before stop: Int) -> Explanation? {
        for number in stride(from: min(stop, lines.count), through: 1, by: -1) {
            let raw = lines[number - 1]
            let indent = raw.prefix { $0 == " " }.count
            var body = raw.dropFirst(indent)
            if body.isEmpty || body.first == "#" { continue }
            if body.hasPrefix("- ") { body = body.dropFirst(2) }
            guard keyColon(body) == nil, let colon = body.firstIndex(of: ":"), colon > body.startIndex,
                  body[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            let key = body[..<colon], value = stripComment(body[body.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            // The column after the colon: the indentation, a `- ` if any, the key and the colon.
            let column = raw.count - body.count + key.count + 2
            return Explanation(line: number, column: column,
                               message: "'\(key):\(value)' has no space after the colon, so YAML reads it as one word instead of a key and its value; write \(key): \(value)")
        }
        return nil
    }

    /// `name: Pine Ridge: Makers`: the second `: ` would start a mapping inside the value.
    static func colonInValue(_ lines: [Substring], line: Int) -> Explanation? {
        guard line >= 1, line <= lines.count else { return nil }
        let raw = lines[line - 1]
        let indent = raw.prefix { $0 == " " }.count
        let body = raw.dropFirst(indent)
        guard let colon = keyColon(body) else { return nil }
        let key = String(body[..<colon]).trimmingCharacters(in: .whitespaces)
        let value = stripComment(body[body.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        guard value.contains(": "), let first = value.first, first != "\"", first != "'", first != "[", first != "{" else { return nil }
        // Quotes the value can hold without escapes.
        guard let quote = !value.contains("\"") ? "\"" : !value.contains("'") ? "'" : nil else { return nil }
        let column = indent + body.distance(from: body.startIndex, to: colon) + 3
        return Explanation(line: line, column: column,
                           message: "the value of '\(key)' holds ': ', which YAML reads as the start of another key; put the value in quotes: \(key): \(quote)\(value)\(quote)")
    }

    /// The parser's words for a line out of place: other failures (an unclosed list) keep
    /// theirs, so a legal layout the analysis does not follow (a plain scalar continued on the
    /// next line) is never blamed for them.
    static let layoutProblems = ["did not find expected key", "mapping values are not allowed",
                                 "block sequence entries are not allowed", "did not find expected '-' indicator",
                                 "cannot start any token", "tab character"]

    /// A tab among the leading whitespace of a line up to `through`: YAML indents with spaces only.
    static func firstIndentingTab(_ lines: [Substring], through last: Int) -> Explanation? {
        for (index, line) in lines.prefix(max(0, last)).enumerated() {
            var column = 1
            for character in line {
                if character == "\t" {
                    return Explanation(line: index + 1, column: column,
                                       message: "line \(index + 1) is indented with a tab, which YAML does not allow; indent with spaces instead (two per level, like the lines around it)")
                }
                guard character == " " else { break }
                column += 1
            }
        }
        return nil
    }

    /// The content lines (not blank, not comments, not inside a block scalar or a flow list
    /// spread over lines) with their keys.
    static func contentLines(_ lines: [Substring], through last: Int) -> [SourceLine] {
        var result: [SourceLine] = []
        var blockScalarIndent: Int?
        var flowDepth = 0
        for (index, raw) in lines.prefix(max(0, last)).enumerated() {
            let indent = raw.prefix { $0 == " " }.count
            let content = raw.dropFirst(indent)
            if content.isEmpty || content.first == "#" { continue }
            if let scalarIndent = blockScalarIndent {
                if indent > scalarIndent { continue }
                blockScalarIndent = nil
            }
            if flowDepth > 0 {
                flowDepth = max(0, flowDepth + depthChange(content))
                continue
            }
            if content.hasPrefix("---") || content.hasPrefix("...") { continue }
            let isItem = content == "-" || content.hasPrefix("- ")
            let body = isItem ? content.dropFirst().drop { $0 == " " } : content
            var key: String?
            var value: Substring = ""
            if let colon = keyColon(body) {
                key = String(body[..<colon]).trimmingCharacters(in: .whitespaces)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                value = body[body.index(after: colon)...]
            }
            let bare = stripComment(value).trimmingCharacters(in: .whitespaces)
            if bare.hasPrefix("|") || bare.hasPrefix(">") { blockScalarIndent = indent }
            // Only a value that starts a flow list or mapping can go on over lines (not `"a [b"`).
            flowDepth = bare.hasPrefix("[") || bare.hasPrefix("{") ? max(0, depthChange(Substring(bare))) : 0
            result.append(SourceLine(number: index + 1, indent: indent, content: content, key: key,
                                     opens: key != nil && bare.isEmpty, isItem: isItem))
        }
        return result
    }

    /// The `:` that ends a key: followed by a space or the line's end, outside quotes.
    static func keyColon(_ text: Substring) -> Substring.Index? {
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                if index == text.startIndex { quote = character }
            } else if character == "#" && index > text.startIndex && text[text.index(before: index)] == " " {
                return nil
            } else if character == "[" || character == "{" {
                if index == text.startIndex { return nil }
            } else if character == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " || text[next] == "\t" { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    static func stripComment(_ text: Substring) -> Substring {
        var previous: Character = " "
        for index in text.indices {
            if text[index] == "#" && (previous == " " || previous == "\t") { return text[..<index] }
            previous = text[index]
        }
        return text
    }

    static func depthChange(_ text: Substring) -> Int {
        text.reduce(0) { $0 + (($1 == "[" || $1 == "{") ? 1 : ($1 == "]" || $1 == "}") ? -1 : 0) }
    }

    /// The first line whose indentation fits no level open above it, said in terms of the
    /// section it seems to belong to.
    static func indentation(_ lines: [Substring], through last: Int) -> Explanation? {
        let content = contentLines(lines, through: last)
        guard let first = content.first else { return nil }
        // Open levels: indentation and the key whose section it is (nil: the top level or a list).
        var levels: [Level] = [Level(indent: first.indent, owner: nil, first: first)]
        var pending: SourceLine?
        // The line before, and the section it closed by being less indented (or left empty,
        // `cohort:` then `participants: 24` at the margin).
        var previous: (line: SourceLine, left: SourceLine?)?
        for line in content {
            var left: SourceLine?
            if let open = pending {
                pending = nil
                if line.indent > open.indent || (line.indent == open.indent && line.isItem) {
                    levels.append(Level(indent: line.indent, owner: open, first: line))
                    record(line, into: &levels, pending: &pending)
                    previous = (line, nil)
                    continue
                }
                left = open
            }
            var inner: Level?
            while let top = levels.last, top.indent > line.indent {
                inner = levels.removeLast()
                if left == nil { left = inner?.owner }
            }
            // A line less indented than the first one (the file starts indented) fits no level:
            // leave it to the parser's own words.
            guard let outer = levels.last else { return nil }
            if outer.indent == line.indent {
                record(line, into: &levels, pending: &pending)
                previous = (line, left)
                continue
            }
            return misplaced(line, outer: outer, inner: inner, top: first.indent, previous: previous)
        }
        return nil
    }

    struct Level {
        var indent: Int
        /// The `key:` line that opened the level.
        var owner: SourceLine?
        /// The level's first line, which set its indentation.
        var first: SourceLine
    }

    private static func record(_ line: SourceLine, into levels: inout [Level], pending: inout SourceLine?) {
        if line.isItem, line.key != nil {
            // `- source: x`: the item's other keys line up with `source`.
            let offset = line.content.count - line.content.dropFirst().drop { $0 == " " }.count
            levels.append(Level(indent: line.indent + offset, owner: nil, first: line))
            if line.opens { pending = SourceLine(number: line.number, indent: line.indent + offset, content: line.content,
                                                 key: line.key, opens: true, isItem: false) }
        } else if line.opens {
            pending = line
        }
    }

    private static func named(_ line: SourceLine) -> String {
        line.key.map { "'\($0)'" } ?? "line \(line.number)"
    }

    private static func spaces(_ count: Int) -> String { count == 1 ? "1 space" : "\(count) spaces" }

    /// The fix: `indent it by 2 spaces`, or for the top level `start it at the margin`.
    private static func indentBy(_ count: Int) -> String { count == 0 ? "start it at the margin" : "indent it by \(spaces(count))" }

    /// The lines of a level, as a reader would name them.
    private static func described(_ level: Level, top: Int) -> String {
        if let owner = level.owner, let key = owner.key { return "the keys of \(key) (line \(owner.number))" }
        return level.indent == top ? "the top-level keys" : "the keys of the list item on line \(level.first.number)"
    }

    private static func misplaced(_ line: SourceLine, outer: Level, inner: Level?, top: Int,
                                  previous: (line: SourceLine, left: SourceLine?)?) -> Explanation {
        // `participants: 24` then `leaders: 3` at the margin, then `  students_per_educator: 25`:
        // the mistake is the line that lost its indentation and so left its section, not the
        // line after it where the parser stops.
        if inner == nil, let previous, let section = previous.left, let key = section.key, line.indent > section.indent,
           outer.owner != nil || !ScenarioReader.topKeys.contains(previous.line.key ?? ""),
           // A section of the format takes only its own keys (or a near misspelling of one).
           ScenarioReader.sectionKeys[key].map({ Suggestion.nearest(to: previous.line.key ?? "", in: $0) != nil }) ?? true {
            let moved = previous.line
            return Explanation(line: moved.number, column: moved.indent + 1,
                               message: "\(named(moved)) is indented \(spaces(moved.indent)), which takes it out of \(key) (line \(section.number)), so line \(line.number) after it no longer fits; \(indentBy(line.indent)), like line \(line.number)")
        }
        // ` stipends:`: a top-level key of the format, not one of the section above it.
        let near = (inner ?? outer).owner?.key
        if let key = line.key, ScenarioReader.topKeys.contains(key), line.indent > top,
           !(near.flatMap { ScenarioReader.sectionKeys[$0] }?.contains(key) ?? false) {
            return Explanation(line: line.number, column: line.indent + 1,
                               message: "\(named(line)) is indented \(spaces(line.indent)), but it is a top-level key; \(indentBy(top)), like the other top-level keys")
        }
        let section = inner ?? outer
        if let owner = section.owner, let key = owner.key, line.indent == owner.indent + 2, section.indent != owner.indent + 2 {
            // `   participants: 24` then `  leaders: 3` (or ` participants` then `  leaders`): this
            // line has the usual two spaces, the section's first line set an unusual indentation:
            // that is the line to change.
            let odd = section.first
            return Explanation(line: odd.number, column: odd.indent + 1,
                               message: "\(named(odd)) is indented \(spaces(odd.indent)) but \(named(line)) after it in \(key) (line \(owner.number)) is indented \(spaces(line.indent)); indent every key of \(key) by \(spaces(line.indent)), like line \(line.number)")
        }
        if let inner {
            // Less indented than the keys above it, more than their parent.
            let belongs = inner.owner?.key.map { "it seems to belong to \($0): " } ?? ""
            return Explanation(line: line.number, column: line.indent + 1,
                               message: "\(named(line)) is indented \(spaces(line.indent)) but \(described(inner, top: top)) above it are indented \(spaces(inner.indent)); \(belongs)\(indentBy(inner.indent)), like them")
        }
        // More indented than the line above, which does not open a section: `meetings: 10`
        // then `  per_year: 10`. A key with a value on its own line cannot also hold keys.
        if let above = previous?.line, above.indent == outer.indent, let parent = above.key, !above.opens,
           ScenarioReader.sectionKeys[parent]?.contains(line.key ?? "") ?? false {
            return Explanation(line: line.number, column: line.indent + 1,
                               message: "\(named(line)) is indented under '\(parent)' (line \(above.number)), which already has a value on its own line and so cannot hold keys; delete the value after '\(parent):'")
        }
        let belongs = outer.owner?.key.map { "it seems to belong to \($0): " } ?? ""
        return Explanation(line: line.number, column: line.indent + 1,
                           message: "\(named(line)) is indented \(spaces(line.indent)) but \(described(outer, top: top)) around it are indented \(spaces(outer.indent)); \(belongs)\(indentBy(outer.indent)), like them")
    }

    /// Where a key given twice in one block mapping stands the second time, with the line of
    /// the first: Yams names only the first.
    static func duplicate(text: String, key: String, first: Mark) -> (line: Int, column: Int)? {
        let all = lines(text)
        let indent = first.column - 1
        guard first.line >= 1, first.line <= all.count else { return nil }
        for number in (first.line + 1)...max(first.line + 1, all.count) where number <= all.count {
            let raw = all[number - 1]
            let lead = raw.prefix { $0 == " " }.count
            let content = raw.dropFirst(lead)
            if content.isEmpty || content.first == "#" { continue }
            if lead < indent { return nil }
            guard lead == indent, let colon = keyColon(content) else { continue }
            let name = String(content[..<colon]).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if name == key { return (number, lead + 1) }
        }
        return nil
    }
}

/// A fast reader for the block-style YAML subset scenario files are written in, building a
/// `SourceTree` straight from the UTF-8 bytes.
///
/// Why: composing Yams's `Node` tree (libyaml events, then a tree of enums, tags and strings)
/// and converting it was a large part of reading a batch of scenarios. Scenario files use a
/// small, regular part of YAML, which one pass over the bytes can read far faster.
///
/// The rule that keeps it safe: `parse` returns a tree only when it is sure the text is in the
/// subset below, and then the tree is exactly what
/// `SourceTree.converting(Yams.compose(yaml: text, Resolver.basic, .default, .utf8)!)` gives:
/// same kinds, strings, styles, tags and marks. On anything else, including every text Yams
/// would reject (a duplicate key, a bad indentation), it returns nil, which means "let Yams
/// decide": the caller then parses with Yams, which gives the real tree or the real error.
/// Returning nil is always correct; when in doubt, the code below returns nil.
///
/// The subset (anything else gives nil):
/// - The document is a block mapping whose first key starts at column 1. Lines end in `\n`
///   (the last one may not); no tabs, `\r`, control characters, or bytes above 0x7E outside
///   comments; no directives, document markers, anchors, aliases, tags or block scalars.
/// - Keys are plain, 1-1000 bytes of `A-Z a-z 0-9 _ . -` starting with a letter, digit or
///   `_`, followed directly by `:` and then a space or the end of the line. Keys of one
///   mapping differ (Yams rejects a duplicate).
/// - A value is on the key's line (a plain, single- or double-quoted scalar, or a flow
///   sequence), or is a block mapping or block sequence on the following, more-indented lines.
///   An empty value gives nil, and so does an "indentless" sequence (`-` at the key's indent).
/// - A block sequence item (`- ` at the sequence's indent) is a value as above or a block
///   mapping whose first key is on the dash line (`- name: x`); its indent is that key's column.
/// - After a value the next content line must not be more indented than the collection
///   holding it (which would be a multi-line plain scalar or an error in YAML).
/// - Plain scalars: one line; not starting with an indicator (`-` followed by a non-space is
///   fine: `-5`); no `: ` inside and no `:` at the end; ` #` starts a comment; trailing spaces
///   are dropped.
/// - Quoted scalars: one line; double-quoted without `\`, single-quoted without `''`.
/// - Flow sequences: one line of plain words of `A-Z a-z 0-9 _ . + -` separated by commas
///   (`[64000, 180000]`, `[]`); no trailing comma, nesting or quoting.
/// - Comments: whole lines at any indentation, or after a value or key following a space.
///   Their text may hold any Unicode except what libyaml rejects or reads as a line break.
///
/// Marks are 1-based line and column, like Yams's: a mapping's is its first key's, a block
/// sequence's its first `-`, a flow sequence's its `[`, a quoted scalar's its opening quote.
/// Since content is ASCII, a column is a byte offset in the line plus 1.
///
/// Tags copy what Yams reports through `Tag.description`: a quoted scalar has
/// `tag:yaml.org,2002:str` (libyaml marks it "quoted implicit"), and so does every mapping key
/// (Yams resolves a key's tag when it hashes the keys to look for duplicates); plain values,
/// mappings and sequences have "".
enum BlockYAML {
    /// The tree of `text`, or nil when the text is outside the subset (see the type's comment).
    static func parse(_ text: String) -> SourceTree? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = BlockYAMLReader(bytes)
            return reader.document()
        }
    }
}

/// One pass of `BlockYAML.parse`. Every method returns false to give up (the caller returns
/// nil); none of them reports why, since Yams will.
///
/// Reading is by lines: a collection method is called with the cursor on its first item and
/// returns with the cursor at the first content line (not blank, not a comment) that is less
/// indented than the collection, or at the end of the text.
private struct BlockYAMLReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The cursor: a byte offset into `bytes`.
    private var at = 0
    /// The cursor's 1-based line, and the offset where that line starts.
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private var builder: SourceTreeBuilder
    /// The keys of the open mappings, innermost last, as byte ranges with a hash (for the
    /// duplicate check).
    private var keys: [(start: Int, count: Int, hash: UInt64)] = []

    private static let stringTag = "tag:yaml.org,2002:str"
    private static let maxKeyLength = 1000
    private static let maxDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        builder = SourceTreeBuilder(expectedNodes: bytes.count / 12 + 8)
        keys.reserveCapacity(32)
    }

    /// The byte at `offset`, or 0 past the end. A real 0 byte also reads as the end: scanning
    /// stops at it, and `document()` then finds the cursor short of the real end.
    private subscript(offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }

    private var atEnd: Bool { self[at] == 0 }
    /// The cursor's 0-based column (content is ASCII, so bytes are characters).
    private var column: Int { at - lineStart }

    // MARK: The document and its collections

    mutating func document() -> SourceTree? {
        guard nextContentLine(), !atEnd, column == 0, mapping(indent: 0), at == bytes.count else { return nil }
        return builder.finish()
    }

    /// A block mapping whose first key is at the cursor, in column `indent`.
    private mutating func mapping(indent: Int) -> Bool {
        guard enter() else { return false }
        builder.beginMapping(line: line, column: indent + 1)
        let firstKey = keys.count
        while true {
            guard key(firstKey: firstKey), value(indent: indent) else { return false }
            if atEnd || column < indent { break }
            guard column == indent else { return false }
        }
        keys.removeSubrange(firstKey...)
        builder.end()
        depth -= 1
        return true
    }

    /// A block sequence whose first `-` is at the cursor, in column `indent`.
    private mutating func sequence(indent: Int) -> Bool {
        guard enter() else { return false }
        builder.beginSequence(line: line, column: indent + 1)
        while true {
            guard self[at] == UInt8(ascii: "-"), self[at + 1] == UInt8(ascii: " ") else { return false }
            at += 2
            skipSpaces()
            if keyLength() != nil {
                guard mapping(indent: column) else { return false }
            } else {
                guard inlineValue(), endOfLine(), nextContentLine() else { return false }
            }
            if atEnd || column < indent { break }
            guard column == indent else { return false }
        }
        builder.end()
        depth -= 1
        return true
    }

    /// Counts one more level of nesting; false past `maxDepth` (this reader recurses).
    private mutating func enter() -> Bool {
        depth += 1
        return depth <= Self.maxDepth
    }

    /// The key at the cursor and its `:`; false if there is none or it repeats an earlier key
    /// of the mapping whose keys start at `firstKey` in `keys`.
    private mutating func key(firstKey: Int) -> Bool {
        guard let (length, hash) = keyLength() else { return false }
        let start = at
        for earlier in keys[firstKey...] where earlier.hash == hash && earlier.count == length {
            if sameBytes(earlier.start, start, count: length) { return false }
        }
        keys.append((start, length, hash))
        builder.scalar(string(start, start + length), style: .plain, tag: Self.stringTag,
                       line: line, column: column + 1)
        at += length + 1
        return true
    }

    /// The value after a key's `:` of a mapping in column `indent`: on the same line, or a
    /// collection on the next content line, more indented. Leaves the cursor at the next
    /// content line after the value.
    private mutating func value(indent: Int) -> Bool {
        skipSpaces()
        switch self[at] {
        case UInt8(ascii: "\n"), UInt8(ascii: "#"), 0:
            guard endOfLine(), nextContentLine(), !atEnd, column > indent else { return false }
            if self[at] == UInt8(ascii: "-") && isSpaceOrEnd(self[at + 1]) {
                return sequence(indent: column)
            }
            return mapping(indent: column)
        default:
            return inlineValue() && endOfLine() && nextContentLine()
        }
    }

    // MARK: Values on one line

    /// A scalar or flow sequence starting at the cursor; leaves the cursor just after it.
    private mutating func inlineValue() -> Bool {
        let first = self[at]
        switch first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return quoted(first)
        case UInt8(ascii: "["):
            return flowSequence()
        case UInt8(ascii: "-"):
            return !isSpaceOrEnd(self[at + 1]) && plain()
        default:
            return !isIndicator(first) && plain()
        }
    }

    /// A plain scalar, up to the end of the line or a ` #` comment, trailing spaces dropped.
    private mutating func plain() -> Bool {
        let start = at
        var end = at
        while true {
            let byte = self[at]
            if byte == UInt8(ascii: " ") {
                if self[at + 1] == UInt8(ascii: "#") { break }
            } else if byte == UInt8(ascii: "\n") || byte == 0 {
                break
            } else {
                guard byte > 0x20, byte < 0x7F else { return false }
                if byte == UInt8(ascii: ":") && isSpaceOrEnd(self[at + 1]) { return false }
                end = at + 1
            }
            at += 1
        }
        builder.scalar(string(start, end), style: .plain, line: line, column: start - lineStart + 1)
        return true
    }

    /// A quoted scalar on one line: no escapes (`\` in double quotes, `''` in single quotes).
    private mutating func quoted(_ quote: UInt8) -> Bool {
        let open = at
        at += 1
        while self[at] != quote {
            let byte = self[at]
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") || quote == UInt8(ascii: "'") else {
                return false
            }
            at += 1
        }
        at += 1
        guard self[at] != quote else { return false }
        builder.scalar(string(open + 1, at - 1), style: quote == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted,
                       tag: Self.stringTag, line: line, column: open - lineStart + 1)
        return true
    }

    /// `[a, b, c]` or `[]` on one line, the items plain words (see `isFlowByte`).
    private mutating func flowSequence() -> Bool {
        builder.beginSequence(line: line, column: column + 1)
        at += 1
        skipSpaces()
        if self[at] != UInt8(ascii: "]") {
            while true {
                guard flowItem() else { return false }
                skipSpaces()
                guard self[at] == UInt8(ascii: ",") else { break }
                at += 1
                skipSpaces()
            }
            guard self[at] == UInt8(ascii: "]") else { return false }
        }
        at += 1
        builder.end()
        return true
    }

    /// A flow sequence's item: `isFlowByte` bytes, the first not `-` unless a word follows it.
    private mutating func flowItem() -> Bool {
        let start = at
        let first = self[at]
        guard isFlowByte(first), first != UInt8(ascii: "-") || isFlowByte(self[at + 1]) && self[at + 1] != UInt8(ascii: "-")
        else { return false }
        at += 1
        while isFlowByte(self[at]) { at += 1 }
        builder.scalar(string(start, at), style: .plain, line: line, column: start - lineStart + 1)
        return true
    }

    // MARK: Lines, spaces and comments

    /// After a value or a key's `:`: spaces, then a comment or the end of the line (the cursor
    /// moves past it) or of the text.
    private mutating func endOfLine() -> Bool {
        skipSpaces()
        switch self[at] {
        case UInt8(ascii: "\n"):
            newLine()
            return true
        case 0:
            return true
        case UInt8(ascii: "#"):
            guard self[at - 1] == UInt8(ascii: " "), comment() else { return false }
            if self[at] == UInt8(ascii: "\n") { newLine() }
            return true
        default:
            return false
        }
    }

    /// From the start of a line, skips blank and comment lines; leaves the cursor at the first
    /// non-space byte of the next content line, or at the end.
    private mutating func nextContentLine() -> Bool {
        while true {
            skipSpaces()
            switch self[at] {
            case UInt8(ascii: "\n"): newLine()
            case UInt8(ascii: "#"): guard comment() else { return false }
            default: return true
            }
        }
    }

    /// Skips a comment up to its line's `\n`. Comments may hold non-ASCII text, but not what
    /// libyaml rejects (control characters, U+FFFE, U+FFFF) or reads as a line break (U+0085,
    /// U+2028, U+2029), nor (to be safe) a byte-order mark.
    private mutating func comment() -> Bool {
        while true {
            let byte = self[at]
            if byte == UInt8(ascii: "\n") || byte == 0 { return true }
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0xC2 && self[at + 1] < 0xA0 { return false }
            if byte == 0xE2 && self[at + 1] == 0x80 && (self[at + 2] == 0xA8 || self[at + 2] == 0xA9) { return false }
            if byte == 0xEF && (self[at + 1] == 0xBF && self[at + 2] >= 0xBE || self[at + 1] == 0xBB && self[at + 2] == 0xBF) {
                return false
            }
            at += 1
        }
    }

    private mutating func newLine() {
        at += 1
        line += 1
        lineStart = at
    }

    private mutating func skipSpaces() {
        while self[at] == UInt8(ascii: " ") { at += 1 }
    }

    // MARK: Bytes

    /// The length and a hash of the key at the cursor if a key and its `:` (then a space or the
    /// end of the line) start there; nil otherwise.
    private func keyLength() -> (length: Int, hash: UInt64)? {
        let first = self[at]
        guard isWordByte(first) && first != UInt8(ascii: "-") && first != UInt8(ascii: ".") else { return nil }
        var end = at
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        while isWordByte(self[end]) {
            hash = (hash ^ UInt64(self[end])) &* 0x100_0000_01B3
            end += 1
        }
        guard end - at <= Self.maxKeyLength, self[end] == UInt8(ascii: ":"), isSpaceOrEnd(self[end + 1]) else { return nil }
        return (end - at, hash)
    }

    /// A letter, digit, `_`, `.` or `-` (a bit set per byte: fewer branches in the key loop).
    private func isWordByte(_ byte: UInt8) -> Bool {
        let bits: UInt64 = byte < 64 ? 0x03FF_6000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
        return byte < 128 && (bits >> UInt64(byte & 63)) & 1 != 0
    }

    private func isFlowByte(_ byte: UInt8) -> Bool {
        isWordByte(byte) || byte == UInt8(ascii: "+")
    }

    /// A byte that ends a line's content for an indicator: space, `\n` or the end.
    private func isSpaceOrEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == 0
    }

    /// A byte that may not start a plain scalar here (YAML's indicators, plus the ends).
    private func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "\n"), 0:
            return true
        default:
            return false
        }
    }

    private func sameBytes(_ first: Int, _ second: Int, count: Int) -> Bool {
        for offset in 0..<count where bytes[first + offset] != bytes[second + offset] { return false }
        return true
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}

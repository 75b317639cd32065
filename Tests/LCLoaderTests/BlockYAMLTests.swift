import Foundation
import TestSupport
import Testing
import Yams
@testable import LCLoader

/// Differential tests for `BlockYAML`: whenever it gives a tree, Yams must give the same one.
///
/// `BlockYAML.parse` may return nil for anything (Yams then decides), so each check below is
/// one-sided: a non-nil tree must equal `SourceTree.converting(Yams.compose(…))` node by node,
/// and Yams must not throw. Separate expectations make sure the fast path is actually taken for
/// the real files and for a good share of the mutants, so the tests cannot pass by returning nil.
@Suite struct BlockYAMLTests {
    // MARK: Comparing trees

    /// The first difference between two trees, with its path (`root.cohort.participants`), or nil.
    static func firstDifference(_ fast: SourceTree, _ yams: SourceTree) -> String? {
        difference(fast.root, yams.root, path: "root")
    }

    private static func difference(_ a: SourceNode, _ b: SourceNode, path: String) -> String? {
        guard a.kind == b.kind else { return "\(path): kind \(a.kind) vs \(b.kind)" }
        guard a.mark == b.mark else { return "\(path): mark \(a.mark) vs \(b.mark)" }
        guard a.tag == b.tag else { return "\(path): tag \(String(reflecting: a.tag)) vs \(String(reflecting: b.tag))" }
        switch (a.content, b.content) {
        case (.scalar(let x), .scalar(let y)):
            guard x.string == y.string else {
                return "\(path): string \(String(reflecting: x.string)) vs \(String(reflecting: y.string))"
            }
            guard x.style == y.style else { return "\(path): style \(x.style) vs \(y.style)" }
        case (.mapping(let x), .mapping(let y)):
            guard x.count == y.count else { return "\(path): \(x.count) pairs vs \(y.count)" }
            for index in 0..<x.count {
                let name = x[index].key.string ?? "#\(index)"
                if let found = difference(x[index].key, y[index].key, path: "\(path).\(name)(key)")
                    ?? difference(x[index].value, y[index].value, path: "\(path).\(name)") {
                    return found
                }
            }
        case (.sequence(let x), .sequence(let y)):
            guard x.count == y.count else { return "\(path): \(x.count) items vs \(y.count)" }
            for index in 0..<x.count {
                if let found = difference(x[index], y[index], path: "\(path)[\(index)]") { return found }
            }
        default:
            return "\(path): content differs"
        }
        return nil
    }

    /// Yams's tree for `text` (the reference), or the error it throws.
    static func yamsTree(_ text: String) -> Result<SourceTree?, Error> {
        Result { try Yams.compose(yaml: text, Resolver.basic, .default, .utf8).map(SourceTree.converting) }
    }

    /// Parses `text` both ways; records an issue if BlockYAML gives a tree Yams does not.
    /// Returns whether BlockYAML took the fast path.
    @discardableResult
    static func agree(_ text: String, _ label: @autoclosure () -> String,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let fast = BlockYAML.parse(text) else { return false }
        switch yamsTree(text) {
        case .failure(let error):
            Issue.record("\(label()): BlockYAML gave a tree, Yams threw \(error)\n\(String(reflecting: text))",
                         sourceLocation: sourceLocation)
        case .success(nil):
            Issue.record("\(label()): BlockYAML gave a tree, Yams found no document", sourceLocation: sourceLocation)
        case .success(let yams?):
            if let difference = firstDifference(fast, yams) {
                Issue.record("\(label()): \(difference)\n\(String(reflecting: text))", sourceLocation: sourceLocation)
            }
        }
        return true
    }

    // MARK: The repository's files

    /// The repository's YAML files, by a short name: the shipped scenarios, the fixtures (four
    /// of them written by `scripts/generate-portfolio.py --seed 7`, the batch benchmark's
    /// shape) and the fuzz corpus's scenarios.
    static let inputs: [String: String] = {
        var found: [String: String] = [:]
        for folder in ["scenarios", "scenarios/samples", "Tests/Fixtures", "Tests/Fixtures/generated", "Tests/FuzzCorpus/scenario"] {
            let url = packageRoot.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".yaml") {
                found["\(folder)/\(name)"] = url.appendingPathComponent(name).path
            }
        }
        return found
    }()

    static let inputNames: [String] = inputs.keys.sorted()

    static func input(_ name: String) throws -> String {
        try String(contentsOfFile: inputs[name]!, encoding: .utf8)
    }

    /// Files the fast path must accept: the generated batch files and the hand-written
    /// scenarios in the subset (the others use flow mappings, or are fragments).
    static let mustAccept: Set<String> = [
        "Tests/Fixtures/generated/community-0001.yaml", "Tests/Fixtures/generated/community-0002.yaml",
        "Tests/Fixtures/generated/community-0003.yaml", "Tests/Fixtures/generated/community-0017.yaml",
        "scenarios/riverside-worked-example.yaml", "scenarios/guide-ten-month.yaml", "scenarios/samples/riverside.yaml",
        "Tests/FuzzCorpus/scenario/riverside.yaml", "Tests/FuzzCorpus/scenario/partial.yaml",
        "scenarios/nonprofit-student-outcomes.yaml", "scenarios/rural-consortium.yaml", "scenarios/teacher-identity-pilot.yaml",
    ]

    @Test func inputsArePresent() {
        #expect(Self.inputNames.count >= 15)
        #expect(Self.mustAccept.isSubset(of: Set(Self.inputNames)))
    }

    @Test(arguments: inputNames)
    func inputAgreesWithYams(_ name: String) throws {
        let text = try Self.input(name)
        let accepted = Self.agree(text, name)
        if Self.mustAccept.contains(name) { #expect(accepted, "BlockYAML refused \(name)") }
    }

    // MARK: Mutation fuzz

    static let insertions: [[UInt8]] = [" ", "\n", "#", ":", "-", "'", "\"", "[", "]", ",", "&", "*", "!", "|", ">",
                                        "?", "{", "}", "\t", "a", "1", ".", "\\", "\r", "\u{85}", "é", "\u{2028}"]
        .map { Array($0.utf8) }

    /// One random edit of `bytes`: a byte deleted or inserted, or a line duplicated, deleted,
    /// indented or outdented by two spaces, or swapped with another.
    static func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let line = random.below(lines.count)
        switch random.below(8) {
        case 0 where !bytes.isEmpty:
            bytes.remove(at: random.below(bytes.count))
            return
        case 0, 1, 2:
            bytes.insert(contentsOf: insertions[random.below(insertions.count)], at: random.below(bytes.count + 1))
            return
        case 3: lines.insert(lines[line], at: line)
        case 4: lines.remove(at: line)
        case 5: lines[line].insert(contentsOf: [0x20, 0x20], at: 0)
        case 6 where lines[line].starts(with: [0x20, 0x20]): lines[line].removeFirst(2)
        case 6: lines[line].insert(0x20, at: 0)
        default: lines.swapAt(line, random.below(lines.count))
        }
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// Mutants per input file and per accepted hand-written case (`accepted` below);
    /// `BLOCKYAML_FUZZ_SCALE=10` makes ten times as many.
    static let fuzzScale = ProcessInfo.processInfo.environment["BLOCKYAML_FUZZ_SCALE"].flatMap(Int.init) ?? 1

    @Test func mutantsAgreeWithYams() throws {
        var seeds = try Self.inputNames.map { (name: $0, text: try Self.input($0), mutants: 400 * Self.fuzzScale) }
        seeds += Self.accepted.enumerated().map { ("accepted case \($0.offset)", $0.element, 120 * Self.fuzzScale) }
        var random = SplitMix64(seed: 0x5EED_B10C_4A3C)
        var (total, fast) = (0, 0)
        for seed in seeds {
            let original = Array(seed.text.utf8)
            for number in 0..<seed.mutants {
                var bytes = original
                for _ in 0..<[1, 1, 2, 3][random.below(4)] { Self.mutate(&bytes, &random) }
                total += 1
                if Self.agree(String(decoding: bytes, as: UTF8.self), "\(seed.name) mutant \(number)") { fast += 1 }
            }
        }
        print("BlockYAML mutation fuzz: \(fast) of \(total) mutants took the fast path")
        #expect(total >= 10_000)
        #expect(fast * 5 >= total, "only \(fast) of \(total) mutants took the fast path")
    }

    // MARK: Hand-written cases

    /// `depth` mappings, each the only value of the one before.
    static func nested(depth: Int) -> String {
        (0..<depth).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
            + String(repeating: " ", count: depth) + "b: 1\n"
    }

    /// Shapes in the subset: BlockYAML must accept each, and give Yams's tree.
    static let accepted: [String] = [
        "a: 1\n",
        "a: 1",                                             // no final newline
        "a: 1\n# closing comment",                           // comment at the end, no final newline
        "# heading\n\n  # indented comment\na: 1\n",
        "a: x #c\nb: x#c\nc: -5\nd: -x\ne: 2026-08\nf: 52.12\ng: true\n",
        "key:   value   # note\n",
        "a: x:y\nb: it's\nc: a \"b\" c\nd: 50%\ne: a,b]{c}\nf: [x]\n",
        "a: \"x\"   # after a double-quoted value\nb: 'y' # after a single-quoted value\n",
        "a: \"it's # not a comment: really\"\nb: 'say \"hi\" \\ here'\nc: \"\"\nd: ''\n",
        "a: \"  spaced  out  \"\n",
        "outer:\n  inner:\n    deep: 1\n  next: 2\nlast: 3\n",
        "a:\n  b: 1\n# comment between keys\n  c: 2\n      # deeper comment\n\n  d: 3\n",
        "a:    # comment after a key\n  b: 1\n",
        "a: x\n    # a more indented comment after a plain scalar\nb: y\n",
        "list:\n  - 1\n  - two\n  - \"three\"\n  - 'four'\n  - [5, 6]\n",
        "list:\n    - 1\n    - 2\nnext: 3\n",
        "other:\n  - name: \"x\"\n    annual: 7469.33\n  - name: y\n    annual: 1\n",
        "l:\n  -   m: n\n      o: p\n  - q: r\n",
        "l:\n  - a:\n      b: 1\n    c: 2\n",
        "l:\n  - a:\n      - 1\n      - 2\n",
        "by_year: [64000, 180000, 56000]\nempty: []\nspaced: [ 1 ,2 ]\nblank: [ ]\n",
        "f: [-5, +3, .5, a_b, x-y, 1.2.3]  # comment\n",
        "a: 1\nb: 2 # ┌──┐ comment with non-ASCII text\n# │ é │\n",
        "a:\n  a: 1\nb:\n  a: 1\n",                          // the same key in different mappings
        "a: 1\nab: 2\nA: 3\n",
        "a: ~\nb: null\nc: ...\nd: a -b\n",
        "a: 1\n\n   \n  \nb: 2\n   ",                          // blank lines, a last line of spaces
        "1: a\n01: b\ntrue: c\nx.y-z_w: d\n",                    // keys are compared as text
        String(repeating: "k", count: 1000) + ": 1\n",      // the longest key
        nested(depth: 30),
    ]

    /// Shapes outside the subset (or errors): BlockYAML must give nil.
    static let refused: [String] = [
        "", "\n", "# only a comment\n", "x\n", "- 1\n- 2\n", " a: 1\n", "---\na: 1\n", "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n", "a: 1\na: 2\n", "a:\n  b: 1\n  b: 2\n", "l:\n  - k: 1\n    k: 2\n",
        "a: &x 1\n", "a: *x\n", "a: !t 1\n", "a: |\n  x\n", "a: >\n  x\n", "? a\n: 1\n", "a: {b: 1}\n",
        "\"a\": 1\n", "'a': 1\n", "a b: 1\n", "a : 1\n", "a:1\n", "a:\n", "a:\nb: 1\n", "a: # nothing\nb: 1\n",
        "a:\n- 1\n- 2\n", "l:\n  - a:\n    - 1\n", "a: x\n  y\n", "a: x\n\n  y\n", "a: \"x\"\n  y: 1\n",
        "a: b: c\n", "a: b:\n", "a: #x\n", "a: -\n", "a: - 1\n", "a: 'it''s'\n", "a: \"x\\ty\"\n",
        "a: \"x\n  y\"\n", "a: [1,\n  2]\n", "a: [1, [2]]\n", "a: [1,]\n", "a: [, 1]\n", "a: [1 2]\n",
        "a: [\"x\"]\n", "a: [1]#c\n", "a: \"x\"#c\n", "a: \"x\" y\n", "a:\tb\n", "a: 1\r\n", "a: é\n",
        "a: 1\u{85}b: 2\n", "a: 1 # x\u{2028}b: 2\n", "\u{FEFF}a: 1\n", "a: 1\0\n", "a: x\u{7F}\n",
        "l:\n  - 1\n  -\n", "l:\n  - - 1\n", "l:\n  - 1\n  b: 2\n", "a:\n  b: 1\n  - 2\n",
        "a:\n    b: 1\n  c: 2\n", "l:\n  - a: 1\n   b: 2\n", "a: `x`\n", "a: @x\n", "a: ,x\n", "a: ?x\n",
        "a: 1\n---\nb: 2\n", String(repeating: "k", count: 1001) + ": 1\n",
        nested(depth: 70),                                   // deeper than BlockYAML goes
    ]

    @Test(arguments: accepted)
    func acceptedShape(_ text: String) {
        #expect(Self.agree(text, String(reflecting: text)), "BlockYAML refused \(String(reflecting: text))")
    }

    @Test(arguments: refused)
    func refusedShape(_ text: String) {
        #expect(BlockYAML.parse(text) == nil, "BlockYAML accepted \(String(reflecting: text))")
    }

    /// The marks the subset's rules give, spelled out (the comparison with Yams checks them too).
    @Test func marksOfCollections() throws {
        let text = "# c\nl:\n  - a\n  -   k: v\n      j: [1, 22]\nm:\n    n: \"q\"\n"
        let tree = try #require(BlockYAML.parse(text))
        Self.agree(text, "marks")
        let root = try #require(tree.root.mapping)
        #expect(tree.root.mark == SourceMark(line: 2, column: 1))
        let list = try #require(root[0].value.sequence)
        #expect(root[0].value.mark == SourceMark(line: 3, column: 3))          // the first `-`
        let item = try #require(list[1].mapping)
        #expect(list[1].mark == SourceMark(line: 4, column: 7))                // the item's first key
        #expect(item[1].value.mark == SourceMark(line: 5, column: 10))         // the `[`
        #expect(item[1].value.sequence?[1].mark == SourceMark(line: 5, column: 14))
        #expect(root[1].value.mark == SourceMark(line: 7, column: 5))
        #expect(root[1].value.mapping?[0].value.mark == SourceMark(line: 7, column: 8))  // the quote
        #expect(root[1].value.mapping?[0].value.scalar?.style == .doubleQuoted)
    }

    /// What Yams reports as tags, which BlockYAML copies: keys and quoted scalars are `str`.
    @Test func tags() throws {
        let tree = try #require(BlockYAML.parse("a: 1\nb: 'x'\n"))
        let root = try #require(tree.root.mapping)
        #expect(root[0].key.tag == "tag:yaml.org,2002:str")
        #expect(root[0].value.tag == "")
        #expect(root[1].value.tag == "tag:yaml.org,2002:str")
        #expect(tree.root.tag == "")
    }
}

extension SplitMix64 {
    /// A number from 0 to `bound` - 1.
    fileprivate mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

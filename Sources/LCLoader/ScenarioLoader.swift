import Foundation
import LCModel
import Yams

/// Reads and validates scenario files (format 1).
///
/// ```swift
/// let loaded = try ScenarioLoader.load(path: "scenarios/riverside.yaml")
/// let projection = Projector.project(loaded.scenario)
/// ```
///
/// Every problem throws `ScenarioError` with `file:line:column` diagnostics; nothing partial is returned.
public enum ScenarioLoader {
    /// Files larger than this are refused before parsing (hostile or mistaken input).
    public static let maximumFileBytes = 1_048_576
    /// YAML nodes a scenario may hold (after aliases are expanded); stops "billion laughs".
    public static let maximumNodes = 20_000
    /// Nesting depth a scenario may reach.
    public static let maximumDepth = 32
    /// Educators a cohort (or any `by_year` entry) may hold: far above any learning community,
    /// low enough that every per-educator figure stays well inside exact money (the field
    /// registry's maximum of `cohort.participants`).
    public static var maximumCohort: Int {
        NSDecimalNumber(decimal: FieldRegistry.field("cohort.participants")?.maximum ?? 0).intValue
    }
    /// Characters a name or note may hold, counted as the workbook counts them (UTF-16 code
    /// units): any real one fits, and a workbook cell (at most 32,767) or a file name built from
    /// it always can (`TextLimits`).
    public static let maximumTextCharacters = TextLimits.fieldUTF16

    /// A Yams tag resolver with no rules. Each rule is an ICU regular expression that Yams's
    /// duplicate-key check runs on every mapping key; the reader reads every number and date
    /// from the scalar's text and every true/false with `Node.yamlBool` (which never needed the
    /// `bool` rule: see there), so the rules only cost time: 15% of `batch`'s instructions for
    /// the six number/date rules, then ~6% for the `bool` rule alone. The encoding is passed as
    /// `.utf8` (the default on Linux) because `Parser.Encoding.default` reads the whole process
    /// environment on every parse.
    static let resolver = Resolver.basic

    public static func load(path: String) throws(ScenarioError) -> LoadedScenario {
        let text = try readText(path: path)
        return try parse(text, file: path)
    }

    /// Reads a text file, refusing what is not one, with a one-line message for each way it can fail.
    ///
    /// One `open`, `fstat` and `read`, and one pass over the bytes: a batch reads thousands of
    /// files, and Foundation's `fileExists`, `FileHandle` and `String(data:encoding:)` cost more
    /// than the reading. The text is as `String(data:encoding: .utf8)` gives it: a leading UTF-8
    /// byte-order mark is dropped.
    public static func readText(path: String, limit: Int = maximumFileBytes) throws(ScenarioError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let missing = errno == ENOENT || errno == ENOTDIR || errno == ELOOP
            throw ScenarioError([Diagnostic(.error, missing ? "no such file" : "cannot be read (check its permissions)", file: path)])
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw ScenarioError([Diagnostic(.error, "is a directory, not a scenario file", file: path)])
        }
        let bytes = readBytes(descriptor, upTo: limit + 1, expected: Int(status.st_size))
        if bytes.count > limit {
            throw ScenarioError([Diagnostic(.error, "is larger than \(limit / 1_048_576) MB; a scenario file is a few kilobytes", file: path)])
        }
        let zero = bytes.withUnsafeBytes { raw in raw.isEmpty ? nil : memchr(raw.baseAddress!, 0, raw.count).map { UnsafeRawPointer($0) - raw.baseAddress! } }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ScenarioError([Diagnostic(.error, "is empty; a scenario needs at least format, name, goal, start, years, cohort and meetings", file: path)])
        }
        if let zero {
            throw ScenarioError([Diagnostic(.error, "is not a text file (binary data at byte \(zero))", file: path)])
        }
        let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let text = bytes.withUnsafeBufferPointer { all -> String? in
            let body = UnsafeBufferPointer(rebasing: all[skip...])
            // ASCII is valid UTF-8 as it stands; anything else is validated.
            return body.allSatisfy({ $0 < 0x80 }) ? String(decoding: body, as: UTF8.self) : String(validating: body, as: UTF8.self)
        }
        guard let text else { throw ScenarioError([notUTF8(Data(bytes), file: path)]) }
        return text
    }

    /// Up to `count` bytes from the descriptor (fewer at its end); `expected` is the size to
    /// allocate for first (the file's size, when it has one).
    private static func readBytes(_ descriptor: Int32, upTo count: Int, expected: Int) -> [UInt8] {
        var capacity = min(count, max(expected + 1, 4096)), filled = 0
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        while filled < count {
            if filled == capacity {
                let grown = UnsafeMutableRawPointer.allocate(byteCount: min(count, capacity * 2), alignment: 1)
                grown.copyMemory(from: buffer, byteCount: filled)
                buffer.deallocate()
                (buffer, capacity) = (grown, min(count, capacity * 2))
            }
            let got = read(descriptor, buffer + filled, capacity - filled)
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        return [UInt8](UnsafeRawBufferPointer(start: buffer, count: filled))
    }

    /// Where the first byte that is not UTF-8 stands, and what to do: such a file was almost
    /// always saved by a Windows program as Windows-1252 (curly quotes and dashes are single bytes there).
    ///
    /// ```swift
    /// ScenarioLoader.notUTF8(Data([0x61, 0x3A, 0x20, 0x93]), file: "a.yaml").description
    /// // "a.yaml:1:4: error: is not UTF-8 text: byte 0x93 (“ in Windows-1252) here is not valid UTF-8, ...; save the file as UTF-8 ..."
    /// ```
    static func notUTF8(_ data: Data, file: String) -> Diagnostic {
        let bytes = [UInt8](data)
        let fix = "save the file as UTF-8 (in most editors: Save As, then the encoding UTF-8)"
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Diagnostic(.error, "is not UTF-8 text: it is UTF-16 (it starts with a UTF-16 byte order mark); \(fix)",
                              at: SourceLocation(file: file, line: 1, column: 1))
        }
        // A UTF-8 byte-order mark is not a column (TextRules counts the same way).
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0, line = 1, column = 1
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let complete = length > 0 && index + length <= bytes.count
                && bytes[(index + 1)..<(index + length)].allSatisfy { (0x80...0xBF).contains($0) }
            guard complete else { break }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        guard index < bytes.count else {
            return Diagnostic(.error, "is not UTF-8 text; \(fix)", file: file)
        }
        let byte = bytes[index]
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        var meaning = ""
        if let character = String(bytes: [byte], encoding: .windowsCP1252), byte >= 0x80,
           character.unicodeScalars.allSatisfy({ TextRules.refusal($0) == nil && $0.properties.generalCategory != .control }) {
            meaning = " (\(character) in Windows-1252)"
        }
        return Diagnostic(.error, "is not UTF-8 text: byte \(hex)\(meaning) here is not valid UTF-8, so the file was probably saved as Windows-1252 or Latin-1; \(fix)",
                          at: SourceLocation(file: file, line: line, column: column))
    }

    /// Parses and validates scenario text; `file` is only used in messages.
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> LoadedScenario {
        if text.utf8.count > maximumFileBytes {
            throw ScenarioError([Diagnostic(.error, "is larger than 1 MB; a scenario file is a few kilobytes", file: file)])
        }
        if let hostile = TextRules.firstRefused(in: text) {
            throw ScenarioError([Diagnostic(.error, "contains \(hostile.reason); delete it (scenario text may hold only visible characters, tab and line breaks)",
                                            at: SourceLocation(file: file, line: hostile.line, column: hostile.column))])
        }
        let root = try tree(text, file: file).root
        let scan = NodeScan(root, file: file)
        if let problem = scan.sizeProblem {
            throw ScenarioError([Diagnostic(.error, problem, at: SourceLocation(file: file, line: 1, column: 1))])
        }
        if !scan.tagged.isEmpty { throw ScenarioError(scan.tagged) }
        // Refused, but reading goes on so one run reports every problem; the reader's own
        // message for the same value ("must be a number") gives way to the quotes'.
        let quoted = scan.anyWrapped ? TypographicQuotes.problems(root, file: file) : []
        let validation = Validation(file: file)
        let scenario = ScenarioReader(validation: validation).read(root)
        // The calendar's schedule, computed once per run here: the projection and every view
        // reuse it (`LoadedScenario.project()`).
        var schedule: Schedule?
        if let scenario, validation.diagnostics.isEmpty {
            schedule = CalendarScheduler.schedule(for: scenario)
            // Texts composed from several fields must fit the cell a workbook writes them to.
            for problem in TextLimits.composedTextProblems(scenario, schedule: schedule) {
                let at = validation.locations[problem.input] ?? SourceLocation(file: file, line: 1, column: 1)
                validation.error(problem.input + ": " + problem.message, at: at)
            }
        }
        if let scenario, validation.diagnostics.isEmpty, quoted.isEmpty {
            return LoadedScenario(scenario: scenario, file: file, source: text, locations: validation.locations, schedule: schedule,
                                  lineKeyReferences: validation.lineKeyReferences)
        }
        let explained = Set(quoted.compactMap(\.location))
        let others = validation.diagnostics.filter { !explained.contains($0.location ?? SourceLocation(file: file, line: 0, column: 0)) }
        throw ScenarioError((quoted + others).sorted {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        })
    }

    /// The text as a tree of values: through `BlockYAML` when the text keeps to the block-style
    /// subset scenario files are written in, otherwise through Yams, whose errors become
    /// diagnostics. Both give the same tree for the same text (`BlockYAMLTests`).
    static func tree(_ text: String, file: String) throws(ScenarioError) -> SourceTree {
        if let tree = BlockYAML.parse(text) { return tree }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, resolver, .default, .utf8) else {
                throw ScenarioError([Diagnostic(.error, "is empty; a scenario needs at least format, name, goal, start, years, cohort and meetings", file: file)])
            }
            root = node
        } catch let error as ScenarioError {
            throw error
        } catch {
            throw ScenarioError([yamlDiagnostic(error, file: file, text: text)])
        }
        if let problem = SourceTree.yamsSizeProblem(root) {
            throw ScenarioError([Diagnostic(.error, problem, at: SourceLocation(file: file, line: 1, column: 1))])
        }
        return SourceTree.converting(root)
    }

    /// The parser's failure in plain words where `YAMLProblem` recognizes it (a tab, a line
    /// indented out of place, a key given twice), otherwise in the parser's own words.
    static func yamlDiagnostic(_ error: Error, file: String, text: String) -> Diagnostic {
        func at(_ mark: Mark, _ message: String) -> Diagnostic {
            Diagnostic(.error, "not valid YAML: \(message)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        }
        switch error as? YamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            if let plain = YAMLProblem.explain(text: text, problem: problem, stoppedAt: mark.line) {
                return Diagnostic(.error, "not valid YAML: \(plain.message)", at: SourceLocation(file: file, line: plain.line, column: plain.column))
            }
            // Lead with the problem; the context ("while parsing a flow sequence") says where it began.
            let began = context.map { " (\($0.text) that starts at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return at(mark, problem + began)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            if duplicates.count == 1, let second = YAMLProblem.duplicate(text: text, key: duplicates[0], first: context.mark) {
                return Diagnostic(.error, "not valid YAML: \(names) is given twice in one mapping (first on line \(context.mark.line)); keep one of the two and delete the other",
                                  at: SourceLocation(file: file, line: second.line, column: second.column))
            }
            return at(context.mark, "duplicate key \(names) in one mapping; keep one of each and delete the others")
        case let .reader(problem, offset, _, _):
            return Diagnostic(.error, "not valid YAML text: \(problem)\(offset.map { " at byte \($0)" } ?? "")", file: file)
        default:
            return Diagnostic(.error, "not valid YAML", file: file)
        }
    }
}

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
    public static func readText(path: String, limit: Int = maximumFileBytes) throws(ScenarioError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScenarioError([Diagnostic(.error, "no such file", file: path)])
        }
        if isDirectory.boolValue {
            throw ScenarioError([Diagnostic(.error, "is a directory, not a scenario file", file: path)])
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ScenarioError([Diagnostic(.error, "cannot be read (check its permissions)", file: path)])
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        if data.count > limit {
            throw ScenarioError([Diagnostic(.error, "is larger than \(limit / 1_048_576) MB; a scenario file is a few kilobytes", file: path)])
        }
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ScenarioError([Diagnostic(.error, "is empty; a scenario needs at least format, name, goal, start, years, cohort and meetings", file: path)])
        }
        if let zero = data.firstIndex(of: 0) {
            throw ScenarioError([Diagnostic(.error, "is not a text file (binary data at byte \(zero - data.startIndex))", file: path)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError([notUTF8(data, file: path)])
        }
        return text
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
        if let problem = sizeProblem(root) {
            throw ScenarioError([Diagnostic(.error, problem, at: SourceLocation(file: file, line: 1, column: 1))])
        }
        let tagged = explicitTags(root, file: file)
        if !tagged.isEmpty { throw ScenarioError(tagged) }
        // Refused, but reading goes on so one run reports every problem; the reader's own
        // message for the same value ("must be a number") gives way to the quotes'.
        let quoted = TypographicQuotes.problems(root, file: file)
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

    /// Counts nodes and depth with early exit, so an alias bomb costs bounded time.
    /// Every node with an explicit YAML tag (`!!str 50`, `!foo`, `!!binary`): the format has no
    /// use for tags, and `!!str 50` would otherwise slip a number in as text or the reverse.
    static func explicitTags(_ root: Node, file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var stack = [root]
        while let node = stack.popLast() {
            let tag: String
            // The one tag besides "" and "!" each kind may carry (nil: none); no set is built
            // per node, as this runs over every value of every file a batch reads.
            let own: String?
            switch node {
            case .scalar(let scalar):
                // "" is an untagged plain scalar (the loader's resolver has no rules, so plain
                // values stay unresolved); a quoted scalar reads as !!str, which it is anyway.
                tag = scalar.tag.description
                if tag.isEmpty { continue }
                own = scalar.style == .plain ? nil : Tag.Name.str.rawValue
                if scalar.style != .plain && tag == "!" { continue }
            case .mapping(let mapping):
                tag = mapping.tag.description
                own = Tag.Name.map.rawValue
                // Keys are only compared with the format's names: a tagged key is still refused
                // as unknown when its text is not one, so only values are checked.
                for (_, value) in mapping { stack.append(value) }
                if tag.isEmpty || tag == "!" { continue }
            case .sequence(let sequence):
                tag = sequence.tag.description
                own = Tag.Name.seq.rawValue
                stack.append(contentsOf: sequence)
                if tag.isEmpty || tag == "!" { continue }
            case .alias:
                continue
            }
            guard tag != own else { continue }
            let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
            let mark = node.mark
            found.append(Diagnostic(.error, "has the YAML tag \(shown); the scenario format uses no tags: delete it and write the value plainly",
                                    at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)))
        }
        return found.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
    }

    static func sizeProblem(_ root: Node) -> String? {
        var count = 0
        var stack: [(Node, Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            count += 1
            if count > maximumNodes {
                return "has more than \(maximumNodes) values (after expanding YAML aliases); refusing it"
            }
            if depth > maximumDepth { return "is nested more than \(maximumDepth) levels deep; refusing it" }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append((key, depth + 1)); stack.append((value, depth + 1)) }
            case .sequence(let sequence):
                for value in sequence { stack.append((value, depth + 1)) }
            default: break
            }
        }
        return nil
    }
}

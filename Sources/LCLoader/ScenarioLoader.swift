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
            throw ScenarioError([Diagnostic(.error, "is not UTF-8 text", file: path)])
        }
        return text
    }

    /// Parses and validates scenario text; `file` is only used in messages.
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> LoadedScenario {
        if text.utf8.count > maximumFileBytes {
            throw ScenarioError([Diagnostic(.error, "is larger than 1 MB; a scenario file is a few kilobytes", file: file)])
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
            throw ScenarioError([yamlDiagnostic(error, file: file)])
        }
        if let problem = sizeProblem(root) {
            throw ScenarioError([Diagnostic(.error, problem, at: SourceLocation(file: file, line: 1, column: 1))])
        }
        let validation = Validation(file: file)
        let scenario = ScenarioReader(validation: validation).read(root)
        if let scenario, validation.diagnostics.isEmpty {
            // Texts composed from several fields must fit the cell a workbook writes them to.
            for problem in TextLimits.composedTextProblems(scenario) {
                let at = validation.locations[problem.input] ?? SourceLocation(file: file, line: 1, column: 1)
                validation.error(problem.input + ": " + problem.message, at: at)
            }
        }
        if let scenario, validation.diagnostics.isEmpty {
            return LoadedScenario(scenario: scenario, file: file, source: text, locations: validation.locations)
        }
        throw ScenarioError(validation.diagnostics.sorted {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        })
    }

    static func yamlDiagnostic(_ error: Error, file: String) -> Diagnostic {
        func at(_ mark: Mark, _ message: String) -> Diagnostic {
            Diagnostic(.error, "not valid YAML: \(message)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        }
        switch error as? YamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // Lead with the problem; the context ("while parsing a flow sequence") says where it began.
            let began = context.map { " (\($0.text) that starts at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return at(mark, problem + began)
        case let .duplicatedKeysInMapping(duplicates, context):
            return at(context.mark, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        case let .reader(problem, offset, _, _):
            return Diagnostic(.error, "not valid YAML text: \(problem)\(offset.map { " at byte \($0)" } ?? "")", file: file)
        default:
            return Diagnostic(.error, "not valid YAML", file: file)
        }
    }

    /// Counts nodes and depth with early exit, so an alias bomb costs bounded time.
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

import Foundation
import LCLoader
import LCModel
import LCReports

/// The original scenario's document with the workbook's inputs written in, and where each
/// written value came from (so a loader message about it names the cell).
struct DocumentEdit {
    var document: JSONValue
    /// The file's own document, before any edit.
    let before: JSONValue
    /// Values written over a plain scalar the file already has: YAML path -> new text.
    var scalarEdits: [String: String] = [:]
    /// Some edit added keys or lists, so the file's text cannot simply be patched.
    var structural = false
    /// YAML path (`stipends.hourly_rate`, `cohort.by_year.1.participants`) -> the cell it came from.
    var sources: [String: String] = [:]
    let original: LoadedScenario

    init(original: LoadedScenario, cells: [WorkbookInputCell], values: [String: Decimal]) {
        self.original = original
        document = YAMLTree(text: original.source)?.document ?? .object([])
        before = document
        var years: [Int: (participants: Decimal, leaders: Decimal)] = [:]
        var cohortChanged = false
        var cohortCells: [String: String] = [:]
        for cell in cells {
            guard let value = values[cell.key] else { continue }
            let parts = cell.key.split(separator: ".").map(String.init)
            if parts.count == 3, parts[0] == "cohort", parts[1].hasPrefix("y"), let year = Int(parts[1].dropFirst()) {
                var pair = years[year] ?? (0, 0)
                if parts[2] == "participants" { pair.participants = value } else { pair.leaders = value }
                years[year] = pair
                cohortCells["\(year).\(parts[2])"] = cell.place
                cohortChanged = cohortChanged || value != cell.value
                continue
            }
            // Unchanged values are left as the file wrote them (and left out when it left them out).
            guard value != cell.value, !cell.key.hasSuffix(".count") else { continue }
            setPlain(cell.key, value, isFlag: cell.isFlag)
            sources[cell.key] = cell.place
        }
        if cohortChanged { setCohort(years.sorted { $0.key < $1.key }.map(\.value), cells: cohortCells) }
    }

    var yaml: String { YAMLEmitter.yaml(document) }

    /// Writes a number (or a flag as `true`/`false`) at a dotted path.
    mutating func setPlain(_ path: String, _ value: Decimal, isFlag: Bool) {
        let text: JSONValue = isFlag ? .bool(value == 1) : .number(value.plainText)
        let parts = path.split(separator: ".").map(String.init)
        if case .string(let old)? = before.value(at: parts), !old.isEmpty {
            scalarEdits[path] = isFlag ? (value == 1 ? "true" : "false") : value.plainText
        } else {
            structural = true
        }
        document.set(parts, to: text)
    }

    /// One pair per year: kept as `participants`/`leaders` when every year is the same and the
    /// file has no `by_year`, else written as `by_year` (year 1 also as `participants`/`leaders`,
    /// which the format requires).
    mutating func setCohort(_ years: [(participants: Decimal, leaders: Decimal)], cells: [String: String]) {
        guard let first = years.first else { return }
        let hasByYear = document.value(at: ["cohort", "by_year"]) != nil
        let same = years.allSatisfy { $0.participants == first.participants && $0.leaders == first.leaders }
        if !hasByYear && same {
            setPlain("cohort.participants", first.participants, isFlag: false)
            setPlain("cohort.leaders", first.leaders, isFlag: false)
            sources["cohort.participants"] = cells["1.participants"]
            sources["cohort.leaders"] = cells["1.leaders"]
            return
        }
        if hasByYear {
            for (index, pair) in years.enumerated() {
                setPlain("cohort.by_year.\(index).participants", pair.participants, isFlag: false)
                setPlain("cohort.by_year.\(index).leaders", pair.leaders, isFlag: false)
                sources["cohort.by_year.\(index).participants"] = cells["\(index + 1).participants"]
                sources["cohort.by_year.\(index).leaders"] = cells["\(index + 1).leaders"]
            }
            return
        }
        setPlain("cohort.participants", first.participants, isFlag: false)
        setPlain("cohort.leaders", first.leaders, isFlag: false)
        let list = JSONValue.array(years.map { pair in
            .object([("participants", .number(pair.participants.plainText)), ("leaders", .number(pair.leaders.plainText))])
        })
        document.set(["cohort", "by_year"], to: list)
        structural = true
        for index in years.indices {
            sources["cohort.by_year.\(index).participants"] = cells["\(index + 1).participants"]
            sources["cohort.by_year.\(index).leaders"] = cells["\(index + 1).leaders"]
        }
    }

    /// The original file's text with each changed value replaced where it stands, so comments,
    /// quoting and layout are kept; `nil` when an edit added keys or a value is not a plain
    /// scalar on one line (then the document is written out whole, `yaml`).
    ///
    /// ```swift
    /// // "  hourly_rate: 50.00   # the guide's floor" -> "  hourly_rate: 55   # the guide's floor"
    /// ```
    func patchedText() -> String? {
        guard !structural, let tree = YAMLTree(text: original.source) else { return nil }
        var places: [String: YAMLTree.Place] = [:]
        for (place, path) in tree.values where places[path] == nil || place.line < places[path]!.line { places[path] = place }
        var lines = original.source.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).unicodeScalars) }
        // Right to left within a line, so earlier columns stay where they were.
        let edits = scalarEdits.compactMap { path, text in places[path].map { (place: $0, path: path, text: text) } }
            .sorted { ($0.place.line, -$0.place.column) < ($1.place.line, -$1.place.column) }
        guard edits.count == scalarEdits.count else { return nil }
        for edit in edits {
            guard case .string(let old)? = before.value(at: edit.path.split(separator: ".").map(String.init)),
                  lines.indices.contains(edit.place.line - 1) else { return nil }
            var line = lines[edit.place.line - 1]
            let start = edit.place.column - 1
            let oldScalars = Array(old.unicodeScalars)
            guard start >= 0, start + oldScalars.count <= line.count,
                  Array(line[start..<start + oldScalars.count]) == oldScalars else { return nil }
            // The plain scalar must end there (a space, comment, flow punctuation or the line's end).
            let next = start + oldScalars.count
            guard next == line.count || " \t,]}#\r".unicodeScalars.contains(line[next]) else { return nil }
            line.replaceSubrange(start..<next, with: Array(edit.text.unicodeScalars))
            lines[edit.place.line - 1] = line
        }
        var out = String.UnicodeScalarView()
        for (index, line) in lines.enumerated() {
            if index > 0 { out.append("\n") }
            out.append(contentsOf: line)
        }
        return String(out)
    }

    /// Loads the new YAML with the scenario loader; its messages name the workbook's cells.
    func load() throws(WorkbookImportError) -> LoadedScenario {
        let text = yaml
        do {
            return try Analysis(text: text, file: original.file).loaded
        } catch {
            let tree = YAMLTree(text: text)
            let lines = error.diagnostics.filter { $0.severity == .error }.map { diagnostic -> String in
                let path = diagnostic.location.flatMap { tree?.path(line: $0.line, column: $0.column) } ?? ""
                if let place = sources[path] { return "\(place): \(diagnostic.message)" }
                return "the scenario the inputs give is not valid: \(path.isEmpty ? "" : path + ": ")\(diagnostic.message)"
            }
            throw .invalid(lines)
        }
    }
}

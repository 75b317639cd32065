import Foundation
import LCLoader
import LCModel
import LCReports

/// The original scenario's document with the workbook's inputs written in, and where each
/// written value came from (so a loader message about it names the cell).
struct DocumentEdit {
    var document: JSONValue
    /// YAML path (`stipends.hourly_rate`, `cohort.by_year.1.participants`) -> the cell it came from.
    var sources: [String: String] = [:]
    let original: LoadedScenario

    init(original: LoadedScenario, cells: [WorkbookInputCell], values: [String: Decimal]) {
        self.original = original
        document = YAMLTree(text: original.source)?.document ?? .object([])
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
        document.set(path.split(separator: ".").map(String.init), to: text)
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
        if !hasByYear {
            setPlain("cohort.participants", first.participants, isFlag: false)
            setPlain("cohort.leaders", first.leaders, isFlag: false)
        }
        let list = JSONValue.array(years.map { pair in
            .object([("participants", .number(pair.participants.plainText)), ("leaders", .number(pair.leaders.plainText))])
        })
        document.set(["cohort", "by_year"], to: list)
        for index in years.indices {
            sources["cohort.by_year.\(index).participants"] = cells["\(index + 1).participants"]
            sources["cohort.by_year.\(index).leaders"] = cells["\(index + 1).leaders"]
        }
    }

    /// Loads the new YAML with the scenario loader; its messages name the workbook's cells.
    func load(file: String) throws(WorkbookImportError) -> LoadedScenario {
        let text = yaml
        do {
            return try ScenarioLoader.parse(text, file: original.file)
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

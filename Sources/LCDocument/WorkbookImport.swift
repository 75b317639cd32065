import Foundation
import LCLoader
import LCModel
import LCReports

/// The scenario an edited budget workbook describes: the original scenario file with the
/// workbook's yellow inputs written into it (`lcbudget import-workbook`, docs/workbook.md,
/// "Importing an edited workbook").
///
/// ```swift
/// let edited = try XlsxDocument.read(path: "edited.xlsx")
/// let original = try ScenarioLoader.load(path: "scenarios/riverside-worked-example.yaml")
/// let result = try WorkbookImport.run(edited: edited, original: original)
/// result.changes.map(\.description)   // ["stipends.hourly_rate: 50 → 55 (StipendHourlyRate, Assumptions!B13)"]
/// result.yaml                         // the new scenario file's text, already loaded once
/// ```
///
/// Steps, each refusing with the cell it concerns:
/// 1. The workbook lcbudget writes for the original scenario is made again and every sheet,
///    formula and fixed value of the edited file is compared with it (`WorkbookStructure`).
/// 2. Each yellow cell's number is read; changed ones are written into the scenario document
///    (the original file's YAML tree) at their YAML path.
/// 3. The new YAML is loaded by `ScenarioLoader`, so every rule of the format applies; an input
///    the file left to a default that follows another field (the leader rate follows the
///    stipend rate) is written out when the workbook keeps it apart.
/// 4. The new scenario's own workbook inputs must equal the edited workbook's, cell for cell,
///    so its projection is what the edited workbook computes.
/// 5. When every change replaces a value the file writes as a plain scalar, the file's own text
///    is kept with just those values replaced (comments stay); otherwise the document is written
///    out whole by `YAMLEmitter`.
public enum WorkbookImport {
    public struct Change: Sendable, Equatable, CustomStringConvertible {
        /// The input's key as the Assumptions sheet's last column shows it (`stipends.hourly_rate`,
        /// `cohort.y2.participants`), or `funding[0].by_year[1]` for a Funding amount.
        public var field: String
        /// Where it is: `StipendHourlyRate, Assumptions!B13`.
        public var place: String
        public var old, new: Decimal

        public var description: String { "\(field): \(old.plainText) → \(new.plainText) (\(place))" }
    }

    public struct Result: Sendable {
        public var yaml: String
        public var scenario: Scenario
        public var changes: [Change]
        /// Inputs written out because the file's default would no longer match the workbook.
        public var notes: [String]
    }

    /// Compares, reads and writes back; throws with every problem, each naming its cell.
    public static func run(edited: XlsxDocument, original: LoadedScenario) throws(WorkbookImportError) -> Result {
        let projection = original.project()
        let written = try regenerate(projection)
        let cells = BudgetWorkbook.inputCells(projection)
        var problems = WorkbookStructure.differences(original: written, edited: edited, inputs: Set(cells.map(\.reference)))
            .map(\.description)
        for cell in cells {
            guard let name = cell.name else { continue }
            if let now = edited.definedNames[name], now != cell.reference {
                problems.append("the name \(name) was moved from \(cell.reference) to \(now)")
            } else if edited.definedNames[name] == nil {
                problems.append("the name \(name) (\(cell.reference)) was removed")
            }
        }
        guard problems.isEmpty else { throw .structure(problems) }

        var values: [String: Decimal] = [:]
        var changes: [Change] = []
        var bad: [String] = []
        for cell in cells {
            guard let number = edited.sheet(cell.reference.sheet)?.cells[cell.reference.cell]?.number,
                  let value = decimal(number) else {
                bad.append("\(cell.place): the input is not a number")
                continue
            }
            if cell.isFlag && value != 0 && value != 1 { bad.append("\(cell.place): must be 1 (yes) or 0 (no), found \(value.plainText)") }
            values[cell.key] = value
            if value != cell.value {
                let place = cell.name.map { "\($0), \(cell.reference)" } ?? cell.reference.description
                changes.append(Change(field: displayKey(cell.key), place: place, old: cell.value, new: value))
                if cell.key.hasSuffix(".count") {
                    bad.append("\(cell.place) is counted from the scenario's calendar section, not set: change the calendar in the scenario file (docs/calendar.md)")
                }
            }
        }
        guard bad.isEmpty else { throw .inputs(bad) }

        var edit = DocumentEdit(original: original, cells: cells, values: values)
        var loaded = try edit.load()
        // Defaults that follow another field: written out when the workbook keeps them apart.
        var notes: [String] = []
        for cell in BudgetWorkbook.inputCells(loaded.project()) {
            guard let want = values[cell.key], want != cell.value, let spec = FieldRegistry.field(cell.key),
                  let from = spec.defaultFrom, spec.wildcardCount == 0 else { continue }
            edit.setPlain(cell.key, want, isFlag: cell.isFlag)
            notes.append("\(cell.key) is written out as \(want.plainText): the scenario left it to follow \(from), but the workbook keeps it apart")
        }
        if !notes.isEmpty { loaded = try edit.load() }

        // The proof: the new scenario's own workbook has exactly the edited workbook's inputs.
        let now = BudgetWorkbook.inputCells(loaded.project())
        let mismatches = now.compactMap { cell -> String? in
            guard let want = values[cell.key] else { return "\(cell.place): the new scenario has an input the workbook lacks" }
            return want == cell.value ? nil : "\(cell.place): the new scenario gives \(cell.value.plainText), the workbook \(want.plainText)"
        } + (now.count == cells.count ? [] : ["the new scenario has \(now.count) inputs, the workbook \(cells.count)"])
        guard mismatches.isEmpty else { throw .inputs(mismatches) }

        // The file's own text with the values replaced, when that gives the very same scenario.
        if let patched = edit.patchedText(), let again = try? Analysis(text: patched, file: original.file).loaded {
            let projected = again.project()
            if BudgetWorkbook.inputCells(projected) == now,
               ProjectionJSON.render(projected) == ProjectionJSON.render(loaded.project()) {
                return Result(yaml: patched, scenario: again.scenario, changes: changes, notes: notes)
            }
        }
        return Result(yaml: edit.yaml, scenario: loaded.scenario, changes: changes, notes: notes)
    }

    /// The workbook `report` writes for `projection` (with its Uncertainty sheet when the
    /// scenario has one), read back.
    static func regenerate(_ projection: Projection) throws(WorkbookImportError) -> XlsxDocument {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            let path = folder.appendingPathComponent("original.xlsx").path
            let extras = BudgetWorkbook.Extras(uncertainty: Simulation.reportSummary(
                projection, jobs: ProcessInfo.processInfo.activeProcessorCount))
            try BudgetWorkbook.write(projection, extras: extras, to: path)
            return try XlsxDocument.read(path: path)
        } catch {
            throw .cannotCheck("the workbook of the original scenario could not be made to compare with: \(error)")
        }
    }

    /// A spreadsheet double as the decimal it was typed as: the shortest text that reads back
    /// as the same double (`55`, `0.145`), so 0.1 stays 0.1.
    public static func decimal(_ number: Double) -> Decimal? {
        guard number.isFinite else { return nil }
        if number == number.rounded(), abs(number) < 1e15 { return Decimal(Int64(number)) }
        return Decimal(string: "\(number)", locale: Locale(identifier: "en_US_POSIX"))
    }

    /// `funding.0.by_year.1` -> `funding[0].by_year[1]`; Assumptions keys as they are.
    static func displayKey(_ key: String) -> String {
        guard key.hasPrefix("funding.") || key.hasPrefix("other.") else { return key }
        return key.split(separator: ".").map { $0.allSatisfy(\.isNumber) ? "[\($0)]" : ".\($0)" }.joined().dropFirst()
            .description
    }
}

/// Why an edited workbook was not imported; each line names the cell or the rule.
public enum WorkbookImportError: Error, Sendable {
    /// Sheets, formulas or fixed values differ from the workbook lcbudget writes.
    case structure([String])
    /// An input cell that cannot be read or written back.
    case inputs([String])
    /// The scenario the inputs give breaks a rule of the format (loader messages, with cells).
    case invalid([String])
    case cannotCheck(String)

    public var lines: [String] {
        switch self {
        case .structure(let lines), .inputs(let lines), .invalid(let lines): lines
        case .cannotCheck(let line): [line]
        }
    }
}

import Foundation
import LCModel

/// A CSV file read against a fixed set of named columns: the header row names them (in any
/// order, any letter case); every later row must have one field per column.
///
/// Problems are collected, not thrown one at a time, so one run lists every bad row; the import
/// is refused as a whole when any is found.
struct CSVTable {
    /// The longest text one CSV field may hold: the same as a scenario's text fields
    /// (docs/store.md "Importing"); a name or memo is far shorter.
    static let maximumFieldCharacters = ScenarioLoader.maximumTextCharacters

    let file: String
    let columns: [String]
    /// Column name -> index in each record.
    private(set) var index: [String: Int] = [:]
    private(set) var rows: [CSVRecord] = []
    private(set) var problems: [Diagnostic] = []

    /// Reads the header and rows; a missing, unknown or repeated column stops here (no row is read).
    init(text: String, file: String, columns: [String]) throws(ScenarioError) {
        self.file = file
        self.columns = columns
        let records = try CSVParser.parse(text, file: file)
        guard let header = records.first else {
            throw ScenarioError([Diagnostic(.error, "is empty; the first line must name the columns \(columns.joined(separator: ", "))", file: file)])
        }
        var problems: [Diagnostic] = []
        for (position, cell) in header.cells.enumerated() {
            let name = cell.text.trimmingCharacters(in: .whitespaces).lowercased()
            let at = SourceLocation(file: file, line: cell.line, column: cell.column)
            if index[name] != nil {
                problems.append(Diagnostic(.error, "column '\(name)' is named twice in the header", at: at))
            } else if columns.contains(name) {
                index[name] = position
            } else {
                let hint = Suggestion.nearest(to: name, in: columns).map { "; did you mean '\($0)'?" } ?? ""
                problems.append(Diagnostic(.error, "unknown column '\(cell.text)'\(hint) (the columns are \(columns.joined(separator: ", ")))", at: at))
            }
        }
        for name in columns where index[name] == nil {
            problems.append(Diagnostic(.error, "missing column '\(name)': the header must name \(columns.joined(separator: ", "))",
                                       at: SourceLocation(file: file, line: header.line, column: 1)))
        }
        if !problems.isEmpty { throw ScenarioError(problems) }
        if records.count == 1 {
            throw ScenarioError([Diagnostic(.error, "has a header but no rows; nothing to import (add a row under the header)", file: file)])
        }
        let width = header.cells.count
        for record in records.dropFirst() {
            if record.cells.count != width {
                let last = record.cells.last!
                let what = record.cells.count < width ? "a missing column" : "an extra comma, or a field with a comma that needs quotes"
                problems.append(Diagnostic(.error, "this row has \(record.cells.count) field\(record.cells.count == 1 ? "" : "s") but the header names \(width) (\(what))",
                                           at: SourceLocation(file: file, line: record.line, column: record.cells.count < width ? last.column + last.text.count : last.column)))
                continue
            }
            for cell in record.cells where cell.text.count > CSVTable.maximumFieldCharacters {
                problems.append(Diagnostic(.error, "this field has \(cell.text.count) characters; a CSV field may hold at most \(CSVTable.maximumFieldCharacters) (shorten it)",
                                           at: SourceLocation(file: file, line: cell.line, column: cell.column)))
            }
            rows.append(record)
        }
        self.problems = problems
    }

    /// The cell of `column` in `record` (trimmed of surrounding spaces).
    func cell(_ record: CSVRecord, _ column: String) -> CSVCell {
        var cell = record.cells[index[column]!]
        cell.text = cell.text.trimmingCharacters(in: .whitespaces)
        return cell
    }

    mutating func problem(_ message: String, at cell: CSVCell) {
        problems.append(Diagnostic(.error, message, at: SourceLocation(file: file, line: cell.line, column: cell.column)))
    }

    /// Throws every problem found, in file order, at most `limit` of them.
    func finish(limit: Int = 100) throws(ScenarioError) {
        guard !problems.isEmpty else { return }
        var sorted = problems.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        if sorted.count > limit {
            let more = sorted.count - limit
            sorted = Array(sorted.prefix(limit))
            sorted.append(Diagnostic(.error, "\(more) more problem\(more == 1 ? "" : "s") not shown; nothing was imported", file: file))
        }
        throw ScenarioError(sorted)
    }

    // MARK: Field readers shared by the importers

    /// A `YYYY-MM-DD` date inside the project's periods (when a calendar is given).
    mutating func date(_ cell: CSVCell, within calendar: ProjectCalendar?) -> CivilDate? {
        guard let date = CivilDate(iso: cell.text) else {
            problem("'\(cell.text)' is not a date; write dates as YYYY-MM-DD\(CSVTable.isoHint(cell.text))", at: cell)
            return nil
        }
        if let calendar, calendar.period(containing: date) == nil {
            problem("\(date.iso) is outside the project's periods (\(calendar.first.iso) to \(calendar.last.iso))", at: cell)
            return nil
        }
        return date
    }

    /// One of a closed list of words (category, role, activity), any letter case.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ cell: CSVCell, _ noun: String, as type: T.Type) -> T?
    where T.RawValue == String {
        if let value = T(rawValue: cell.text.lowercased()) { return value }
        let names = T.allCases.map(\.rawValue)
        let hint = Suggestion.nearest(to: cell.text, in: names).map { "; did you mean '\($0)'?" } ?? ""
        problem("unknown \(noun) '\(cell.text)'\(hint) (one of \(names.joined(separator: ", ")))", at: cell)
        return nil
    }

    /// `12-3-2027` / `9/14/2027` written month first: suggest the ISO form.
    static func isoHint(_ text: String) -> String {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]),
              let date = CivilDate(year: y, month: m, day: d) else { return ", e.g. 2027-09-14" }
        return " (for \(text) write \(date.iso))"
    }
}

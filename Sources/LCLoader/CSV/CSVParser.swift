import Foundation

/// One field of a CSV record with where it starts in the file (1-based line and column).
public struct CSVCell: Sendable, Equatable {
    public var text: String
    public var line, column: Int
}

/// One record (row) of a CSV file; `line` is where it starts (a quoted field may span lines).
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var cells: [CSVCell]
}

/// Splits CSV text into records per RFC 4180, keeping each field's line and column.
///
/// Fields are separated by commas and records by CRLF or LF; a field in double quotes may hold
/// commas, line breaks and doubled quotes (`""`). A UTF-8 byte-order mark (spreadsheets write
/// one) is skipped; blank lines are ignored. A stray quote inside an unquoted field, text after
/// a closing quote, or a quote never closed is an error naming its place.
///
/// ```swift
/// let records = try CSVParser.parse("a,b\n1,\"x, y\"\n", file: "t.csv")
/// records[1].cells[1].text   // "x, y"
/// ```
public enum CSVParser {
    /// Rows after the header a file may hold: a year of receipts or sign-in sheets is a few
    /// thousand; this bounds memory (about 300 bytes a row) on a hostile file.
    public static let maximumRows = 100_000
    /// Fields one record may hold (the importers name five or six columns).
    public static let maximumFields = 100

    public static func parse(_ text: String, file: String) throws(ScenarioError) -> [CSVRecord] {
        // The same rules as scenario text: no ESC/BEL sequence or direction override can reach
        // the record, and from it a terminal or a report.
        if let hostile = TextRules.firstRefused(in: text) {
            throw ScenarioError([Diagnostic(.error, "contains \(hostile.reason); delete it and import the file again (nothing was imported)",
                                            at: SourceLocation(file: file, line: hostile.line, column: hostile.column))])
        }
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [CSVRecord] = []
        var cells: [CSVCell] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1, recordLine = 1
        var quoted = false       // the current field started with a quote
        var inQuotes = false     // inside the quotes of the current field
        var afterClosingQuote = false
        var i = 0

        func fail(_ message: String, _ l: Int, _ c: Int) -> ScenarioError {
            ScenarioError([Diagnostic(.error, message, at: SourceLocation(file: file, line: l, column: c))])
        }
        var tooLarge: ScenarioError?
        func endField() {
            if cells.count < maximumFields {
                cells.append(CSVCell(text: String(field), line: fieldLine, column: fieldColumn))
            } else {
                tooLarge = tooLarge ?? fail("this row has more than \(maximumFields) fields; the importers read five or six columns", recordLine, 1)
            }
            field = String.UnicodeScalarView()
            quoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            // A blank line is one empty unquoted field: skip it.
            if !(cells.count == 1 && cells[0].text.isEmpty) {
                if records.count > maximumRows {
                    tooLarge = tooLarge ?? fail("has more than \(maximumRows) rows after the header; split it into several imports", recordLine, 1)
                } else {
                    records.append(CSVRecord(line: recordLine, cells: cells))
                }
            }
            cells = []
        }

        while i < scalars.count {
            if let tooLarge { throw tooLarge }
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2; column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else if c == "\n" || (c == "\r" && !(i + 1 < scalars.count && scalars[i + 1] == "\n")) {
                    field.append(c)
                    line += 1; column = 0
                } else {
                    field.append(c)
                }
                i += 1; column += 1
                continue
            }
            switch c {
            case ",":
                endField()
                fieldLine = line; fieldColumn = column + 1
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1; column = 0
                fieldLine = line; fieldColumn = 1; recordLine = line
            case "\"":
                if afterClosingQuote || !field.isEmpty || quoted {
                    throw fail("a double quote inside a field that does not start with one; quote the whole field and double the inner quotes (\"\")", line, column)
                }
                quoted = true
                inQuotes = true
            default:
                if afterClosingQuote {
                    throw fail("text after a closing quote; a quoted field must end at the comma or line end", line, column)
                }
                field.append(c)
            }
            i += 1; column += 1
        }
        if inQuotes {
            throw fail("this quoted field is never closed (a missing double quote)", fieldLine, fieldColumn)
        }
        if !field.isEmpty || !cells.isEmpty || quoted { endRecord() }
        if let tooLarge { throw tooLarge }
        return records
    }
}

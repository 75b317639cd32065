import Foundation
import XlsxWriter
import ZIPFoundation

/// An .xlsx file as read back: its sheets in order, every cell's formula and value, and the
/// workbook-level defined names. Only what `import-workbook` needs: no styles, no charts.
///
/// ```swift
/// let book = try XlsxDocument.read(path: "reports/riverside.xlsx")
/// book.definedNames["StipendHourlyRate"]              // Assumptions!B13
/// book.cell(named: "StipendHourlyRate")?.value         // .number(50, text: "50")
/// book.sheet("Budget")?.cells[CellAddress(row: 2, column: 4)]?.formula    // "SUM(B3:D3)" (E3)
/// ```
///
/// The file is untrusted: the zip is read with ZIPFoundation (entries by name, nothing written
/// to disk), each part is capped at `maximumPartBytes`, and XML is parsed with Foundation's
/// `XMLParser` with external entities off.
public struct XlsxDocument: Sendable {
    /// A cell as stored: its formula (without the leading `=`) and its value (for a formula, the
    /// value cached when the file was last saved).
    public struct Cell: Sendable, Equatable {
        public enum Value: Sendable, Equatable {
            /// `text` is the number as the file writes it, for messages.
            case number(Double, text: String)
            case text(String)
            case bool(Bool)
            case error(String)
            case empty
        }

        public var formula: String?
        public var value: Value

        public init(formula: String? = nil, value: Value) { (self.formula, self.value) = (formula, value) }

        /// The number a person typed (or a formula left), `nil` for text, errors and blanks.
        public var number: Double? { if case .number(let n, _) = value { n } else { nil } }
    }

    public struct Sheet: Sendable {
        public var name: String
        public var cells: [CellAddress: Cell]

        /// The cells that hold something (a formula or a value), in row-then-column order.
        public var filledAddresses: [CellAddress] {
            cells.filter { $0.value.formula != nil || $0.value.value != .empty }.keys.sorted()
        }
    }

    /// Where a defined name points: one cell on one sheet.
    public struct Reference: Sendable, Hashable, CustomStringConvertible {
        public var sheet: String
        public var cell: CellAddress

        public init(sheet: String, cell: CellAddress) { (self.sheet, self.cell) = (sheet, cell) }

        public var description: String { "\(sheet)!\(cell.a1)" }
    }

    public var sheets: [Sheet]
    /// Workbook-level names that point at a single cell (print titles, filter ranges and
    /// sheet-local names are left out).
    public var definedNames: [String: Reference]
    /// Custom document properties (File › Properties › Custom), by name.
    public var customProperties: [String: String] = [:]

    public func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    public func cell(named name: String) -> Cell? {
        guard let reference = definedNames[name] else { return nil }
        return sheet(reference.sheet)?.cells[reference.cell] ?? Cell(value: .empty)
    }

    /// The largest part (uncompressed) read from a file: the budget workbook's sheets are a
    /// few hundred kilobytes, so anything near this is not one of lcbudget's workbooks.
    public static let maximumPartBytes = 64 << 20

    /// The largest file read: a workbook past this is not one of lcbudget's.
    public static let maximumFileBytes = 256 << 20

    /// Reads the file into memory first and opens the archive over the bytes: ZIPFoundation's
    /// file-backed archive leaks the path's C string on every open (LeakSanitizer shows it),
    /// and a workbook is small.
    public static func read(path: String) throws(XlsxReadError) -> XlsxDocument {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumFileBytes else {
            throw .notAWorkbook("it is larger than \(maximumFileBytes >> 20) MiB; this is not an lcbudget workbook")
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .notAWorkbook("it cannot be read (\(error.localizedDescription))")
        }
        return try read(data: data)
    }

    public static func read(data: Data) throws(XlsxReadError) -> XlsxDocument {
        if let problem = ZipBounds.problem(in: data) {
            throw .notAWorkbook("it is not an .xlsx file (\(problem))")
        }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw .notAWorkbook("it is not an .xlsx file (not a zip archive)")
        }
        return try read(archive)
    }

    static func read(_ archive: Archive) throws(XlsxReadError) -> XlsxDocument {
        let workbookPart = "xl/workbook.xml"
        let workbook = try WorkbookPart.parse(part(workbookPart, of: archive), name: workbookPart)
        let relationships = try RelationshipsPart.parse(part("xl/_rels/workbook.xml.rels", of: archive),
                                                        name: "xl/_rels/workbook.xml.rels")
        let strings: [String]
        if archive["xl/sharedStrings.xml"] != nil {
            strings = try SharedStringsPart.parse(part("xl/sharedStrings.xml", of: archive), name: "xl/sharedStrings.xml")
        } else {
            strings = []
        }
        var sheets: [Sheet] = []
        for entry in workbook.sheets {
            guard let target = relationships[entry.relationship] else {
                throw .malformed(part: workbookPart, reason: "sheet '\(entry.name)' names no part")
            }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            let cells = try SheetPart.parse(part(path, of: archive), name: path, strings: strings)
            sheets.append(Sheet(name: entry.name, cells: cells))
        }
        var names: [String: Reference] = [:]
        for (name, text) in workbook.names {
            if let reference = parseReference(text) { names[name] = reference }
        }
        var custom: [String: String] = [:]
        if archive["docProps/custom.xml"] != nil {
            custom = try CustomPropertiesPart.parse(part("docProps/custom.xml", of: archive), name: "docProps/custom.xml")
        }
        return XlsxDocument(sheets: sheets, definedNames: names, customProperties: custom)
    }

    static func part(_ name: String, of archive: Archive) throws(XlsxReadError) -> Data {
        guard let entry = archive[name] else { throw .missingPart(name) }
        guard entry.uncompressedSize <= UInt64(maximumPartBytes) else { throw .tooLarge(name) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                // The size in the header can lie: stop at the cap whatever it says.
                if data.count > maximumPartBytes { throw XlsxReadError.tooLarge(name) }
            }
        } catch let error as XlsxReadError {
            throw error
        } catch {
            throw .malformed(part: name, reason: "it cannot be unpacked (\(error))")
        }
        return data
    }

    /// `Assumptions!$B$12`, `'Line items'!B2` -> sheet and cell; `nil` for ranges and anything else.
    public static func parseReference(_ text: String) -> Reference? {
        var body = text.trimmingCharacters(in: .whitespaces)
        if body.hasPrefix("=") { body.removeFirst() }
        guard let bang = body.lastIndex(of: "!") else { return nil }
        var sheet = String(body[..<bang])
        if sheet.hasPrefix("'") && sheet.hasSuffix("'") && sheet.count >= 2 {
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        guard let cell = parseAddress(String(body[body.index(after: bang)...])) else { return nil }
        return Reference(sheet: sheet, cell: cell)
    }

    /// `B12`, `$B$12` -> the cell; `nil` for anything else (ranges included).
    public static func parseAddress(_ text: String) -> CellAddress? {
        let plain = text.replacingOccurrences(of: "$", with: "").uppercased()
        let letters = plain.prefix { $0.isASCII && $0.isLetter }
        let digits = plain.dropFirst(letters.count)
        guard !letters.isEmpty, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let column = CellAddress.columnIndex(String(letters)), let row = Int(digits), row >= 1,
              row <= 1_048_576 else { return nil }
        return CellAddress(row: row - 1, column: column)
    }
}

/// Why an .xlsx could not be read, in words.
public enum XlsxReadError: Error, CustomStringConvertible, Equatable {
    case notAWorkbook(String)
    case missingPart(String)
    case malformed(part: String, reason: String)
    case tooLarge(String)

    public var description: String {
        switch self {
        case .notAWorkbook(let reason): reason
        case .missingPart(let part): "it is not an .xlsx workbook: the part \(part) is missing"
        case .malformed(let part, let reason): "the part \(part) is not valid: \(reason)"
        case .tooLarge(let part): "the part \(part) is larger than \(XlsxDocument.maximumPartBytes >> 20) MiB; this is not an lcbudget workbook"
        }
    }
}

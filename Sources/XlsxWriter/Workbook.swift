import CXlsxWriter
import Foundation

/// One .xlsx file being written: the only owner of libxlsxwriter's `lxw_workbook` handle.
///
/// ```swift
/// let workbook = try Workbook(path: "out.xlsx")
/// let sheet = try workbook.addWorksheet("Budget")
/// try sheet.write("Stipends", at: CellAddress(row: 0, column: 0))
/// try workbook.close()      // writes the file; any library error is thrown
/// ```
///
/// Sheets, formats and charts are valid only while the workbook is open; using them after
/// `close()` throws `XlsxError.workbookClosed`. A workbook dropped without `close()` is freed
/// without writing anything, so an abandoned export leaves no half-written file.
public final class Workbook {
    /// Options fixed when the workbook is created.
    public struct Options: Sendable {
        /// libxlsxwriter's constant-memory mode: each row is flushed to a temporary file when a
        /// later row of the same sheet is started, for every sheet of the workbook. Rows must then
        /// be written top to bottom; writing above the current row throws (instead of being
        /// dropped silently). Strings are stored inline rather than in a shared table.
        public var constantMemory: Bool
        /// Where libxlsxwriter keeps its temporary files (default: the system's).
        public var temporaryDirectory: String?

        public init(constantMemory: Bool = false, temporaryDirectory: String? = nil) {
            (self.constantMemory, self.temporaryDirectory) = (constantMemory, temporaryDirectory)
        }
    }

    public let path: String
    public let options: Options
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var sheetNames: [String] = []
    private var names: Set<String> = []
    private var formats: [UnsafeMutablePointer<lxw_format>] = []
    private var formatIndex: [FormatSpec: Format] = [:]
    /// The spec of each format, by index (print fitting reads wrapping and font size).
    private var specs: [FormatSpec] = []
    /// Large stdio buffers for the row files of constant-memory sheets (`RowFileBuffers`).
    private let rowFileBuffers = RowFileBuffers()

    /// Creates the workbook in memory; the file itself is written by `close()`.
    public init(path: String, options: Options = Options()) throws {
        guard !path.isEmpty else { throw XlsxError.cannotCreateFile(path: path, reason: "the path is empty") }
        self.path = path
        self.options = options
        var lxwOptions = lxw_workbook_options()
        lxwOptions.constant_memory = options.constantMemory ? 1 : 0
        let created: UnsafeMutablePointer<lxw_workbook>? = path.withCString { cPath in
            if let directory = options.temporaryDirectory {
                return directory.withCString { cDirectory in
                    lxwOptions.tmpdir = UnsafeMutablePointer(mutating: cDirectory)
                    return workbook_new_opt(cPath, &lxwOptions)
                }
            }
            return workbook_new_opt(cPath, &lxwOptions)
        }
        guard let created else {
            throw XlsxError.cannotCreateFile(path: path, reason: "libxlsxwriter could not allocate the workbook")
        }
        handle = created
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
    }

    /// True until `close()` has run.
    public var isOpen: Bool { handle != nil }

    /// The open handle, or a thrown `workbookClosed` naming what was attempted.
    func openHandle(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XlsxError.workbookClosed(operation: operation()) }
        return handle
    }

    // MARK: Sheets

    /// Adds a worksheet after the existing ones. The name is checked against Excel's rules
    /// (`NameRules.sheetNameProblem`) and against the other sheets, ignoring case.
    public func addWorksheet(_ name: String) throws -> Worksheet {
        let handle = try openHandle("add sheet \"\(name)\"")
        if let problem = NameRules.sheetNameProblem(name) { throw XlsxError.invalidSheetName(name, reason: problem) }
        if sheetNames.contains(where: { $0.lowercased() == name.lowercased() }) {
            throw XlsxError.duplicateSheetName(name)
        }
        guard let sheet = name.withCString({ workbook_add_worksheet(handle, $0) }) else {
            throw XlsxError.library(operation: "adding sheet \"\(name)\"", message: "libxlsxwriter refused the sheet")
        }
        sheetNames.append(name)
        if options.constantMemory { rowFileBuffers.attach(to: sheet) }
        return Worksheet(workbook: self, handle: sheet, name: name)
    }

    /// The sheet names in order.
    public var worksheetNames: [String] { sheetNames }

    // MARK: Formats

    /// Registers a cell format; the same spec always returns the same `Format`.
    public func addFormat(_ spec: FormatSpec) throws -> Format {
        let handle = try openHandle("add a format")
        if let existing = formatIndex[spec] { return existing }
        guard let format = workbook_add_format(handle) else {
            throw XlsxError.library(operation: "adding a format", message: "out of memory")
        }
        spec.apply(to: format)
        formats.append(format)
        specs.append(spec)
        let result = Format(workbookID: ObjectIdentifier(self), index: formats.count - 1)
        formatIndex[spec] = result
        return result
    }

    /// The C format of `format`, checking that it belongs to this workbook.
    func pointer(for format: Format?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        guard format.workbookID == ObjectIdentifier(self), format.index < formats.count else {
            throw XlsxError.foreignObject("a format")
        }
        return formats[format.index]
    }

    /// Whether cells of `format` wrap their text (read in place: asked for every text cell).
    func wraps(_ format: Format?) -> Bool {
        specIndex(format).map { specs[$0].wrapText } ?? false
    }

    /// The spec a format was registered with (nil for no format or another workbook's).
    func spec(for format: Format?) -> FormatSpec? {
        specIndex(format).map { specs[$0] }
    }

    /// Where `format`'s spec stands in `specs`, when it is one of this workbook's.
    private func specIndex(_ format: Format?) -> Int? {
        guard let format, format.workbookID == ObjectIdentifier(self), format.index < specs.count else { return nil }
        return format.index
    }

    // MARK: Names

    /// Defines a workbook-level name such as `StipendHourlyRate` for `=Assumptions!$C$5`.
    ///
    /// The name is checked against Excel's rules (`NameRules.definedNameProblem`) and against
    /// the names and table names already defined, ignoring case.
    public func defineName(_ name: String, refersTo formula: String) throws {
        let handle = try openHandle("define the name \(name)")
        try reserveName(name)
        guard !formula.trimmingWhitespace.isEmpty else {
            throw XlsxError.invalidArgument("the name \(name) must refer to something")
        }
        let formula = formula.hasPrefix("=") ? formula : "=" + formula
        let code = name.withCString { cName in formula.withCString { workbook_define_name(handle, cName, $0) } }
        guard code == LXW_NO_ERROR else {
            throw XlsxError.library(operation: "defining the name \(name)", message: XlsxError.message(code))
        }
    }

    /// Claims a workbook-level name (defined names and table names share one namespace).
    func reserveName(_ name: String) throws {
        if let problem = NameRules.definedNameProblem(name) { throw XlsxError.invalidDefinedName(name, reason: problem) }
        guard names.insert(name.uppercased()).inserted else { throw XlsxError.duplicateDefinedName(name) }
    }

    // MARK: Properties

    /// Sets title, subject, company and the creation time (see `DocumentProperties.created`).
    public func setProperties(_ properties: DocumentProperties) throws {
        let handle = try openHandle("set document properties")
        var strings: [UnsafeMutablePointer<CChar>] = []
        defer { strings.forEach { free($0) } }
        func c(_ text: String?) -> UnsafeMutablePointer<CChar>? {
            guard let text, let copy = strdup(text) else { return nil }
            strings.append(copy)
            return copy
        }
        var lxw = lxw_doc_properties()
        lxw.title = c(properties.title)
        lxw.subject = c(properties.subject)
        lxw.author = c(properties.author)
        lxw.company = c(properties.company)
        lxw.category = c(properties.category)
        lxw.keywords = c(properties.keywords)
        lxw.comments = c(properties.comments)
        let seconds = Int(properties.created.timeIntervalSince1970.rounded(.down))
        lxw.created = time_t(seconds == 0 ? 1 : seconds)
        let code = workbook_set_properties(handle, &lxw)
        guard code == LXW_NO_ERROR else {
            throw XlsxError.library(operation: "setting document properties", message: XlsxError.message(code))
        }
        for property in properties.custom {
            let code = workbook_set_custom_property_string(handle, property.name, property.value)
            guard code == LXW_NO_ERROR else {
                throw XlsxError.library(operation: "setting document property \(property.name)", message: XlsxError.message(code))
            }
        }
    }

    // MARK: Charts

    /// Adds a chart; place it on a sheet with `Worksheet.insertChart`.
    public func addChart(_ kind: Chart.Kind) throws -> Chart {
        let handle = try openHandle("add a chart")
        guard let chart = workbook_add_chart(handle, kind.lxwType) else {
            throw XlsxError.library(operation: "adding a chart", message: "libxlsxwriter refused the chart")
        }
        return Chart(workbook: self, handle: chart)
    }

    // MARK: Closing

    /// Writes the .xlsx file and frees the handle. Throws when the file cannot be created or
    /// libxlsxwriter reports any error; the workbook is closed either way.
    public func close() throws {
        let handle = try openHandle("close the workbook")
        self.handle = nil
        formats = []
        errno = 0
        rowFileBuffers.closing()
        let code = workbook_close(handle)
        switch code {
        case LXW_NO_ERROR:
            rowFileBuffers.closed()
            return
        case LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE:
            let reason = errno == 0 ? XlsxError.message(code) : String(cString: strerror(errno))
            throw XlsxError.cannotCreateFile(path: path, reason: reason)
        default:
            throw XlsxError.library(operation: "writing \(path)", message: XlsxError.message(code))
        }
    }
}

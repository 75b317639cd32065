import CXlsxWriter

/// Everything that can go wrong while writing a workbook, each with a message a person can act on.
///
/// Errors about one cell name the sheet and the cell (`Budget!C7: ...`); errors from
/// libxlsxwriter itself carry the library's own explanation (`lxw_strerror`).
public enum XlsxError: Error, Equatable, CustomStringConvertible {
    /// The .xlsx file (or libxlsxwriter's temporary files) could not be created.
    case cannotCreateFile(path: String, reason: String)
    /// A sheet name Excel would refuse or repair.
    case invalidSheetName(String, reason: String)
    /// Two sheets whose names differ only in case, which Excel treats as the same.
    case duplicateSheetName(String)
    /// A workbook-level name (defined name or table name) Excel would refuse.
    case invalidDefinedName(String, reason: String)
    /// A defined or table name already used in this workbook (names are case-insensitive).
    case duplicateDefinedName(String)
    /// Something was written to a workbook that is already closed (or to one of its sheets).
    case workbookClosed(operation: String)
    /// A cell could not be written: `cell` is `Sheet!A1`.
    case cell(String, reason: String)
    /// A format, chart or sheet from another workbook was passed in.
    case foreignObject(String)
    /// An argument the library would reject or silently misread.
    case invalidArgument(String)
    /// Any other libxlsxwriter error, with the operation and the library's message.
    case library(operation: String, message: String)

    public var description: String {
        switch self {
        case .cannotCreateFile(let path, let reason): "cannot create workbook \(path): \(reason)"
        case .invalidSheetName(let name, let reason): "invalid sheet name \"\(name)\": \(reason)"
        case .duplicateSheetName(let name): "a sheet named \"\(name)\" already exists (sheet names ignore case)"
        case .invalidDefinedName(let name, let reason): "invalid name \"\(name)\": \(reason)"
        case .duplicateDefinedName(let name):
            "the name \"\(name)\" is already defined in this workbook (names ignore case)"
        case .workbookClosed(let operation): "cannot \(operation): the workbook is already closed"
        case .cell(let cell, let reason): "\(cell): \(reason)"
        case .foreignObject(let what): "\(what) belongs to another workbook"
        case .invalidArgument(let message): message
        case .library(let operation, let message): "\(operation) failed: \(message)"
        }
    }

    /// The library's message for an error code.
    static func message(_ code: lxw_error) -> String {
        guard let text = lxw_strerror(code) else { return "libxlsxwriter error \(code.rawValue)" }
        return String(cString: text)
    }
}

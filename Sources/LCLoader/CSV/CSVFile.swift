import Foundation

/// Reads a CSV file's text, refusing what is not a readable UTF-8 text file.
public enum CSVFile {
    /// A year of receipts or sign-in sheets is well under this.
    public static let maximumBytes = 32 * 1_048_576

    public static func read(path: String) throws(ScenarioError) -> String {
        func fail(_ message: String) -> ScenarioError { ScenarioError([Diagnostic(.error, message, file: path)]) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail("no such file") }
        if isDirectory.boolValue { throw fail("is a directory, not a CSV file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("cannot be read (check its permissions)") }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        if data.count > maximumBytes { throw fail("is larger than 32 MB; split it into several imports") }
        if data.firstIndex(of: 0) != nil { throw fail("is not a text file (it holds binary data); export it from the spreadsheet as CSV") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw fail("is not UTF-8 text; export it from the spreadsheet as \"CSV UTF-8\"")
        }
        return text
    }
}

import Foundation
import XlsxWriter

/// A fresh temporary folder per test, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsxwriter-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// One part of an .xlsx package (a zip) as text, read with `unzip -p`.
func packagePart(_ file: URL, _ part: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-p", file.path, part]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// The `<c>` element of one cell in a sheet's XML (`r="A1"` ... `</c>` or `/>`).
func cellXML(_ sheetXML: String, _ reference: String) -> String? {
    guard let start = sheetXML.range(of: "<c r=\"\(reference)\"") else { return nil }
    let rest = sheetXML[start.lowerBound...]
    guard let end = rest.range(of: "</c>") ?? rest.range(of: "/>") else { return nil }
    return String(rest[..<end.upperBound])
}

import Foundation

/// The package folder, found from this file (Tests/TestSupport/PackagePaths.swift), so tests read
/// the shipped scenarios and fixtures wherever the clone is.
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `scenarios/NAME` in the package.
public func scenarioPath(_ name: String) -> String { packageRoot.appendingPathComponent("scenarios/\(name)").path }

/// A new empty folder under the system's temporary directory (the test removes it).
public func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-test-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// One part of an .xlsx package (a zip) as text, read with `unzip -p` (no code of the writer
/// under test reads it back).
public func packagePart(_ file: URL, _ part: String) throws -> String {
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

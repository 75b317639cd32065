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

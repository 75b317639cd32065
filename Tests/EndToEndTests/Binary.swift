import Foundation

/// The package folder, found from this file (Tests/EndToEndTests/Binary.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func scenarioPath(_ name: String) -> String { packageRoot.appendingPathComponent("scenarios/\(name)").path }

/// What one run of the built `lcbudget` printed and returned.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `.build/debug/lcbudget` (built by `swift build`; `make test` builds it first).
func lcbudget(_ arguments: String..., in directory: URL? = nil) throws -> Run {
    try lcbudget(arguments, in: directory)
}

/// `lcbudget(_:in:)` with the arguments as an array; `environment` adds to (or replaces in) the
/// test's own environment (`["COLUMNS": "80"]`).
func lcbudget(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
    let binary = packageRoot.appendingPathComponent(".build/debug/lcbudget")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        throw BinaryMissing(path: binary.path)
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    // Output goes to files, not pipes, so a large output can never stall the child.
    let folder = temporaryFolder()
    let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
    try? FileManager.default.removeItem(at: folder)
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errData, as: UTF8.self))
}

struct BinaryMissing: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path) is missing: run `swift build` (or `make test`) before the end-to-end tests" }
}

func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-e2e-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

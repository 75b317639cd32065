import Foundation

/// The `lcbudget` executable the test targets depend on, found beside the running test bundle
/// (as swift-argument-parser's end-to-end tests find theirs): the debug build under `swift test`,
/// the sanitized build under `swift test --sanitize=…`, never a hard-coded `.build/debug` path.
///
/// ```swift
/// let run = try LCBudgetBinary.run(["project", scenarioPath("riverside-worked-example.yaml")])
/// run.status   // 0
/// ```
public enum LCBudgetBinary {
    /// The folder SwiftPM builds products into for this test run (the test bundle's folder).
    public static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent()
        #else
        return Bundle.main.bundleURL
        #endif
    }

    public static var url: URL { productsDirectory.appendingPathComponent("lcbudget") }

    /// The test harness `lcbudget-test-hooks` (Tests/TestHooksBinary): the same command line with
    /// the crash tests' pauses switched on by `LCBUDGET_TEST_PAUSE_MID_OUTPUT` and
    /// `LCBUDGET_TEST_PAUSE_MID_IMPORT`; the shipped binary reads neither.
    public static var withTestHooks: URL { productsDirectory.appendingPathComponent("lcbudget-test-hooks") }

    /// `url` (or `withTestHooks`), or an error saying how to build it.
    public static func checked(hooks: Bool = false) throws -> URL {
        let binary = hooks ? withTestHooks : url
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw BinaryMissing(path: binary.path) }
        return binary
    }

    /// Runs the binary to completion. Its output goes to files, not pipes, so a large output can
    /// never stall the child while the test waits (the deadlock of reading two pipes in turn).
    /// `environment` adds to (or replaces in) the test's own environment (`["COLUMNS": "80"]`);
    /// `input` is written to its standard input.
    public static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                           input: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try checked()
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        if let input {
            let inURL = folder.appendingPathComponent("stdin")
            _ = FileManager.default.createFile(atPath: inURL.path, contents: input)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// What one run of the built `lcbudget` printed and returned.
public struct Run: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public struct BinaryMissing: Error, CustomStringConvertible {
    public var path: String
    public var description: String { "\(path) is missing: run `swift build --build-tests` (or `make test`) before the end-to-end tests" }
}

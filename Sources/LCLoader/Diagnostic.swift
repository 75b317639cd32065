/// A place in a scenario or data file: 1-based line and column.
public struct SourceLocation: Sendable, Equatable, Hashable {
    public var file: String
    public var line, column: Int

    public init(file: String, line: Int, column: Int) { (self.file, self.line, self.column) = (file, line, column) }
}

/// One error or warning about an input file, printed as `FILE:LINE:COLUMN: error: message`.
///
/// ```swift
/// Diagnostic(.error, "years must be a whole number from 1 to 5, found 7",
///            at: SourceLocation(file: "a.yaml", line: 6, column: 8)).description
/// // "a.yaml:6:8: error: years must be a whole number from 1 to 5, found 7"
/// ```
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    /// `nil` when the problem is the file as a whole (missing, a directory, unreadable).
    public var location: SourceLocation?
    /// Only for the file-level problems: the path.
    public var file: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
        self.file = location.file
    }

    public init(_ severity: Severity, _ message: String, file: String) {
        self.severity = severity
        self.message = message
        self.location = nil
        self.file = file
    }

    public var description: String {
        if let location {
            return "\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        }
        return "\(file): \(severity.rawValue): \(message)"
    }
}

/// A scenario file that cannot be used: every problem found, in file order.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// What an import file holds.
public enum ImportKind: String, Sendable {
    case actuals, attendance

    /// "actual spending", "attendance" for messages.
    public var noun: String { self == .actuals ? "actual spending" : "attendance" }
}

/// One import as recorded: which file, its hash, when, how many rows.
public struct ImportSummary: Sendable, Equatable {
    public var id: Int64
    public var scenario: String
    public var kind: ImportKind
    public var fileName, contentSHA256, importedAt: String
    public var rowCount: Int
    /// The earlier import of the same content, when this one was made with `--again`.
    public var repeatOf: Int64?
}

/// A value read from one row of an import file, with the row's line number (kept in the store
/// so a figure can be traced back to its line).
public struct ImportedRow<Value: Sendable & Equatable>: Sendable, Equatable {
    public var line: Int
    public var value: Value

    public init(line: Int, value: Value) { (self.line, self.value) = (line, value) }
}

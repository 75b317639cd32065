import LCModel

extension FieldSpec {
    /// The `indices` to set the field at in `scenario`, for tests that push every field to a
    /// bound: `[[]]` for a plain field, every element for `other.*.annual`, `funding.*.planning`
    /// and `funding.*.by_year.*` (each source × each year), none for the other list fields.
    ///
    /// ```swift
    /// FieldRegistry.field("funding.*.by_year.*")!.boundIndices(in: riverside)   // [[0, 0], [0, 1], [1, 0], [1, 1]]
    /// ```
    public func boundIndices(in s: Scenario) -> [[Int]] {
        switch path {
        case "other.*.annual": s.other.indices.map { [$0] }
        case "funding.*.by_year.*": (s.funding ?? []).indices.flatMap { f in (0..<s.years).map { [f, $0] } }
        case "funding.*.planning": (s.funding ?? []).indices.map { [$0] }
        default: wildcardCount == 0 ? [[]] : []
        }
    }
}

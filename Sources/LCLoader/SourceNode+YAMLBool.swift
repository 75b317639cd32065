extension SourceNode {
    /// The scalar read as a YAML 1.1 boolean, exactly as Yams's `node.bool` reads it, without
    /// consulting the tag resolver.
    ///
    /// The text is a boolean when it is `true`/`false`, `yes`/`no` or `on`/`off` in any case
    /// (`tRUE` included), unless the scalar is tagged `!!str`. Quoting is the callers' business
    /// (they require a plain scalar).
    ///
    /// ```swift
    /// SourceTree.converting(try Yams.compose(yaml: "On")!).root.yamlBool         // true
    /// SourceTree.converting(try Yams.compose(yaml: "!!str on")!).root.yamlBool   // nil
    /// ```
    ///
    /// `ScenarioLoader` composes with a resolver holding no rules (each rule is an ICU regular
    /// expression that Yams's duplicate-key check runs on every mapping key). `node.bool` would
    /// still answer the same today, because Yams's `Bool.construct` reads the tag as written
    /// rather than resolved; this check states the rule in lcbudget's own terms so it cannot
    /// change with the resolver. `YAMLBoolTests` compares it with `node.bool` under Yams's
    /// default resolver for every spelling, style and tag.
    var yamlBool: Bool? {
        guard let scalar, scalar.tag != "tag:yaml.org,2002:str" else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}

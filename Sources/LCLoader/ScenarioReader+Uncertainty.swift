import Foundation
import LCModel

/// Reads the optional `uncertainty:` section (docs/uncertainty.md):
///
/// ```yaml
/// uncertainty:
///   stipends.hourly_rate:    { triangular: { low: 45, mode: 50, high: 60 } }
///   substitutes.daily_rate:  { uniform: { low: 180, high: 240 } }
///   escalation.compensation: { normal: { mean: 0.03, sd: 0.01 } }
///   cohort.participants:     { discrete: { values: [20, 24, 28], weights: [1, 2, 1] } }
/// ```
///
/// Every input is checked against the scenario it belongs to: the path must be a numeric input
/// that changes a cost line, its section must be present, and every parameter must lie in the
/// field's valid range (whole numbers for whole-number fields).
extension ScenarioReader {
    static let distributionParameters: [String: [String]] = [
        "uniform": ["low", "high"],
        "triangular": ["low", "mode", "high"],
        "normal": ["mean", "sd"],
        "discrete": ["values", "weights"],
    ]
    static let distributionNames = ["uniform", "triangular", "normal", "discrete"]

    func readUncertainty(_ top: MappingReader, scenario: Scenario) -> Uncertainty? {
        guard let node = top.value("uncertainty") else { return nil }
        guard let mapping = node.mapping else {
            validation.error("uncertainty must be a mapping of input paths to distributions, for example 'stipends.hourly_rate: { uniform: { low: 45, high: 60 } }'", at: node)
            return nil
        }
        if mapping.isEmpty {
            validation.error("uncertainty names no input; give at least one, for example 'stipends.hourly_rate: { uniform: { low: 45, high: 60 } }', or remove the section", at: node)
            return nil
        }
        // A scenario whose required keys failed is read into a placeholder cohort; cohort paths
        // are then checked against nothing real, so they are left for the next run.
        let placeholder = scenario.name.isEmpty
        let catalog = UncertainField.catalog(for: scenario)
        var inputs: [(UncertainInput, SourceNode)] = []
        var failed = false
        for (keyNode, valueNode) in mapping {
            guard let path = keyNode.string else {
                validation.error("uncertainty keys must be input paths such as stipends.hourly_rate", at: keyNode)
                failed = true
                continue
            }
            validation.record("uncertainty.\(path)", valueNode)
            if placeholder && path.hasPrefix("cohort.") { failed = true; continue }
            guard let field = catalog.first(where: { $0.path == path }) else {
                validation.error(unknownPathMessage(path, catalog: catalog, scenario: scenario), at: keyNode)
                failed = true
                continue
            }
            if let reason = field.unavailableReason(in: scenario) {
                validation.error("uncertainty cannot vary \(path): \(reason)", at: keyNode)
                failed = true
                continue
            }
            guard let input = readInput(path: path, field: field, node: valueNode, scenario: scenario) else {
                failed = true
                continue
            }
            inputs.append((input, keyNode))
        }
        guard !failed, checkCohortPairs(&inputs) else { return nil }
        addFollowers(&inputs)
        return Uncertainty(inputs: inputs.map(\.0))
    }

    private func unknownPathMessage(_ path: String, catalog: [UncertainField], scenario: Scenario) -> String {
        if let reason = UncertainField.noCostEffect[path] {
            return "uncertainty cannot vary \(path): \(reason)"
        }
        var message = "uncertainty names an unknown input '\(path)'"
        if path.hasPrefix("cohort.by_year"), scenario.cohort.byYear == nil {
            return message + "; the scenario has no cohort.by_year, so name cohort.participants or cohort.leaders"
        }
        if path.hasPrefix("other[") {
            let count = scenario.other.count
            if count == 0 { return message + "; the scenario has no other costs" }
            return message + "; the scenario's other costs are other[0].annual … other[\(count - 1)].annual"
        }
        if ScenarioReader.topKeys.contains(path) {
            return message + "; name one input of the section by its dotted path, for example '\(catalog.first { $0.path.hasPrefix(path + ".") }?.path ?? "stipends.hourly_rate")'"
        }
        if let hint = Suggestion.nearest(to: path, in: catalog.map(\.path)) {
            message += "; did you mean '\(hint)'?"
        } else {
            message += "; inputs that can vary include stipends.hourly_rate, substitutes.daily_rate, escalation.compensation and cohort.participants (docs/uncertainty.md lists them all)"
        }
        return message
    }

    /// One `{ kind: { parameters } }` value, checked against the field's range.
    private func readInput(path: String, field: UncertainField, node: SourceNode, scenario: Scenario) -> UncertainInput? {
        let name = "uncertainty.\(path)"
        guard let d = MappingReader(node, path: name, allowed: Self.distributionNames, validation: validation) else { return nil }
        let kinds = Self.distributionNames.filter { d.has($0) }
        guard kinds.count == 1, let kind = kinds.first else {
            if kinds.count > 1 {
                validation.error("\(name) must name exactly one distribution, found \(kinds.joined(separator: " and "))", at: node)
            } else if node.mapping?.isEmpty ?? true {
                validation.error("\(name) must name one distribution: uniform, triangular, normal or discrete", at: node)
            }
            return nil
        }
        guard let p = d.section(kind, allowed: Self.distributionParameters[kind]!) else { return nil }
        let range = field.validRange(in: scenario)
        let rule = rangeText(range, integer: field.isInteger)

        /// A parameter that is a draw's possible value: exact, whole when the field is, in range.
        func value(_ key: String) -> Decimal? {
            guard let node = p.value(key) else {
                p.missing(key, "a number")
                return nil
            }
            return checkedValue(node, name: p.qualified(key), field: field, range: range, rule: rule)
        }

        let distribution: Distribution
        switch kind {
        case "uniform":
            let low = value("low"), high = value("high")
            guard let low, let high else { return nil }
            if low > high {
                validation.error("\(name).uniform.low (\(low.plainText)) must not be greater than high (\(high.plainText))", at: p.value("low")!)
                return nil
            }
            distribution = .uniform(low: low, high: high)
        case "triangular":
            let low = value("low"), mode = value("mode"), high = value("high")
            guard let low, let mode, let high else { return nil }
            if low > high {
                validation.error("\(name).triangular.low (\(low.plainText)) must not be greater than high (\(high.plainText))", at: p.value("low")!)
                return nil
            }
            if mode < low || mode > high {
                validation.error("\(name).triangular.mode (\(mode.plainText)) must lie between low (\(low.plainText)) and high (\(high.plainText))", at: p.value("mode")!)
                return nil
            }
            distribution = .triangular(low: low, mode: mode, high: high)
        case "normal":
            // The mean is not a draw, so it need not be whole; it must lie in the range so the
            // truncated normal is centred on a possible value.
            let meanNode = p.value("mean"), sdNode = p.value("sd")
            if meanNode == nil { p.missing("mean", "a number") }
            if sdNode == nil { p.missing("sd", "a number >= 0") }
            let mean = meanNode.flatMap { checkedValue($0, name: p.qualified("mean"), field: field, range: range, rule: rule, wholeRequired: false) }
            let sd = sdNode.flatMap { MappingReader.decimal($0, name: p.qualified("sd"), min: 0, max: nil, validation: validation) }
            guard let mean, let sd else { return nil }
            distribution = .normal(mean: mean, sd: sd)
        default:
            guard let values = readList(p, "values", required: true, field: field, range: range, rule: rule) else { return nil }
            if values.isEmpty {
                validation.error("\(name).discrete.values must list at least one value", at: p.value("values")!)
                return nil
            }
            var weights = [Decimal](repeating: 1, count: values.count)
            if let listNode = p.value("weights") {
                guard !p.splitByCommas("weights"), let items = p.list("weights") else { return nil }
                if items.count != values.count {
                    validation.error("\(name).discrete.weights must have one weight per value (\(values.count)), found \(items.count)", at: listNode)
                    return nil
                }
                var parsed: [Decimal] = []
                for (index, item) in items.enumerated() {
                    let itemName = "\(name).discrete.weights[\(index)]"
                    guard let weight = MappingReader.decimal(item, name: itemName, min: nil, max: nil, validation: validation) else { return nil }
                    if weight <= 0 {
                        validation.error("\(itemName) must be a number > 0 (weights are relative chances), found \(weight.plainText)", at: item)
                        return nil
                    }
                    parsed.append(weight)
                }
                weights = parsed
            }
            distribution = .discrete(values: values, weights: weights)
        }
        return UncertainInput(path: path, distribution: distribution, isInteger: field.isInteger,
                              lowerBound: range.lower, upperBound: range.upper)
    }

    private func readList(_ p: MappingReader, _ key: String, required: Bool, field: UncertainField,
                          range: (lower: Decimal?, upper: Decimal?), rule: String) -> [Decimal]? {
        guard p.has(key) else {
            if required { p.missing(key, "a list of numbers") }
            return nil
        }
        guard !p.splitByCommas(key), let items = p.list(key) else { return nil }
        var values: [Decimal] = []
        for (index, item) in items.enumerated() {
            guard let value = checkedValue(item, name: "\(p.qualified(key))[\(index)]", field: field, range: range, rule: rule) else { return nil }
            values.append(value)
        }
        return values
    }

    /// An exact number that the field could hold: whole when the field counts things, in range.
    private func checkedValue(_ node: SourceNode, name: String, field: UncertainField, range: (lower: Decimal?, upper: Decimal?),
                              rule: String, wholeRequired: Bool = true) -> Decimal? {
        guard let value = MappingReader.decimal(node, name: name, min: nil, max: nil, validation: validation) else { return nil }
        if wholeRequired && field.isInteger && !value.isWhole {
            validation.error("\(name) must be a whole number (\(field.path) is a count), found \(value.plainText)", at: node)
            return nil
        }
        if let lower = range.lower, value < lower {
            validation.error("\(name) must be \(rule) (the valid range of \(field.path)), found \(value.plainText)", at: node)
            return nil
        }
        if let upper = range.upper, value > upper {
            validation.error("\(name) must be \(rule) (the valid range of \(field.path)), found \(value.plainText)", at: node)
            return nil
        }
        return value
    }

    private func rangeText(_ range: (lower: Decimal?, upper: Decimal?), integer: Bool) -> String {
        let kind = integer ? "a whole number" : "a number"
        switch (range.lower, range.upper) {
        case let (lo?, hi?): return "\(kind) from \(lo.plainText) to \(hi.plainText)"
        case let (lo?, nil): return "\(kind) >= \(lo.plainText)"
        case let (nil, hi?): return "\(kind) <= \(hi.plainText)"
        default: return kind
        }
    }

    /// Leaders and participants both uncertain: every draw must keep leaders ≤ participants, so
    /// both need bounded distributions whose ranges do not overlap the wrong way.
    private func checkCohortPairs(_ inputs: inout [(UncertainInput, SourceNode)]) -> Bool {
        var pairs = [("cohort.participants", "cohort.leaders")]
        for index in 0..<5 { pairs.append(("cohort.by_year[\(index)].participants", "cohort.by_year[\(index)].leaders")) }
        var ok = true
        for (participantsPath, leadersPath) in pairs {
            guard let p = inputs.firstIndex(where: { $0.0.path == participantsPath }),
                  let l = inputs.firstIndex(where: { $0.0.path == leadersPath }) else { continue }
            let later = max(p, l)
            let pLow = inputs[p].0.distribution.support.lower, lHigh = inputs[l].0.distribution.support.upper
            guard let pLow, let lHigh else {
                validation.error("\(leadersPath) and \(participantsPath) are both uncertain; give both a uniform, triangular or discrete distribution (not normal) so every draw keeps leaders <= participants", at: inputs[later].1)
                ok = false
                continue
            }
            if lHigh > pLow {
                validation.error("\(leadersPath) can be drawn as high as \(lHigh.plainText) but \(participantsPath) as low as \(pLow.plainText); every draw must keep leaders <= participants (participants include leaders)", at: inputs[later].1)
                ok = false
                continue
            }
            inputs[p].0.lowerBound = max(1, lHigh)
            inputs[l].0.upperBound = pLow
        }
        return ok
    }

    /// Defaults that follow another input move with it: a leader rate the file leaves out is
    /// the hourly rate; coaching sessions left out are the meetings per year.
    private func addFollowers(_ inputs: inout [(UncertainInput, SourceNode)]) {
        let links = [("stipends.hourly_rate", "stipends.leader_hourly_rate"),
                     ("meetings.per_year", "coaching.sessions_per_year")]
        for (leader, follower) in links {
            guard let index = inputs.firstIndex(where: { $0.0.path == leader }),
                  validation.locations[follower] == nil,
                  !inputs.contains(where: { $0.0.path == follower }) else { continue }
            // The follower's section must exist for it to have lines (coaching may be absent).
            if follower == "coaching.sessions_per_year" && validation.locations["coaching"] == nil { continue }
            if follower == "stipends.leader_hourly_rate" && validation.locations["stipends"] == nil { continue }
            inputs[index].0.followers.append(follower)
        }
    }
}

extension Decimal {
    /// No fractional part.
    var isWhole: Bool {
        var copy = self, rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 0, .plain)
        return rounded == self
    }
}

import Foundation
import LCModel

/// Reads the funding-analytics keys (docs/funding.md): `fiscal_year_start_month`, `form_524`,
/// `indirect.program` / `de_minimis` / `award_date`, and `covers` / `federal` / `planning` on
/// each funding source.
///
/// The sections' own readers have already refused unknown keys; this pass looks the extra keys
/// up in the same nodes, so no problem is reported twice.
extension ScenarioReader {
    func readFundingTerms(_ top: MappingReader, into scenario: inout Scenario) {
        if let month = top.whole("fiscal_year_start_month") { scenario.fiscalYearStartMonth = month }
        var terms = FundingTerms()
        if let indirect = top.value("indirect"), indirect.mapping != nil {
            readIndirectTerms(indirect, into: &terms)
        }
        var coverLineNodes: [(source: Int, key: String, node: SourceNode)] = []
        if let list = top.value("funding")?.sequence {
            terms.sources = list.enumerated().map { index, node in
                readSourceTerms(node, index: index, coverLineNodes: &coverLineNodes)
            }
        }
        var overrideNodes: [(key: String, keyNode: SourceNode)] = []
        if let node = top.value("form_524") {
            if let mapping = node.mapping {
                for (keyNode, valueNode) in mapping {
                    guard let key = keyNode.string else {
                        validation.error("form_524 keys must be line keys such as other.0 or categories such as kits", at: keyNode)
                        continue
                    }
                    validation.record("form_524.\(key)", valueNode)
                    let names = ED524Line.assignable.compactMap(\.scenarioName)
                    guard let text = valueNode.string, let line = ED524Line(scenarioName: text) else {
                        var message = "form_524.\(key) must be one of \(names.joined(separator: ", ")), found \(MappingReader.shown(valueNode))"
                        if let text = valueNode.string, let hint = Suggestion.nearest(to: text, in: names) {
                            message += "; did you mean '\(hint)'?"
                        } else if ["indirect", "indirect_costs", "total", "total_direct"].contains(valueNode.string ?? "") {
                            message += " (lines 9, 10 and 12 are computed)"
                        }
                        validation.error(message, at: valueNode)
                        continue
                    }
                    terms.form524[key] = line
                    overrideNodes.append((key, keyNode))
                }
            } else {
                validation.error("form_524 must be a mapping of line keys (other.0) or categories (kits) to ED 524 lines", at: node)
            }
        }
        scenario.fundingTerms = terms
        // Line keys can only be checked against the lines of a projection: the pipeline's
        // check stage does it (`Analysis`), so loading never runs the projector.
        validation.lineKeyReferences = overrideNodes.map { LineKeyReference(place: .form524, key: $0.key, location: validation.location(of: $0.keyNode)) }
            + coverLineNodes.map { LineKeyReference(place: .covers(source: $0.source), key: $0.key, location: validation.location(of: $0.node)) }
    }

    private func readIndirectTerms(_ node: SourceNode, into terms: inout FundingTerms) {
        if let value = Self.lookup(node, "program") {
            validation.record("indirect.program", value)
            let names = IndirectProgram.allCases.map(\.rawValue)
            if let text = value.string, let program = IndirectProgram(rawValue: text) {
                terms.indirectProgram = program
            } else {
                validation.error("indirect.program must be one of \(names.joined(separator: ", ")), found \(MappingReader.shown(value))", at: value)
            }
        }
        if let value = Self.lookup(node, "de_minimis") {
            validation.record("indirect.de_minimis", value)
            if let flag = Self.bool(value) { terms.deMinimis = flag } else {
                validation.error("indirect.de_minimis must be true or false, found \(MappingReader.shown(value))", at: value)
            }
        }
        if let value = Self.lookup(node, "award_date") {
            validation.record("indirect.award_date", value)
            if let text = value.string, let date = CivilDate(iso: text) { terms.awardDate = date } else {
                validation.error("indirect.award_date must be a date as YYYY-MM-DD, found \(MappingReader.shown(value))", at: value)
            }
        }
    }

    private func readSourceTerms(_ node: SourceNode, index: Int, coverLineNodes: inout [(source: Int, key: String, node: SourceNode)]) -> SourceTerms {
        var terms = SourceTerms()
        let path = "funding[\(index)]"
        guard node.mapping != nil else { return terms }
        if let value = Self.lookup(node, "covers") {
            validation.record("\(path).covers", value)
            let names = CostCategory.allCases.map(\.rawValue)
            if let items = value.sequence, !items.isEmpty {
                var covers: [CostCategory] = []
                for (i, item) in items.enumerated() {
                    // A line key (`food.meals`): checked against the scenario's lines once it is read.
                    if let text = item.string, text.contains(".") {
                        if terms.coverLines.contains(text) { validation.error("\(path).covers names \(text) twice", at: item) }
                        terms.coverLines.append(text)
                        coverLineNodes.append((index, text, item))
                        continue
                    }
                    guard let text = item.string, let category = CostCategory(rawValue: text) else {
                        var message = "\(path).covers[\(i)] must be a category (\(names.joined(separator: ", "))) or a line key such as food.meals, found \(MappingReader.shown(item))"
                        if let text = item.string, let hint = Suggestion.nearest(to: text, in: names) { message += "; did you mean '\(hint)'?" }
                        validation.error(message, at: item)
                        continue
                    }
                    if covers.contains(category) {
                        validation.error("\(path).covers names \(text) twice", at: item)
                    }
                    covers.append(category)
                }
                terms.covers = covers
            } else {
                validation.error("\(path).covers must be a non-empty list of categories (\(names.joined(separator: ", "))) or line keys (food.meals); leave it out to cover every category", at: value)
            }
        }
        if let value = Self.lookup(node, "federal") {
            validation.record("\(path).federal", value)
            if let flag = Self.bool(value) {
                terms.federal = flag
            } else if value.mapping != nil {
                terms.federalAmounts = federalAmounts(value, path: "\(path).federal")
            } else if value.scalar?.style == .plain, let share = value.scalar.flatMap({ Decimal(string: $0.string, locale: Locale(identifier: "en_US_POSIX")) }),
                      share >= 0, share <= 1, value.scalar!.string.allSatisfy({ $0.isNumber || $0 == "." }) {
                terms.federalShare = share
            } else {
                validation.error("\(path).federal must be true, false or the federal share of what the source pays, from 0 to 1 (such as 0.4 for a grant that is 40% federal pass-through), or { by_year: [amounts] } for federal amounts per year, found \(MappingReader.shown(value))", at: value)
            }
        }
        if let value = Self.lookup(node, "allocation") {
            validation.record("\(path).allocation", value)
            if let text = value.string, let rule = SourceTerms.Allocation(rawValue: text) {
                terms.allocation = rule
            } else {
                let names = SourceTerms.Allocation.allCases.map(\.rawValue)
                let hint = value.scalar.flatMap { Suggestion.nearest(to: $0.string, in: names) }.map { "; did you mean '\($0)'?" } ?? ""
                validation.error("\(path).allocation must be priority (pay the covered categories in order until the amount is spent) or proportional (the same share of each covered cost), found \(MappingReader.shown(value))\(hint)", at: value)
            }
        }
        if let value = Self.lookup(node, "planning") {
            validation.record("\(path).planning", value)
            if let amount = MappingReader.number(value, path: "\(path).planning", validation: validation) {
                terms.planning = amount
            }
        }
        return terms
    }

    /// The value node of `key` in a mapping node.
    static func lookup(_ node: SourceNode, _ key: String) -> SourceNode? {
        node.mapping?.first { $0.key.string == key }?.value
    }

    /// A plain `true` / `false` scalar.
    /// `federal: { by_year: [80000, 80000], planning: 2000 }`: the federal amount of each
    /// period (planning first, 0 when not given); nil after reporting a mistake.
    private func federalAmounts(_ node: SourceNode, path: String) -> [Decimal]? {
        guard let m = MappingReader(node, path: path, allowed: ["by_year", "planning"], validation: validation) else { return nil }
        guard let items = m.list("by_year") else {
            if !m.has("by_year") { m.missing("by_year", "a list of federal amounts, one per project year") }
            return nil
        }
        // Dollars, bounded as the source's own amounts are (the registry's planning and by_year).
        var amounts: [Decimal] = [0]
        if let planning = m.value("planning") {
            let rule = NumberRule(MappingReader.spec("funding.*.planning"))
            guard let amount = MappingReader.number(planning, name: "\(path).planning", rule: rule, validation: validation) else { return nil }
            amounts[0] = amount
        }
        let rule = NumberRule(MappingReader.spec("funding.*.by_year.*"))
        for (i, item) in items.enumerated() {
            guard let amount = MappingReader.number(item, name: "\(path).by_year[\(i)]", rule: rule, validation: validation) else { return nil }
            amounts.append(amount)
        }
        return amounts
    }

    static func bool(_ node: SourceNode) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        return node.yamlBool
    }
}

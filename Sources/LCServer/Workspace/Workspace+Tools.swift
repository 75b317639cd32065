import Foundation
import LCLoader
import LCModel
import LCReports

extension Workspace {
    /// One side of a comparison: `{"document": {…}}` (the page's unsaved edit) or `{"file": "…"}`.
    func side(_ body: JSONValue, _ key: String) throws -> (name: String, analysis: ScenarioAnalysis) {
        guard case .object(let pairs) = body, let side = pairs.first(where: { $0.0 == key })?.1,
              case .object(let members) = side else {
            throw APIError(.badRequest, "\"\(key)\" must be {\"document\": {…}} or {\"file\": \"name.yaml\"}")
        }
        if let fileValue = members.first(where: { $0.0 == "file" })?.1 {
            guard case .string(let raw) = fileValue else { throw APIError(.badRequest, "\"\(key)\".file must be a file name") }
            let file: ScenarioFolder.File
            do { file = try folder.read(raw) } catch { throw Workspace.apiError(error) }
            return (file.name, ScenarioAnalysis(yaml: file.text, file: file.name))
        }
        let yaml = try Workspace.documentYAML(side)
        let analysis = ScenarioAnalysis(yaml: yaml, file: Workspace.unsavedName)
        return (analysis.projection?.scenario.name ?? key, analysis)
    }

    /// `POST /api/compare`: `lcbudget compare A B --format json` for two scenarios.
    public func compareJSON(_ body: JSONValue) throws -> JSONValue {
        let a = try side(body, "a"), b = try side(body, "b")
        for (key, side) in [("a", a), ("b", b)] where side.analysis.hasErrors {
            throw APIError(.unprocessableContent, body: .object([("side", .string(key)),
                                                                 ("diagnostics", .array(side.analysis.diagnostics.map(\.json)))]))
        }
        // Headings name each side; two with the same name are told apart as the command does
        // with paths.
        let names = a.name == b.name ? ["A: \(a.name)", "B: \(b.name)"] : [a.name, b.name]
        let comparison = ScenarioComparison([a.analysis.projection!, b.analysis.projection!], names: names)
        return ComparisonReport.json(comparison)
    }

    /// `POST /api/fit`: `lcbudget fit --budget B --vary V [--per-year] --format json`.
    public static func fitJSON(_ body: JSONValue) throws -> JSONValue {
        guard case .object(let pairs) = body else { throw APIError(.badRequest, "the body must be a JSON object") }
        func member(_ key: String) -> JSONValue? { pairs.first { $0.0 == key }?.1 }
        let budgetText: String
        switch member("budget") {
        case .string(let text)?, .number(let text)?: budgetText = text
        default: throw APIError(.badRequest, "\"budget\" must be an amount of dollars, such as \"250000\"")
        }
        guard let budget = BudgetFit.parseBudget(budgetText) else {
            throw APIError(.badRequest, "budget must be an amount of dollars >= 0 with at most two decimals, such as 500000 or 500000.00; found '\(budgetText)'")
        }
        var varyText = "participants"
        if case .string(let text)? = member("vary") { varyText = text }
        guard let variable = FitVariable.named(varyText) else {
            throw APIError(.badRequest, "vary must be one of \(FitVariable.allCases.map(\.rawValue).joined(separator: ", ")); found '\(varyText)'")
        }
        var perYear = false
        if case .bool(let flag)? = member("perYear") { perYear = flag }
        let analysis = ScenarioAnalysis(yaml: try documentYAML(body), file: unsavedName)
        guard let loaded = analysis.loaded else {
            throw APIError(.unprocessableContent, body: FieldDiagnostic.list(analysis.diagnostics))
        }
        do {
            let result = try BudgetFit.fit(loaded.scenario, vary: variable, budget: budget, perYear: perYear,
                                           leaderRateFollows: loaded.locations["stipends.leader_hourly_rate"] == nil)
            return FitReport.json(result)
        } catch {
            throw APIError(.unprocessableContent, error.description)
        }
    }
}

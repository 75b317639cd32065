import Foundation
import LCModel

/// The views of a `FitResult`: a headline, the check at the boundary, then the projection.
public enum FitReport {
    /// What the budget was compared with: "total" or "every year's total".
    static func measure(_ r: FitResult) -> String { r.perYear ? "every project year's total" : "the total" }

    static func measured(_ r: FitResult, _ p: Projection) -> Money {
        r.perYear ? (p.years.map(\.total).max() ?? .zero) : p.total
    }

    /// The headline sentences.
    public static func headline(_ r: FitResult) -> String {
        let field = r.variable.rawValue, budget = r.budget.formatted()
        let costWord = r.perYear ? "its most expensive year costs" : "it costs"
        switch r.outcome {
        case let .fits(value, projection, next):
            var text = "Largest \(field) within \(budget) (\(measure(r))): \(r.variable.text(value)); \(costWord) \(measured(r, projection).formatted())."
            if let next {
                text += " At \(r.variable.text(next.value)) (one step of \(r.variable.stepText) more) \(costWord) \(measured(r, next.projection).formatted()), over the budget."
            } else {
                text += " That is the largest value \(field) may take."
            }
            return text
        case let .nothingFits(minimum, projection):
            return "Even the smallest value of \(field), \(r.variable.text(minimum)), does not fit: \(costWord) \(measured(r, projection).formatted()), more than \(budget). Nothing fits."
                + whyNothingFits(r)
        case let .unbounded(limit, projection):
            return "Every \(field) up to the search limit \(r.variable.text(limit)) fits within \(budget) (\(costWord) \(measured(r, projection).formatted()) there): \(field) does not limit the budget."
        }
    }

    /// Which costs that \(field) cannot move already exceed the budget, or how much of it they take.
    static func whyNothingFits(_ r: FitResult) -> String {
        guard let largest = r.fixedCosts.first else { return "" }
        let field = r.variable.rawValue
        let scope = r.perYear ? " in the most expensive year" : ""
        if largest.amount > r.budget {
            let over = r.fixedCosts.filter { $0.amount > r.budget }
            let named = over.map { "\($0.item) alone: \($0.amount.formatted())\(scope), \(($0.amount - r.budget).formatted()) over the budget" }
            return " " + named.joined(separator: "; ") + ", whatever \(field) is."
        }
        let total = r.fixedCosts.map(\.amount).sum()
        let top = r.fixedCosts.prefix(3).map { "\($0.item) \($0.amount.formatted())" }.joined(separator: ", ")
        let verdict = total > r.budget ? "\((total - r.budget).formatted()) over the budget by themselves"
                                       : "\((r.budget - total).formatted()) of the budget left for everything else"
        return " Costs that do not change with \(field) come to \(total.formatted())\(scope) (largest: \(top)): \(verdict)."
    }

    static func projection(_ r: FitResult) -> Projection {
        switch r.outcome {
        case .fits(_, let p, _), .nothingFits(_, let p), .unbounded(_, let p): p
        }
    }

    /// With `--keep-guide`: which recommendations were applied first.
    static func guideSentence(_ r: FitResult) -> String {
        guard r.keepsGuide else { return "" }
        let fixes = r.guideFixes.map(\.rawValue).joined(separator: ", ")
        return "Following every recommendation the tool checks" + (fixes.isEmpty ? " (the scenario already did)" : " (the guide's fix applied first for \(fixes))") + ". "
    }

    public static func text(_ r: FitResult) -> String {
        ComparisonReport.wrap(guideSentence(r) + headline(r)) + "\n\n" + ProjectionTable.render(projection(r))
    }

    public static func json(_ r: FitResult) -> JSONValue {
        var fit: [(String, JSONValue)] = [("vary", .string(r.variable.rawValue)), ("budget", .money(r.budget)),
                                          ("perYear", .bool(r.perYear))]
        switch r.outcome {
        case let .fits(value, p, next):
            fit += [("outcome", .string("fits")), ("value", .number(r.variable.value(value).plainText)),
                    ("cost", .money(measured(r, p)))]
            if let next {
                fit += [("nextValue", .number(r.variable.value(next.value).plainText)), ("nextCost", .money(measured(r, next.projection)))]
            }
        case let .nothingFits(minimum, p):
            fit += [("outcome", .string("nothing_fits")), ("value", .null),
                    ("minimum", .number(r.variable.value(minimum).plainText)), ("minimumCost", .money(measured(r, p))),
                    ("fixedCosts", .array(r.fixedCosts.map { .object([("item", .string($0.item)), ("amount", .money($0.amount))]) })),
                    ("fixedTotal", .money(r.fixedCosts.map(\.amount).sum()))]
        case let .unbounded(limit, p):
            fit += [("outcome", .string("unbounded")), ("value", .number(r.variable.value(limit).plainText)),
                    ("cost", .money(measured(r, p)))]
        }
        if r.keepsGuide { fit.append(("guideFixes", .array(r.guideFixes.map { .string($0.rawValue) }))) }
        fit.append(("message", .string(guideSentence(r) + headline(r))))
        return .object([("fit", .object(fit)), ("projection", ProjectionJSON.document(projection(r)))])
    }
}

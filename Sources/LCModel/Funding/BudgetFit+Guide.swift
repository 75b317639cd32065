import Foundation

extension BudgetFit {
    /// The scenario with every recommendation the engine can price applied (`Remedy`), round after
    /// round until none applies, and the advisories fixed on the way; an error naming what no
    /// remedy can fix (a missing price, such as food with no cost per meal).
    ///
    /// ```swift
    /// let (guided, fixed) = try BudgetFit.followingTheGuide(scenario)
    /// fixed   // [.stipendBelowGuide, .leaderBuyoutBelowGuide]
    /// ```
    public static func followingTheGuide(_ scenario: Scenario) throws(FitError) -> (Scenario, [Advisory.Code]) {
        var s = scenario, fixed: [Advisory.Code] = []
        for _ in 0..<12 {
            let remaining = Projector.project(s).advisories.filter { $0.code != .fundingGap }
            guard let next = remaining.lazy.compactMap({ Remedy.apply($0.code, to: s) }).first else {
                if !remaining.isEmpty {
                    let codes = remaining.map(\.code.rawValue).joined(separator: ", ")
                    throw FitError("--keep-guide cannot follow every recommendation: \(codes) need\(remaining.count == 1 ? "s" : "") a price or a choice the scenario does not give (see `lcbudget check`); add it, or fit without --keep-guide")
                }
                return (s, fixed)
            }
            fixed += remaining.filter { Remedy.apply($0.code, to: s)?.1 == next.1 }.map(\.code)
            s = next.1
        }
        throw FitError("--keep-guide: the guide's fixes did not settle after 12 rounds")
    }

    /// Whether a projection follows every recommendation the tool checks; the budget stands in
    /// for the funding, so FUNDING_GAP is left out.
    static func followsTheGuide(_ p: Projection) -> Bool {
        p.advisories.allSatisfy { $0.code == .fundingGap }
    }
}

import LCModel

/// The one gap: what no funding source pays, per period and in all, the planning on-ramp
/// included (`FundingAllocation.gap`, which honours each source's `covers:`). Every output names
/// it "Unfunded" with these words; the narrower per-year "cost less funding" (ignoring `covers:`,
/// planning left out) keeps that other name.
///
/// ```swift
/// Unfunded.sentence(projection)
/// // "Unfunded (no source pays it): $127,809.59, including $5,130.00 for the planning on-ramp."
/// ```
public enum Unfunded {
    public static let label = "Unfunded (no source pays)"

    /// The total and its planning part; nil when the scenario lists no funding.
    public static func amounts(_ p: Projection) -> (total: Money, planning: Money)? {
        guard p.scenario.funding != nil else { return nil }
        let who = FundingAllocation(p)
        return (who.gap, who.periods.first { $0.index == 0 }?.gap ?? .zero)
    }

    public static func sentence(_ p: Projection) -> String? {
        guard let (total, planning) = amounts(p) else { return nil }
        if total.isZero { return "Unfunded (no source pays it): nothing; every cost has a source that pays it." }
        let part = planning.isZero ? "" : planning == total ? ", all of it the planning on-ramp" : ", including \(planning.formatted()) for the planning on-ramp"
        return "Unfunded (no source pays it): \(total.formatted())\(part)."
    }
}

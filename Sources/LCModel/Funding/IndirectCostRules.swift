import Foundation

/// The federal indirect-cost rules the tool checks, as advisories with the rule cited.
///
/// | code | when | rule |
/// | --- | --- | --- |
/// | INDIRECT_ED_TRAINING_CAP | `indirect.program: ed_training` and rate > 8% | 34 CFR 75.562(c)(2) |
/// | INDIRECT_DE_MINIMIS_ABOVE_LIMIT | `indirect.de_minimis: true` and rate > 15% (> 10% when `indirect.award_date` is before 1 October 2024) | 2 CFR 200.414(f) |
/// | INDIRECT_MTDC_EXCLUDES_NOTHING | `base: mtdc`, `cohort.employees: true`, and the award is federal (`program: ed_training`, `de_minimis: true` or a `federal: true` source) | 2 CFR 200.1 (MTDC) |
///
/// The last rule fires only for federal awards: the spec's worked example (an MTDC base with
/// employees, no federal source) must keep exactly one advisory.
public enum IndirectCostRules {
    /// 34 CFR 75.562(c)(2): the training-grant limit.
    public static let edTrainingLimit = Decimal(string: "0.08")!
    /// 2 CFR 200.414(f) as revised for awards from 1 October 2024.
    public static let deMinimisLimit = Decimal(string: "0.15")!
    /// 2 CFR 200.414(f) before the 2024 revision.
    public static let formerDeMinimisLimit = Decimal(string: "0.10")!
    /// The revised Uniform Guidance applies to awards made on or after this day.
    public static let revisionDate = CivilDate(year: 2024, month: 10, day: 1)!

    /// The de minimis ceiling that applies to an award made on `awardDate` (nil = on or after the revision).
    public static func deMinimisCeiling(awardDate: CivilDate?) -> Decimal {
        if let awardDate, awardDate < revisionDate { return formerDeMinimisLimit }
        return deMinimisLimit
    }

    public static func advisories(for s: Scenario) -> [Advisory] {
        guard let indirect = s.indirect else { return [] }
        let terms = s.fundingTerms
        var out: [Advisory] = []
        if terms.indirectProgram == .edTraining && indirect.rate > edTrainingLimit {
            out.append(Advisory(.indirectEdTrainingCap,
                "The indirect rate of \(Advisor.percentText(indirect.rate)) is above the 8% that 34 CFR 75.562(c)(2) allows on a Department of Education training grant.",
                input: "indirect.rate"))
        }
        if terms.deMinimis {
            let ceiling = deMinimisCeiling(awardDate: terms.awardDate)
            if indirect.rate > ceiling {
                let when = ceiling == formerDeMinimisLimit
                    ? " for awards made before 1 October 2024 (award date \(terms.awardDate!.iso))" : ""
                out.append(Advisory(.indirectDeMinimisAboveLimit,
                    "The de minimis indirect rate of \(Advisor.percentText(indirect.rate)) is above the \(Advisor.percentText(ceiling)) that 2 CFR 200.414(f) allows\(when).",
                    input: "indirect.rate"))
            }
        }
        let federalAward = terms.indirectProgram == .edTraining || terms.deMinimis
            || (0..<(s.funding?.count ?? 0)).contains { terms.source($0).federal }
        if indirect.base == .mtdc && s.cohort.employees && federalAward {
            out.append(Advisory(.indirectMTDCExcludesNothing,
                "The indirect base is MTDC, but participants are the grantee's employees, so no line is a participant support cost and the base is the whole direct total (2 CFR 200.1, modified total direct cost).",
                input: "indirect.base"))
        }
        return out
    }

    static func recommendation(for code: Advisory.Code) -> String {
        switch code {
        case .indirectEdTrainingCap:
            "On a Department of Education training grant, charge indirect costs at no more than 8% of modified total direct costs, or the negotiated rate if lower (34 CFR 75.562(c)(2))."
        case .indirectDeMinimisAboveLimit:
            "Charge the de minimis indirect rate at no more than 15% of modified total direct costs (10% for awards made before 1 October 2024), per 2 CFR 200.414(f)."
        case .indirectMTDCExcludesNothing:
            "Check the MTDC base: it leaves out participant support costs, equipment, rent, tuition and subaward amounts above $50,000 (2 CFR 200.1); with employees as participants nothing the tool costs is left out."
        default: code.rawValue
        }
    }
}

/// Which ED 524 line (and so which SF-424A object class) each budget line goes on.
///
/// The defaults follow the form's instructions as a district business office reads them
/// (docs/funding.md has the full table and the reasons):
///
/// | line | employees (default) | participants not employees |
/// | --- | --- | --- |
/// | planning on-ramp / its fringe | 1 Personnel / 2 Fringe | same |
/// | stipends / stipend fringe | 1 Personnel / 2 Fringe | 11 Training Stipends |
/// | release time, substitutes / their fringe | 1 Personnel / 2 Fringe | 6 Contractual |
/// | food, credentials, other | 8 Other | same |
/// | childcare, coaching | 6 Contractual | same |
/// | kits | 5 Supplies | same |
/// | indirect | 10 Indirect | same (never overridden) |
///
/// A scenario's `form_524:` names a line key (`other.0`) or a category (`food`); the key wins.
public enum FederalFormMapping {
    /// The line `item` goes on, and whether a `form_524` override put it there.
    public static func line(for item: LineItem, in scenario: Scenario) -> (line: ED524Line, overridden: Bool) {
        if item.category == .indirect { return (.indirect, false) }
        let overrides = scenario.fundingTerms.form524
        if let line = overrides[item.key] ?? overrides[item.category.rawValue] { return (line, true) }
        return (defaultLine(for: item, employees: scenario.cohort.employees), false)
    }

    /// The default line of a budget line (see the table above).
    public static func defaultLine(for item: LineItem, employees: Bool) -> ED524Line {
        let isFringe: Bool
        if case .shareOf = item.basis { isFringe = true } else { isFringe = false }
        let pay: ED524Line = isFringe ? .fringeBenefits : .personnel
        switch item.category {
        case .planning: return pay
        case .stipends: return employees ? pay : .trainingStipends
        case .buyouts, .substitutes: return employees ? pay : .contractual
        case .food, .credentials, .other: return .other
        case .childcare, .coaching: return .contractual
        case .kits: return .supplies
        case .indirect: return .indirect
        }
    }

    /// Why the default puts a category where it does, for docs, tables and the workbook notes.
    public static func reason(for category: CostCategory, employees: Bool) -> String {
        switch category {
        case .planning: "The planning team is the grantee's own staff: pay is Personnel, its fringe Fringe Benefits."
        case .stipends: employees
            ? "Extra-duty pay to the grantee's own employees is Personnel; its fringe is Fringe Benefits."
            : "Stipends to educators who are not the grantee's employees are Training Stipends (participant support)."
        case .buyouts: employees
            ? "Release time is salary of the grantee's own employees: Personnel, with its fringe under Fringe Benefits."
            : "Release time of another employer's staff is reimbursed to that employer under an agreement: Contractual."
        case .substitutes: employees
            ? "Substitutes are paid through the grantee's payroll: Personnel, with its fringe under Fringe Benefits."
            : "Substitute coverage at another employer is reimbursed under an agreement: Contractual."
        case .food: "Meeting meals are neither supplies nor services bought under a contract: Other."
        case .childcare: "Childcare is a service bought from a provider: Contractual."
        case .kits: "Prototyping kits are consumable materials below the equipment threshold: Supplies."
        case .coaching: "Coaching is bought from an outside coach: Contractual."
        case .credentials: "CEU and micro-credential fees: Other."
        case .other: "Further direct costs default to Other; override with form_524 when they are contracts or supplies."
        case .indirect: "Indirect costs are always line 10."
        }
    }
}

/// A budget category line of ED Form 524, Section A ("U.S. Department of Education Funds").
///
/// Lines 1-8 are direct cost categories, 9 is their total, 10 indirect costs, 11 training
/// stipends and 12 the total of 9-11. Only the assignable lines (1-8 and 11) can be named in a
/// scenario's `form_524` overrides; 9, 10 and 12 are computed.
public enum ED524Line: Int, Sendable, CaseIterable, Comparable {
    case personnel = 1, fringeBenefits, travel, equipment, supplies, contractual, construction, other
    case totalDirect, indirect, trainingStipends, total

    /// The form's own wording: "1. Personnel", "9. Total Direct Costs (lines 1-8)".
    public var title: String {
        switch self {
        case .personnel: "Personnel"
        case .fringeBenefits: "Fringe Benefits"
        case .travel: "Travel"
        case .equipment: "Equipment"
        case .supplies: "Supplies"
        case .contractual: "Contractual"
        case .construction: "Construction"
        case .other: "Other"
        case .totalDirect: "Total Direct Costs (lines 1-8)"
        case .indirect: "Indirect Costs"
        case .trainingStipends: "Training Stipends"
        case .total: "Total Costs (lines 9-11)"
        }
    }

    /// `1. Personnel`
    public var numberedTitle: String { "\(rawValue). \(title)" }

    /// The name a scenario uses in `form_524:` (`personnel`, `training_stipends`, …);
    /// nil for the computed lines.
    public var scenarioName: String? {
        switch self {
        case .personnel: "personnel"
        case .fringeBenefits: "fringe_benefits"
        case .travel: "travel"
        case .equipment: "equipment"
        case .supplies: "supplies"
        case .contractual: "contractual"
        case .construction: "construction"
        case .other: "other"
        case .trainingStipends: "training_stipends"
        case .totalDirect, .indirect, .total: nil
        }
    }

    /// The lines a budget line can be assigned to (1-8 and 11).
    public static let assignable: [ED524Line] = allCases.filter { $0.scenarioName != nil }

    public init?(scenarioName: String) {
        guard let line = ED524Line.assignable.first(where: { $0.scenarioName == scenarioName }) else { return nil }
        self = line
    }

    /// The SF-424A Section B object class the line is reported under. Training stipends have no
    /// class of their own on the SF-424A and go to "h. Other" (as participant support costs do).
    public var sf424aClass: SF424AClass {
        switch self {
        case .personnel: .personnel
        case .fringeBenefits: .fringeBenefits
        case .travel: .travel
        case .equipment: .equipment
        case .supplies: .supplies
        case .contractual: .contractual
        case .construction: .construction
        case .other, .trainingStipends: .other
        case .totalDirect: .totalDirect
        case .indirect: .indirect
        case .total: .totals
        }
    }

    public static func < (a: ED524Line, b: ED524Line) -> Bool { a.rawValue < b.rawValue }
}

/// An object class category of SF-424A Section B, line 6 (a. Personnel … k. Totals).
public enum SF424AClass: String, Sendable, CaseIterable, Comparable {
    case personnel = "a", fringeBenefits = "b", travel = "c", equipment = "d", supplies = "e"
    case contractual = "f", construction = "g", other = "h", totalDirect = "i", indirect = "j", totals = "k"

    public var title: String {
        switch self {
        case .totalDirect: "Total Direct Charges (sum of 6a-6h)"
        case .indirect: "Indirect Charges"
        case .totals: "TOTALS (sum of 6i and 6j)"
        // a–h are named as ED 524 lines 1–8, in the same order.
        default: ED524Line(rawValue: Self.allCases.firstIndex(of: self)! + 1)!.title
        }
    }

    /// `a. Personnel`
    public var letteredTitle: String { "\(rawValue). \(title)" }

    public static func < (a: SF424AClass, b: SF424AClass) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

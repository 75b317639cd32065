import Foundation

/// The funding-analytics settings of a scenario beyond the spec's fields: federal-form
/// overrides, indirect-cost terms and the who-pays details of each funding source.
///
/// Every field has a default that leaves the spec's figures and advisories unchanged
/// (see docs/funding.md).
public struct FundingTerms: Sendable, Equatable {
    /// `form_524:` — a line key (`other.0`) or a category (`kits`) -> the ED 524 line it goes on.
    /// A line key wins over its category.
    public var form524: [String: ED524Line] = [:]
    /// `indirect.program`: the kind of award the indirect rate is charged to.
    public var indirectProgram: IndirectProgram = .general
    /// `indirect.de_minimis: true`: the rate is the de minimis rate of 2 CFR 200.414(f).
    public var deMinimis: Bool = false
    /// `indirect.award_date`: the federal award date (decides the de minimis ceiling).
    public var awardDate: CivilDate?
    /// Per funding source, in the order of `funding:` (missing entries mean the defaults).
    public var sources: [SourceTerms] = []

    public init() {}

    /// The who-pays details of source `index` (defaults when the file gave none).
    public func source(_ index: Int) -> SourceTerms {
        index < sources.count ? sources[index] : SourceTerms()
    }
}

/// Who-pays details of one funding source.
public struct SourceTerms: Sendable, Equatable {
    /// `covers:` — the categories the source may pay whole; nil = every category.
    public var covers: [CostCategory]?
    /// `covers:` entries that are line keys (`food.meals`, `other.0`, `stipends.leaders`): single
    /// lines the source may pay without the rest of their category.
    public var coverLines: [String] = []
    /// `federal:` — the federal part of what the source pays: 1 for `true` (federal funds), 0
    /// for `false`, or a share such as 0.4 (a state grant that is partly federal pass-through).
    /// The rest is non-federal match.
    public var federalShare: Decimal = 0
    /// `planning:` — what the source gives toward the planning on-ramp (before year 1).
    public var planning: Decimal = 0
    /// `allocation:` — how the source spreads its amount over the costs it covers.
    public var allocation: Allocation = .priority

    public enum Allocation: String, Sendable, CaseIterable {
        /// The covered categories in the spec's order, each paid in full until the amount runs out.
        case priority
        /// The same share of every covered cost still unpaid (largest remainder on cents).
        case proportional
    }

    /// `federal: { by_year: […], planning: … }` — the federal part as an amount per period
    /// (index 0 the planning on-ramp, then each project year), in place of a share.
    public var federalAmounts: [Decimal]?

    /// Whether any of the source's money is federal; setting it makes the source wholly federal or not.
    public var federal: Bool {
        get { federalShare > 0 || (federalAmounts?.contains { $0 > 0 } ?? false) }
        set { federalShare = newValue ? 1 : 0; federalAmounts = nil }
    }

    public init(covers: [CostCategory]? = nil, federal: Bool = false, planning: Decimal = 0) {
        self.covers = covers
        self.federalShare = federal ? 1 : 0
        self.planning = planning
    }

    /// Whether the source may pay the whole of `category`.
    public func pays(_ category: CostCategory) -> Bool { covers?.contains(category) ?? true }

    /// Whether the source may pay the line `key` of `category` (its category, or the line by name).
    public func pays(line key: String, of category: CostCategory) -> Bool {
        pays(category) || coverLines.contains(key)
    }

    /// Whether the source pays indirect costs: the indirect on the lines it pays first, then
    /// whatever indirect is still unpaid (`covers` lists `indirect`, or names no categories).
    public var paysIndirect: Bool { pays(line: "indirect.indirect", of: .indirect) }
}

/// The kind of award an indirect rate is charged to.
public enum IndirectProgram: String, Sendable, CaseIterable {
    /// No program-specific limit.
    case general
    /// A U.S. Department of Education training grant: indirect limited to 8% (34 CFR 75.562).
    case edTraining = "ed_training"
}


extension Scenario {
    /// The index in `funding:` of the source named `name` (letter case and surrounding spaces
    /// ignored): the funder `--funder NAME` means.
    public func fundingSource(named name: String) -> Int? {
        let key = { (text: String) in text.trimmingCharacters(in: .whitespaces).lowercased() }
        return (funding ?? []).firstIndex { key($0.source) == key(name) }
    }
}

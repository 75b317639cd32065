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
    public var awardDate: CalendarDate?
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
    /// `covers:` — the categories the source may pay; nil = every category.
    public var covers: [CostCategory]?
    /// `federal: true` — federal funds (the rest is non-federal match).
    public var federal: Bool = false
    /// `planning:` — what the source gives toward the planning on-ramp (before year 1).
    public var planning: Decimal = 0

    public init(covers: [CostCategory]? = nil, federal: Bool = false, planning: Decimal = 0) {
        self.covers = covers
        self.federal = federal
        self.planning = planning
    }

    /// Whether the source may pay `category`.
    public func pays(_ category: CostCategory) -> Bool { covers?.contains(category) ?? true }
}

/// The kind of award an indirect rate is charged to.
public enum IndirectProgram: String, Sendable, CaseIterable {
    /// No program-specific limit.
    case general
    /// A U.S. Department of Education training grant: indirect limited to 8% (34 CFR 75.562).
    case edTraining = "ed_training"
}

/// A calendar day, `2024-10-01`.
public struct CalendarDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` with a real day of that month; nil otherwise.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDate.days(inMonth: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

import Foundation

/// A scenario field `lcbudget fit` can vary, and the step it moves in.
public enum FitVariable: String, Sendable, CaseIterable {
    /// `cohort.participants`: whole educators, from max(1, leaders) up.
    case participants
    /// `stipends.hourly_rate`: to the cent, from $0.00 up (the leader rate follows when the file leaves it out).
    case hourlyRate = "stipends.hourly_rate"
    /// `years`: 1 to 5.
    case years
    /// `buyouts.leader_share`: steps of 0.01, from 0 to 1.
    case leaderShare = "buyouts.leader_share"
    /// `cohort.leaders`: whole educators, from 0 up to the participants (who include them).
    case leaders = "cohort.leaders"

    /// The field by its scenario path or its last part (`leader_share`, `hourly_rate`, `leaders`).
    ///
    /// ```swift
    /// FitVariable.named("leader_share")   // .leaderShare
    /// ```
    public static func named(_ name: String) -> FitVariable? {
        FitVariable(rawValue: name) ?? allCases.first { $0.path.split(separator: ".").last.map(String.init) == name }
    }

    /// The field's path in the scenario file and the field registry.
    public var path: String { self == .participants ? "cohort.participants" : rawValue }

    /// Steps per unit of the field's value: 100 for cents and hundredths, 1 for whole numbers.
    var unitsPerValue: Decimal {
        switch self {
        case .participants, .years, .leaders: 1
        case .hourlyRate, .leaderShare: 100
        }
    }

    /// The value a whole number of steps stands for: 57.43 for 5743 cents, 0.47 for 47 hundredths.
    public func value(_ units: Int64) -> Decimal {
        switch self {
        case .participants, .years, .leaders: Decimal(units)
        case .hourlyRate, .leaderShare: Decimal(units) / 100
        }
    }

    /// For people: `22`, `$57.43`, `3`, `0.47`.
    public func text(_ units: Int64) -> String {
        switch self {
        case .participants, .years, .leaders: String(units)
        case .hourlyRate: Money(cents: units).formatted()
        case .leaderShare: Money(cents: units).plain
        }
    }

    /// The step, for people.
    public var stepText: String {
        switch self {
        case .participants: "1 educator"
        case .hourlyRate: "$0.01"
        case .years: "1 year"
        case .leaderShare: "0.01"
        case .leaders: "1 leader"
        }
    }
}

/// Why a fit cannot run on a scenario.
public struct FitError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// What a budget affords: the answer of `BudgetFit.fit`.
public struct FitResult: Sendable {
    public enum Outcome: Sendable {
        /// `value` fits; `next` (value + one step) does not, or is nil when `value` is the field's maximum.
        case fits(value: Int64, projection: Projection, next: (value: Int64, projection: Projection)?)
        /// Even the field's minimum costs more than the budget.
        case nothingFits(minimum: Int64, projection: Projection)
        /// Every value up to the search limit fits: the field does not bind the budget.
        case unbounded(limit: Int64, projection: Projection)
    }
    public var variable: FitVariable
    public var budget: Money
    public var perYear: Bool
    public var outcome: Outcome
    /// Projections run in the search.
    public var evaluations: Int
    /// With `--keep-guide`: the advisories whose fix was applied before the search.
    public var guideFixes: [Advisory.Code] = []
    /// With `--keep-guide`: the search also kept every recommendation the tool checks.
    public var keepsGuide = false
    /// When nothing fits: the lines whose cost does not move with the field (at its smallest
    /// value and at a larger one), largest first, over what the budget is compared with.
    public var fixedCosts: [FixedCost] = []
}

/// A line that costs the same whatever value the varied field takes.
public struct FixedCost: Sendable, Equatable {
    public var item: String
    public var amount: Money
}

/// Finds the largest value of one field whose projection stays within a budget.
///
/// The total (or, with `perYear`, every project year's total; the planning on-ramp is not a
/// year) never falls as any of the four fields grows, so the predicate "within budget" is true
/// up to some value and false after it. The search brackets that edge (doubling for the
/// unbounded fields), bisects it in whole steps, and then verifies both sides:
/// total(v) ≤ budget < total(v + step).
public enum BudgetFit {
    /// The search goes up to the field's maximum in the field registry (10,000 educators,
    /// $10,000.00 an hour, 5 years, a share of 1), in steps.
    public static func limit(_ variable: FitVariable) -> Int64 {
        let maximum = FieldRegistry.field(variable.path)?.maximum ?? 0
        return NSDecimalNumber(decimal: maximum * variable.unitsPerValue).int64Value
    }

    /// The scenario with the field set to `units` steps.
    /// - Parameter leaderRateFollows: the file left `stipends.leader_hourly_rate` out, so it equals the hourly rate.
    public static func apply(_ variable: FitVariable, _ units: Int64, to scenario: Scenario, leaderRateFollows: Bool) -> Scenario {
        var s = scenario
        switch variable {
        case .participants:
            s.cohort.participants = Int(units)
        case .hourlyRate:
            s.stipends?.hourlyRate = variable.value(units)
            if leaderRateFollows { s.stipends?.leaderHourlyRate = variable.value(units) }
        case .years:
            let years = Int(units)
            s.years = years
            if let byYear = s.cohort.byYear { s.cohort.byYear = Array(byYear.prefix(years)) }
            // Funding named for fewer years is padded with 0 (no money named for the added years).
            s.funding = s.funding?.map { source in
                var source = source
                source.byYear = Array(source.byYear.prefix(years)) + Array(repeating: 0, count: max(0, years - source.byYear.count))
                return source
            }
        case .leaderShare:
            s.buyouts?.leaderShare = variable.value(units)
        case .leaders:
            s.cohort.leaders = Int(units)
        }
        return s
    }

    /// The smallest value the field may take in this scenario, or an error when it cannot vary.
    public static func minimum(_ variable: FitVariable, in s: Scenario) throws(FitError) -> Int64 {
        switch variable {
        case .participants:
            if s.cohort.byYear != nil {
                throw FitError("cohort.by_year sets participants year by year; --vary participants needs the single cohort.participants count (remove by_year)")
            }
            return Int64(max(1, s.cohort.leaders))
        case .hourlyRate:
            guard s.stipends != nil else { throw FitError("the scenario has no stipends section, so stipends.hourly_rate cannot vary") }
            return 0
        case .years:
            return 1
        case .leaderShare:
            guard s.buyouts != nil else { throw FitError("the scenario has no buyouts section, so buyouts.leader_share cannot vary") }
            return 0
        case .leaders:
            if s.cohort.byYear != nil {
                throw FitError("cohort.by_year sets leaders year by year; --vary leaders needs the single cohort.leaders count (remove by_year)")
            }
            return 0
        }
    }

    /// The largest value the field may take in this scenario.
    public static func maximum(_ variable: FitVariable, in s: Scenario) -> Int64 {
        if variable == .years, let byYear = s.cohort.byYear { return Int64(byYear.count) }
        // Participants include the leaders.
        if variable == .leaders { return Int64(s.cohort.participants) }
        return limit(variable)
    }

    public static func fit(_ original: Scenario, vary variable: FitVariable, budget: Money, perYear: Bool,
                           leaderRateFollows: Bool, keepGuide: Bool = false) throws(FitError) -> FitResult {
        var scenario = original, fixes: [Advisory.Code] = []
        if keepGuide { (scenario, fixes) = try followingTheGuide(original) }
        var result = try search(scenario, vary: variable, budget: budget, perYear: perYear,
                                leaderRateFollows: leaderRateFollows, keepGuide: keepGuide)
        result.guideFixes = fixes
        result.keepsGuide = keepGuide
        return result
    }

    static func search(_ scenario: Scenario, vary variable: FitVariable, budget: Money, perYear: Bool,
                       leaderRateFollows: Bool, keepGuide: Bool) throws(FitError) -> FitResult {
        let lo = try minimum(variable, in: scenario)
        let hi = maximum(variable, in: scenario)
        var evaluations = 0
        var cache: [Int64: Projection] = [:]
        func projection(_ units: Int64) -> Projection {
            if let cached = cache[units] { return cached }
            evaluations += 1
            let p = Projector.project(apply(variable, units, to: scenario, leaderRateFollows: leaderRateFollows))
            cache[units] = p
            return p
        }
        func fits(_ units: Int64) -> Bool {
            let p = projection(units)
            return within(p, budget: budget, perYear: perYear) && (!keepGuide || followsTheGuide(p))
        }
        func result(_ outcome: FitResult.Outcome) -> FitResult {
            FitResult(variable: variable, budget: budget, perYear: perYear, outcome: outcome, evaluations: evaluations)
        }

        guard fits(lo) else {
            var outcome = result(.nothingFits(minimum: lo, projection: projection(lo)))
            if lo < hi {
                outcome.fixedCosts = fixedCosts(projection(lo), projection(min(hi, max(lo * 2, lo + 1))), perYear: perYear)
            }
            return outcome
        }
        // Leaders do not always raise the total (a leader's buyout replaces a participant's
        // substitute), so every value is tried: at most one per educator.
        if variable == .leaders {
            guard let best = (lo...hi).last(where: fits) else { return result(.nothingFits(minimum: lo, projection: projection(lo))) }
            let next = best < hi ? (best + 1, projection(best + 1)) : nil
            return result(.fits(value: best, projection: projection(best), next: next))
        }
        if fits(hi) {
            let bounded = variable == .years || variable == .leaderShare || hi < limit(variable)
            return bounded ? result(.fits(value: hi, projection: projection(hi), next: nil))
                           : result(.unbounded(limit: hi, projection: projection(hi)))
        }
        // Bracket: good fits, bad does not.
        var good = lo, bad = hi
        var probe = lo + 1
        while probe < hi {
            if fits(probe) { good = probe } else { bad = probe; break }
            probe = lo + (probe - lo) * 2
        }
        while bad - good > 1 {
            let mid = good + (bad - good) / 2
            if fits(mid) { good = mid } else { bad = mid }
        }
        // Verify both sides of the edge explicitly.
        guard fits(good), !fits(good + 1) else {
            throw FitError("the total does not grow steadily with \(variable.rawValue); no single largest value exists")
        }
        return result(.fits(value: good, projection: projection(good), next: (good + 1, projection(good + 1))))
    }

    /// The lines that cost the same in both projections, over the whole project (or, per year,
    /// in `low`'s most expensive project year), largest first; lines that cost nothing are left out.
    static func fixedCosts(_ low: Projection, _ high: Projection, perYear: Bool) -> [FixedCost] {
        func amounts(_ p: Projection, year: Int?) -> [String: (item: String, amount: Money)] {
            var out: [String: (item: String, amount: Money)] = [:]
            for period in p.periods where year == nil || period.index == year {
                for line in period.lines {
                    out[line.key] = (out[line.key]?.item ?? line.item, (out[line.key]?.amount ?? .zero) + line.amount)
                }
            }
            return out
        }
        let year = perYear ? low.years.max { $0.total < $1.total }?.index : nil
        let a = amounts(low, year: year), b = amounts(high, year: year)
        return a.compactMap { key, value in
            value.amount > .zero && b[key]?.amount == value.amount ? FixedCost(item: value.item, amount: value.amount) : nil
        }.sorted { ($0.amount, $1.item) > ($1.amount, $0.item) }
    }

    /// Whether a projection stays within the budget: its total, or every project year's total.
    public static func within(_ p: Projection, budget: Money, perYear: Bool) -> Bool {
        perYear ? p.years.allSatisfy { $0.total <= budget } : p.total <= budget
    }
}

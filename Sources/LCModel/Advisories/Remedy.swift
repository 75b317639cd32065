import Foundation

/// An advisory's fix, priced by the engine: the scenario with the guide's recommendation
/// applied, projected again, and the difference in cost.
///
/// ```swift
/// let projection = Projector.project(scenario)          // stipend $42.50/h
/// let remedy = Remedy.for(projection.advisories[0], in: projection)!
/// remedy.change         // .stipendRate(from: 42.5, to: 50)
/// remedy.firstYearDelta // what year 1 costs more, fringe and indirect included
/// ```
///
/// Reports never price a recommendation themselves: they quote `Remedy`'s figures, which come
/// from `Projector.project` like every other figure. A fix that needs prices the scenario does
/// not give (food, kits, childcare, a coach's rate, a salary for buyouts) has no remedy.
public struct Remedy: Sendable, Equatable {
    /// What the fix changes in the scenario, with the old and new values.
    public enum Change: Sendable, Equatable {
        /// Raise the participant stipend rate (leaders below it are raised too).
        case stipendRate(from: Decimal, to: Decimal)
        /// Pay a stipend where there was none.
        case addStipends(rate: Decimal, hoursPerMonth: Decimal)
        /// Buy out a larger share of each leader's time.
        case leaderShare(from: Decimal, to: Decimal)
        /// Run the community longer (added years repeat the last year's cohort; their funding is 0).
        case years(from: Int, to: Int)
        /// Start in the months before the school year.
        case kickoff(from: YearMonth, to: YearMonth)
        /// Lengthen the planning on-ramp.
        case onrampMonths(from: Int, to: Int)
        /// Bring meetings into the guide's 90 to 120 minutes.
        case meetingMinutes(from: Decimal, to: Decimal)
        /// Hold a coaching session every meeting month.
        case coachingSessions(from: Int, to: Int)
    }

    public var code: Advisory.Code
    public var change: Change
    /// The projection of the scenario with the fix applied.
    public var after: Projection
    /// After − before for each period index of either projection (a missing period counts 0).
    public var periodDeltas: [Money]
    /// After − before in total.
    public var totalDelta: Money

    /// The change in year 1's cost.
    public var firstYearDelta: Money { periodDeltas.count > 1 ? periodDeltas[1] : .zero }

    /// The fix for one advisory of `projection`, or nil when the engine cannot price it.
    public static func `for`(_ advisory: Advisory, in projection: Projection) -> Remedy? {
        guard let (change, fixed) = apply(advisory.code, to: projection.scenario) else { return nil }
        let after = Projector.project(fixed)
        let count = max(projection.periods.count, after.periods.count)
        let deltas = (0..<count).map { index -> Money in
            let old = index < projection.periods.count ? projection.periods[index].total : .zero
            let new = index < after.periods.count ? after.periods[index].total : .zero
            return new - old
        }
        return Remedy(code: advisory.code, change: change, after: after,
                      periodDeltas: deltas, totalDelta: after.total - projection.total)
    }

    /// The remedies of every advisory of `projection` that has one, in advisory order.
    public static func all(for projection: Projection) -> [Remedy] {
        projection.advisories.compactMap { Remedy.for($0, in: projection) }
    }

    /// The scenario with the guide's recommendation behind `code` applied.
    static func apply(_ code: Advisory.Code, to s: Scenario) -> (Change, Scenario)? {
        var fixed = s
        switch code {
        case .stipendBelowGuide:
            if var stipends = s.stipends {
                guard stipends.hourlyRate < Guide.hourlyRate else { return nil }
                let from = stipends.hourlyRate
                stipends.hourlyRate = Guide.hourlyRate
                stipends.leaderHourlyRate = max(stipends.leaderHourlyRate, Guide.hourlyRate)
                fixed.stipends = stipends
                return (.stipendRate(from: from, to: Guide.hourlyRate), fixed)
            }
            fixed.stipends = Stipends(hourlyRate: Guide.hourlyRate, hoursPerMonth: Guide.hoursPerMonth)
            return (.addStipends(rate: Guide.hourlyRate, hoursPerMonth: Guide.hoursPerMonth), fixed)
        case .leaderRateNotIncreased, .leaderBuyoutBelowGuide:
            guard let from = raise(\.buyouts, \.leaderShare, to: Guide.leaderShare, in: &fixed) else { return nil }
            return (.leaderShare(from: from, to: Guide.leaderShare), fixed)
        case .durationShortForGoal:
            let target = s.goal.minimumYears
            guard s.years < target else { return nil }
            if let byYear = s.cohort.byYear, let last = byYear.last {
                fixed.cohort.byYear = byYear + Array(repeating: last, count: target - s.years)
            }
            fixed.funding = s.funding?.map { source in
                var source = source
                source.byYear += Array(repeating: Decimal(0), count: target - s.years)
                return source
            }
            fixed.years = target
            return (.years(from: s.years, to: target), fixed)
        case .kickoffMidyear:
            let school = s.schoolYearStartMonth
            let allowed = Set((0...3).map { YearMonth(year: 2000, month: school).adding(months: -$0).month })
            var month = s.start.adding(months: 1)
            while !allowed.contains(month.month) { month = month.adding(months: 1) }
            fixed.start = month
            return (.kickoff(from: s.start, to: month), fixed)
        case .onrampShort:
            guard let from = raise(\.planning, \.onrampMonths, to: Guide.onrampMonths, in: &fixed) else { return nil }
            return (.onrampMonths(from: from, to: Guide.onrampMonths), fixed)
        case .meetingLength:
            let minutes = s.meetings.minutes
            let to = min(max(minutes, Guide.meetingMinutes.lowerBound), Guide.meetingMinutes.upperBound)
            guard to != minutes else { return nil }
            fixed.meetings.minutes = to
            return (.meetingMinutes(from: minutes, to: to), fixed)
        case .noCoaching:
            guard var coaching = s.coaching, coaching.sessionsPerYear == 0 else { return nil }
            coaching.sessionsPerYear = s.meetings.perYear
            fixed.coaching = coaching
            return (.coachingSessions(from: 0, to: s.meetings.perYear), fixed)
        default:
            // Childcare, food and kits have no price in the scenario to cost them with; the funding
            // gap is a figure, not a change; calendar and indirect-rule advisories change dates or
            // rates the district must choose.
            return nil
        }
    }

    /// Raises `field` of the optional `section` to `target` when the section is present and the
    /// field is below it; returns the old value (`nil`, and `scenario` unchanged, otherwise).
    private static func raise<Section, Value: Comparable>(
        _ section: WritableKeyPath<Scenario, Section?>, _ field: WritableKeyPath<Section, Value>,
        to target: Value, in scenario: inout Scenario
    ) -> Value? {
        guard let from = scenario[keyPath: section]?[keyPath: field], from < target else { return nil }
        scenario[keyPath: section]?[keyPath: field] = target
        return from
    }
}

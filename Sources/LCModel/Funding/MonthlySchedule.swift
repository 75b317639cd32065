import Foundation

/// When in the calendar each budget line is spent: month by month, to the cent.
///
/// | lines | months |
/// | --- | --- |
/// | planning on-ramp | evenly over the on-ramp months before `start` |
/// | stipends, food, childcare, coaching | evenly over the year's meeting months |
/// | kits | the year's first meeting month (bought before the first meeting) |
/// | credentials | the year's last meeting month (fees fall due when credits are earned) |
/// | release time, substitutes, other | evenly over the year's 12 months (salary-like) |
/// | fringe lines | in step with the lines they are a share of |
/// | indirect | in step with its base (the direct lines it is charged on) |
///
/// Every line's months sum exactly to the line (`LargestRemainder`).
public struct MonthlySchedule: Sendable {
    /// The months project year `year` meets in, chronologically; swappable for a calendar.
    public var meetingMonths: @Sendable (_ year: Int) -> [YearMonth]

    public init(meetingMonths: @escaping @Sendable (_ year: Int) -> [YearMonth]) { self.meetingMonths = meetingMonths }

    /// The default: the first M months of the school year that lie inside the project year.
    public init(scenario: Scenario) {
        self.meetingMonths = { year in MonthlySchedule.defaultMeetingMonths(scenario, year: year) }
    }

    /// The first `meetings.per_year` months of the school year inside project year `year`:
    /// the project year's 12 months ordered from `school_year_start_month`, the first M taken,
    /// then put back in calendar order.
    public static func defaultMeetingMonths(_ s: Scenario, year: Int) -> [YearMonth] {
        let months = (0..<12).map { s.start.adding(months: 12 * (year - 1) + $0) }
        let bySchoolYear = months.sorted {
            ($0.month - s.schoolYearStartMonth + 12) % 12 < ($1.month - s.schoolYearStartMonth + 12) % 12
        }
        return Array(bySchoolYear.prefix(max(0, min(12, s.meetings.perYear)))).sorted()
    }

    /// The months of a period: the on-ramp months for planning, else the year's 12 months.
    public static func months(of period: Period, scenario s: Scenario) -> [YearMonth] {
        if period.index == 0 {
            let count = s.planning?.onrampMonths ?? 0
            return count > 0 ? (0..<count).map { period.firstMonth.adding(months: $0) } : [s.start.adding(months: -1)]
        }
        return (0..<12).map { period.firstMonth.adding(months: $0) }
    }

    /// Every line of `period` spread over its months: key -> month -> amount.
    public func spread(_ period: Period, scenario s: Scenario) -> [String: [YearMonth: Money]] {
        let all = MonthlySchedule.months(of: period, scenario: s)
        let meetings = period.index == 0 ? all : meetingMonths(period.index)
        var out: [String: [YearMonth: Money]] = [:]
        func put(_ line: LineItem, _ months: [YearMonth], _ weights: [Exact]) {
            var row: [YearMonth: Money] = [:]
            for (m, amount) in zip(months, LargestRemainder.split(line.amount, exactWeights: weights)) { row[m, default: .zero] += amount }
            out[line.key] = row
        }
        // Weights in whole cents: a share of the month's lines is proportional to their cents.
        func profile(of keys: [String]) -> [Exact] {
            all.map { m in Exact(keys.reduce(Int64(0)) { $0 + (out[$1]?[m]?.cents ?? 0) }) }
        }
        // Products first, then shares (fringe) and indirect, which follow what they depend on.
        for line in period.lines {
            guard case .product = line.basis else { continue }
            let months = period.index == 0 ? all : timing(line.category, all: all, meetings: meetings)
            put(line, months, months.map { _ in 1 })
        }
        for line in period.lines {
            guard case .shareOf(_, let keys) = line.basis else { continue }
            let weights = profile(of: keys)
            put(line, all, weights.contains { !$0.isZero && !$0.isNegative } ? weights : fallback(line.category, all: all, meetings: meetings))
        }
        for line in period.lines {
            guard case .indirect(_, _, let excluded) = line.basis else { continue }
            let keys = period.lines.filter { $0.category != .indirect && !excluded.contains($0.category) }.map(\.key)
            put(line, all, profile(of: keys))
        }
        return out
    }

    private func timing(_ category: CostCategory, all: [YearMonth], meetings: [YearMonth]) -> [YearMonth] {
        let meet = meetings.isEmpty ? all : meetings
        switch category {
        case .stipends, .food, .childcare, .coaching: return meet
        case .kits: return [meet.first!]
        case .credentials: return [meet.last!]
        case .planning, .buyouts, .substitutes, .other, .indirect: return all
        }
    }

    private func fallback(_ category: CostCategory, all: [YearMonth], meetings: [YearMonth]) -> [Exact] {
        let months = timing(category, all: all, meetings: meetings)
        return all.map { months.contains($0) ? 1 : 0 }
    }
}

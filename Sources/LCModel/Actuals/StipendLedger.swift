import Foundation

/// What each educator is owed for the hours their attendance shows, at the scenario's rates.
///
/// Rules (docs/store.md, "Stipends"):
/// - paid activities are `meeting`, `planning` and `other` (the community's own work: meetings,
///   lesson planning, showcases); `coaching` is attended but not paid as stipend time (it happens
///   in the school day, and the coach is paid from the coaching line);
/// - hours in project year k are paid at `stipends.hourly_rate` (participants) or
///   `stipends.leader_hourly_rate` (rows whose role is leader), times (1 + compensation)^(k−1),
///   as the budget escalates them;
/// - hours in the planning on-ramp are paid at `planning.hourly_rate`, with no escalation;
/// - with no `stipends` section nothing is owed for project-year hours;
/// - every attended hour, paid or not, counts as a credential (CEU) hour;
/// - an educator's amount is Σ hours × rate computed exactly and rounded once to cents; the
///   total owed is the sum of the rounded amounts.
///
/// ```swift
/// let ledger = StipendLedger.compute(scenario: scenario, attendance: rows)
/// ledger.educators[0].owed     // Money
/// ledger.reconciles            // hours and rows add up to the attendance rows
/// ```
public struct StipendLedger: Sendable, Equatable {
    /// Activities paid as stipend time.
    public static let paidActivities: Set<Activity> = [.meeting, .planning, .other]

    public var scenario: String
    /// One entry per educator name (as written on the sheets, trimmed), in name order.
    public var educators: [EducatorStipend]
    /// Attendance rows read, and their hours summed straight from the rows (for reconciliation).
    public var rowCount: Int
    public var rowHours: Decimal
    /// Rows dated outside every period: counted as credential hours, not paid.
    public var unpricedRows: Int

    public var totalOwed: Money { educators.map(\.owed).sum() }
    public var totalHours: Decimal { educators.reduce(0) { $0 + $1.totalHours } }
    public var paidHours: Decimal { educators.reduce(0) { $0 + $1.paidHours } }
    public var credentialHours: Decimal { educators.reduce(0) { $0 + $1.credentialHours } }
    public func hours(_ activity: Activity) -> Decimal { educators.reduce(0) { $0 + $1.hours(activity) } }

    /// True when the per-educator figures add back up to the attendance rows: same number of
    /// rows, same hours, and the activities add up to each educator's total.
    public var reconciles: Bool {
        educators.map(\.rows).reduce(0, +) == rowCount && totalHours == rowHours
            && educators.allSatisfy { e in Activity.allCases.reduce(Decimal(0)) { $0 + e.hours($1) } == e.totalHours }
    }

    public static func compute(scenario: Scenario, attendance: [AttendanceRecord]) -> StipendLedger {
        let calendar = ProjectCalendar(scenario)
        var byName: [String: EducatorStipend] = [:]
        var exactOwed: [String: Decimal] = [:]
        var unpriced = 0
        var rowHours = Decimal(0)
        for record in attendance {
            let name = record.educator.trimmingCharacters(in: .whitespaces)
            var entry = byName[name] ?? EducatorStipend(name: name)
            entry.rows += 1
            entry.hoursByActivity[record.activity, default: 0] += record.hours
            if !entry.roles.contains(record.role) { entry.roles.append(record.role); entry.roles.sort() }
            rowHours += record.hours
            let period = calendar.period(containing: record.date)
            if period == nil { unpriced += 1 }
            if paidActivities.contains(record.activity), let period {
                entry.paidHours += record.hours
                exactOwed[name, default: 0] += record.hours * rate(scenario, role: record.role, period: period.index)
            }
            byName[name] = entry
        }
        let educators = byName.values.map { entry -> EducatorStipend in
            var entry = entry
            entry.owed = Money(rounding: exactOwed[entry.name] ?? 0)
            return entry
        }.sorted { $0.name < $1.name }
        return StipendLedger(scenario: scenario.name, educators: educators, rowCount: attendance.count,
                             rowHours: rowHours, unpricedRows: unpriced)
    }

    /// The hourly rate of paid time in a period (0 = planning on-ramp).
    public static func rate(_ scenario: Scenario, role: EducatorRole, period: Int) -> Decimal {
        if period == 0 { return scenario.planning?.hourlyRate ?? 0 }
        guard let stipends = scenario.stipends else { return 0 }
        let base = role == .leader ? stipends.leaderHourlyRate : stipends.hourlyRate
        return base * Decimal.power(1 + scenario.escalation.compensation, period - 1)
    }
}

/// One educator's line of the stipend list.
public struct EducatorStipend: Sendable, Equatable {
    public var name: String
    /// Roles the educator attended in (a participant who became a leader has both).
    public var roles: [EducatorRole] = []
    public var hoursByActivity: [Activity: Decimal] = [:]
    public var paidHours: Decimal = 0
    public var owed: Money = .zero
    public var rows = 0

    public init(name: String) { self.name = name }

    public func hours(_ activity: Activity) -> Decimal { hoursByActivity[activity] ?? 0 }
    public var totalHours: Decimal { Activity.allCases.reduce(0) { $0 + hours($1) } }
    /// Every attended hour counts toward CEUs and micro-credentials.
    public var credentialHours: Decimal { totalHours }
}

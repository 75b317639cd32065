import Foundation

/// Applies the spec's cost rules to a scenario: the one projection every view reads.
///
/// ```swift
/// let projection = Projector.project(scenario)
/// projection.total            // Money
/// projection.periods[1].lines // Year 1's rounded lines
/// ```
///
/// Each line is computed exactly from its `Factor`s and rounded once to cents; fringe and
/// indirect lines are shares of rounded lines. Zero lines of sections the scenario has are
/// kept (the workbook needs every formula); text views may leave them out.
public enum Projector {
    /// Bound by a test to count bookings (`AnalysisTests`: loading alone books nothing).
    @TaskLocal public static var counter: ComputationCounter?

    public static func project(_ scenario: Scenario) -> Projection {
        project(scenario, schedule: CalendarScheduler.schedule(for: scenario))
    }

    /// The projection of a scenario whose calendar schedule is already computed (the loader
    /// computes it once: `LoadedScenario.project()`); `schedule` must be
    /// `CalendarScheduler.schedule(for: scenario)`. The projection keeps it for every view.
    public static func project(_ scenario: Scenario, schedule: Schedule?) -> Projection {
        var projection = book(scenario, schedule: schedule)
        projection.advisories = Advisor.advisories(for: projection)
        return projection
    }

    /// The booking stage alone: every period's lines, no advisories yet (the pipeline,
    /// `Analysis`, checks the lines and then runs the `Advisor` as a stage of its own).
    public static func book(_ scenario: Scenario, schedule: Schedule?) -> Projection {
        counter?.increment()
        let x = ExactInputs(scenario)
        var periods = [planningPeriod(scenario, x)]
        for year in 1...scenario.years {
            periods.append(yearPeriod(scenario, x, year: year, schedule: schedule))
        }
        return Projection(scenario: scenario, periods: periods, advisories: [], schedule: schedule)
    }

    // MARK: Planning

    static func planningPeriod(_ s: Scenario, _ x: ExactInputs) -> Period {
        var builder = LineBuilder(scenario: s)
        if let planning = s.planning {
            builder.product("planning.onramp", .planning, "Planning on-ramp", [
                Factor(count: planning.teamSize, .count("planners"), .input("planning.team_size")),
                Factor(planning.hoursPerMonth, exact: x.planningHours, .hoursPerMonth, .input("planning.hours_per_month")),
                Factor(count: planning.onrampMonths, .months, .input("planning.onramp_months")),
                Factor(planning.hourlyRate, exact: x.planningRate, .hourlyRate, .input("planning.hourly_rate")),
            ])
            builder.share("planning.fringe", .planning, "Planning fringe",
                          rate: Factor(s.fringe.extraDuty, exact: x.extraDuty, .share, .input("fringe.extra_duty")),
                          of: ["planning.onramp"])
        }
        let months = s.planning?.onrampMonths ?? 0
        return Period(index: 0, label: "Planning", firstMonth: s.start.adding(months: -months), lines: builder.lines)
    }

    // MARK: Project years

    static func yearPeriod(_ s: Scenario, _ x: ExactInputs, year k: Int, schedule: Schedule?) -> Period {
        var b = LineBuilder(scenario: s)
        let cohort = s.cohort(inYear: k)
        let P = Factor(count: cohort.participants, .count("educators"), .input("cohort.y\(k).participants"))
        let L = Factor(count: cohort.leaders, .count("leaders"), .input("cohort.y\(k).leaders"))
        let N = Factor(count: cohort.nonLeaders, .count("educators"),
                       .difference(P.term, L.term))
        // M: the calendar's placed meetings in year k when there is a calendar (docs/calendar.md).
        let M = Factor(count: s.meetingsPerYear(inYear: k, schedule: schedule), .months, .input(s.meetingsInput(inYear: k)))
        let exponent = k - 1
        // Escalation factors appear only from year 2 on, so year 1's arithmetic reads as written.
        let c: [Factor] = exponent == 0 ? [] :
            [Factor(exact: Exact.power(1 + x.compensation, exponent), .growth(years: exponent),
                    .growth("escalation.compensation", exponent: exponent))]
        let g: [Factor] = exponent == 0 ? [] :
            [Factor(exact: Exact.power(1 + x.goods, exponent), .growth(years: exponent),
                    .growth("escalation.goods", exponent: exponent))]

        if let st = s.stipends {
            b.product("stipends.participants", .stipends, "Participant stipends", [
                N, Factor(st.hoursPerMonth, exact: x.stipendHours, .hoursPerMonth, .input("stipends.hours_per_month")), M,
                Factor(st.hourlyRate, exact: x.stipendRate, .hourlyRate, .input("stipends.hourly_rate")),
            ] + c)
            b.product("stipends.leaders", .stipends, "Leader stipends", [
                L, Factor(exact: x.leaderHours, .hoursPerMonth,
                          .sum(.input("stipends.hours_per_month"), .input("stipends.leader_extra_hours_per_month"))),
                M, Factor(st.leaderHourlyRate, exact: x.leaderRate, .hourlyRate, .input("stipends.leader_hourly_rate")),
            ] + c)
            b.share("stipends.fringe", .stipends, "Stipend fringe",
                    rate: Factor(s.fringe.extraDuty, exact: x.extraDuty, .share, .input("fringe.extra_duty")),
                    of: ["stipends.participants", "stipends.leaders"])
        }
        if let bo = s.buyouts {
            let salary = Factor(bo.salary, exact: x.salary, .annual, .input("buyouts.salary"))
            b.product("buyouts.leaders", .buyouts, "Leader release time", [
                L, salary, Factor(bo.leaderShare, exact: x.leaderShare, .share, .input("buyouts.leader_share")),
            ] + c)
            b.product("buyouts.participants", .buyouts, "Participant release time", [
                N, salary, Factor(bo.participantShare, exact: x.participantShare, .share, .input("buyouts.participant_share")),
            ] + c)
            b.share("buyouts.fringe", .buyouts, "Release-time fringe",
                    rate: Factor(bo.benefitsRate, exact: x.benefitsRate, .share, .input("buyouts.benefits_rate")),
                    of: ["buyouts.leaders", "buyouts.participants"])
        }
        if let sub = s.substitutes {
            let covered = sub.includeLeaders ? P : N
            b.product("substitutes.coverage", .substitutes, "Substitute coverage", [
                covered, Factor(sub.daysPerParticipant, exact: x.substituteDays, .days, .input("substitutes.days_per_participant")),
                Factor(sub.dailyRate, exact: x.substituteRate, .dailyRate, .input("substitutes.daily_rate")),
            ] + c)
            b.share("substitutes.fringe", .substitutes, "Substitute fringe",
                    rate: Factor(s.fringe.substitutes, exact: x.substituteFringe, .share, .input("fringe.substitutes")),
                    of: ["substitutes.coverage"])
        }
        if let food = s.food {
            b.product("food.meals", .food, "Meeting food", [
                Factor(count: cohort.participants + food.guestsPerMeeting, .count("people"),
                       .sum(P.term, .input("food.guests_per_meeting"))),
                Factor(M.value, exact: M.exact, .meetings, M.term),
                Factor(food.perPersonPerMeeting, exact: x.foodPerPerson, .moneyPer("person per meeting"), .input("food.per_person_per_meeting")),
            ] + g)
        }
        if let care = s.childcare {
            b.product("childcare.care", .childcare, "Childcare during meetings", [
                Factor(count: s.meetings.afterHours ? 1 : 0, .flag, .input("meetings.after_hours")),
                Factor(count: care.families, .count("families"), .input("childcare.families")),
                Factor(care.hoursPerMeeting, exact: x.childcareHours, .hoursPerMeeting, .input("childcare.hours_per_meeting")),
                Factor(care.hourlyRate, exact: x.childcareRate, .hourlyRate, .input("childcare.hourly_rate")),
                Factor(M.value, exact: M.exact, .meetings, M.term),
            ] + g)
        }
        if let kits = s.kits {
            let share: [Factor] = k == 1 ? [] : [Factor(kits.refreshShare, exact: x.refreshShare, .share, .input("kits.refresh_share"))]
            b.product("kits.kits", .kits, k == 1 ? "Prototyping kits" : "Prototyping kit refresh", [
                P, Factor(kits.perParticipant, exact: x.kitPrice, .moneyPer("educator"), .input("kits.per_participant")),
            ] + share + g)
        }
        if let co = s.coaching {
            let groupSize = Factor(count: co.groupSize, .count("educators per group"), .input("coaching.group_size"))
            let groups = (cohort.participants + co.groupSize - 1) / co.groupSize
            b.product("coaching.sessions", .coaching, "Coaching", [
                // With a calendar coaching rule, the touch-points it dates (docs/calendar.md).
                Factor(count: s.coachingSessions(inYear: k, schedule: schedule), .sessions, .input(s.coachingInput(inYear: k))),
                Factor(count: groups, .count(co.groupSize == 1 ? "educators" : "groups"),
                       .ceilRatio(P.term, groupSize.term)),
                Factor(exact: x.coachingHours, .hours, .ratio(.input("coaching.minutes"), 60)),
                Factor(co.coachHourlyRate, exact: x.coachRate, .hourlyRate, .input("coaching.coach_hourly_rate")),
            ] + c)
        }
        if let cr = s.credentials {
            b.product("credentials.credentials", .credentials, "CEUs and micro-credentials", [
                P, Factor(cr.perParticipant, exact: x.credentialPrice, .moneyPer("educator"), .input("credentials.per_participant")),
            ] + g)
        }
        for (i, other) in s.other.enumerated() {
            b.product("other.\(i)", .other, other.name, [
                Factor(other.annual, exact: x.other[i], .annual, .input("other.\(i).annual")),
            ] + g)
        }
        if let ind = s.indirect {
            b.indirect(rate: Factor(ind.rate, exact: x.indirectRate, .share, .input("indirect.rate")), base: ind.base)
        }
        return Period(index: k, label: "Year \(k)", firstMonth: s.start.adding(months: 12 * (k - 1)), lines: b.lines)
    }
}

/// Builds one period's lines in order, rounding each once.
struct LineBuilder {
    let scenario: Scenario
    var lines: [LineItem] = []

    private func isParticipantSupport(_ category: CostCategory) -> Bool {
        !scenario.cohort.employees && CostCategory.participantSupportWhenNotEmployees.contains(category)
    }

    /// Round(Π factors): every factor exact (minutes ÷ 60 a fraction), so the one rounding sees
    /// the exact product — $277.875 is $277.88, whatever order the factors come in.
    mutating func product(_ key: String, _ category: CostCategory, _ item: String, _ factors: [Factor]) {
        append(key, category, item, Exact.product(factors.lazy.map(\.exact)), .product(factors))
    }

    mutating func share(_ key: String, _ category: CostCategory, _ item: String, rate: Factor, of keys: [String]) {
        let base = lines.filter { keys.contains($0.key) }.map(\.amount).sum()
        append(key, category, item, rate.exact * base.exact, .shareOf(rate: rate, lines: keys))
    }

    mutating func indirect(rate: Factor, base: Indirect.Base) {
        let excluded: [CostCategory] = base == .mtdc
            ? CostCategory.allCases.filter { isParticipantSupport($0) } : []
        let baseAmount = lines.filter { !excluded.contains($0.category) }.map(\.amount).sum()
        append("indirect.indirect", .indirect, "Indirect costs", rate.exact * baseAmount.exact,
               .indirect(rate: rate, base: base, excluded: excluded))
    }

    private mutating func append(_ key: String, _ category: CostCategory, _ item: String, _ exact: Exact, _ basis: Basis) {
        lines.append(LineItem(key: key, category: category, item: item, amount: Money(rounding: exact),
                              exact: exact, basis: basis, participantSupport: isParticipantSupport(category)))
    }
}

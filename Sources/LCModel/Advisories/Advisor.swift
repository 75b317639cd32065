import Foundation

/// Checks a projection against the guide's recommendations (the spec's advisory table).
public enum Advisor {
    static let guideHourlyRate = Decimal(50)
    static let leaderBuyoutFloor = Decimal(string: "0.45")!

    public static func advisories(for projection: Projection) -> [Advisory] {
        let s = projection.scenario
        var out: [Advisory] = []
        let anyLeaders = (1...s.years).contains { s.cohort(inYear: $0).leaders > 0 }

        if let st = s.stipends, st.hourlyRate < guideHourlyRate {
            out.append(Advisory(.stipendBelowGuide,
                "The stipend of \(dollars(st.hourlyRate))/h is below the guide's $50.00/h.",
                input: "stipends.hourly_rate"))
        } else if s.stipends == nil && (s.buyouts?.participantShare ?? 0) == 0 {
            out.append(Advisory(.stipendBelowGuide,
                "Educators are neither paid a stipend nor bought out for their time.", input: nil))
        }

        if anyLeaders {
            let rateRaised = s.stipends.map { $0.leaderHourlyRate > $0.hourlyRate } ?? false
            let boughtOut = s.buyouts.map { $0.leaderShare > 0 } ?? false
            if !rateRaised && !boughtOut {
                out.append(Advisory(.leaderRateNotIncreased,
                    "Leaders are paid no more than other educators and none of their time is bought out.",
                    input: s.stipends == nil ? nil : "stipends.leader_hourly_rate"))
            }
            if let bo = s.buyouts {
                if bo.leaderShare < leaderBuyoutFloor {
                    out.append(Advisory(.leaderBuyoutBelowGuide,
                        "Leaders' time is bought out at \(percent(bo.leaderShare)); the guide suggests about 50%.",
                        input: "buyouts.leader_share"))
                }
            } else {
                out.append(Advisory(.leaderBuyoutBelowGuide,
                    "No part of the leaders' time is bought out; the guide suggests about 50%.", input: nil))
            }
        }

        if s.years < s.goal.minimumYears {
            out.append(Advisory(.durationShortForGoal,
                "\(s.years) year\(s.years == 1 ? "" : "s") is short for the goal \(s.goal.rawValue); the guide suggests at least \(s.goal.minimumYears).",
                input: "years"))
        }

        let kickoffMonths = (0...3).map { YearMonth(year: 2000, month: s.schoolYearStartMonth).adding(months: -$0).month }
        if !kickoffMonths.contains(s.start.month) {
            out.append(Advisory(.kickoffMidyear,
                "The community starts in \(YearMonth.monthNames[s.start.month - 1]), in the middle of the school year that starts in \(YearMonth.monthNames[s.schoolYearStartMonth - 1]).",
                input: "start"))
        }

        if let planning = s.planning {
            if planning.onrampMonths < 6 {
                out.append(Advisory(.onrampShort,
                    "The planning on-ramp is \(planning.onrampMonths) month\(planning.onrampMonths == 1 ? "" : "s"); the guide suggests 6.",
                    input: "planning.onramp_months"))
            }
        } else {
            out.append(Advisory(.onrampShort, "There is no planning on-ramp; the guide suggests 6 months.", input: nil))
        }

        if s.meetings.minutes < 90 || s.meetings.minutes > 120 {
            out.append(Advisory(.meetingLength,
                "Meetings of \(s.meetings.minutes.plainText) minutes fall outside the guide's 90 to 120.",
                input: "meetings.minutes"))
        }

        // Sessions as costed: with a calendar coaching rule, the touch-points it dates, so this
        // never says "no coaching" of coaching the budget pays for (docs/calendar.md).
        if s.coaching == nil || (1...s.years).allSatisfy({ s.coachingSessions(inYear: $0, schedule: projection.calendarSchedule) == 0 }) {
            out.append(Advisory(.noCoaching, "There are no coaching or small-group sessions between meetings.",
                                input: s.coaching == nil ? nil : "coaching.sessions_per_year"))
        }
        if s.meetings.afterHours && s.childcare == nil {
            out.append(Advisory(.childcareMissing, "Meetings run after hours but no childcare is budgeted.",
                                input: "meetings.after_hours"))
        }
        if s.food == nil {
            out.append(Advisory(.foodMissing, "No food is budgeted for meetings.", input: nil))
        }
        if s.kits == nil {
            out.append(Advisory(.kitsMissing, "No prototyping kits are budgeted.", input: nil))
        }

        if s.funding != nil {
            let short = projection.funding.filter { $0.gap > .zero }
            if !short.isEmpty {
                let list = short.map { "year \($0.year) \($0.gap.formatted())" }.joined(separator: ", ")
                out.append(Advisory(.fundingGap, "Funding falls short: \(list).", input: "funding"))
            }
        }
        out += CalendarAdvisor.advisories(for: s, schedule: projection.calendarSchedule)
        out += IndirectCostRules.advisories(for: s)
        return out
    }

    /// `$42.50`
    static func dollars(_ value: Decimal) -> String { Money(rounding: value).formatted() }

    /// `45%`, `47.5%`
    static func percent(_ share: Decimal) -> String { "\((share * 100).plainText)%" }
}

extension Advisor {
    /// A share as a percent for people: 0.03 -> "3%".
    public static func percentText(_ share: Decimal) -> String { percent(share) }
}

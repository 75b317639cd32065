/// A recommendation of the guide that the scenario does not follow: a warning, never an error.
public struct Advisory: Sendable, Equatable {
    public enum Code: String, Sendable, CaseIterable {
        case stipendBelowGuide = "STIPEND_BELOW_GUIDE"
        case leaderRateNotIncreased = "LEADER_RATE_NOT_INCREASED"
        case leaderBuyoutBelowGuide = "LEADER_BUYOUT_BELOW_GUIDE"
        case durationShortForGoal = "DURATION_SHORT_FOR_GOAL"
        case kickoffMidyear = "KICKOFF_MIDYEAR"
        case onrampShort = "ONRAMP_SHORT"
        case meetingLength = "MEETING_LENGTH"
        case noCoaching = "NO_COACHING"
        case childcareMissing = "CHILDCARE_MISSING"
        case foodMissing = "FOOD_MISSING"
        case kitsMissing = "KITS_MISSING"
        case fundingGap = "FUNDING_GAP"
        // Calendar advisories (docs/calendar.md); only with a `calendar:` section.
        case calendarMeetingCount = "CALENDAR_MEETING_COUNT"
        case calendarConflict = "CALENDAR_CONFLICT"
        case calendarKickoffMidterm = "CALENDAR_KICKOFF_MIDTERM"
        case calendarCoachingGap = "CALENDAR_COACHING_GAP"
        case calendarCoachingCount = "CALENDAR_COACHING_COUNT"
        case indirectEdTrainingCap = "INDIRECT_ED_TRAINING_CAP"
        case indirectDeMinimisAboveLimit = "INDIRECT_DE_MINIMIS_ABOVE_LIMIT"
        case indirectMTDCExcludesNothing = "INDIRECT_MTDC_EXCLUDES_NOTHING"
    }

    public enum Severity: String, Sendable { case warning }

    public var code: Code
    public var severity: Severity = .warning
    /// What is wrong, with the scenario's own figures.
    public var message: String
    /// The scenario input the advisory is about (an Assumptions key such as `stipends.hourly_rate`),
    /// so `check` can point at its line.
    public var input: String?

    public init(_ code: Code, _ message: String, input: String? = nil) {
        (self.code, self.message, self.input) = (code, message, input)
    }

    /// The guide's recommendation behind the check, in the project's own words.
    public var recommendation: String { code.recommendation }
}

extension Advisory.Code {
    /// The guide's recommendation behind the check (Maker Ed & Portland Public Schools, 2021).
    public var recommendation: String {
        switch self {
        case .stipendBelowGuide:
            "Pay educators for their time at no less than $50 an hour (10 months × 4 hours a month = $2,000 a year), or buy out their time."
        case .leaderRateNotIncreased:
            "Value leaders' extra work with a higher hourly rate or a buyout of their time."
        case .leaderBuyoutBelowGuide:
            "Buy out about half of each leader's time so they can plan, coach and facilitate."
        case .durationShortForGoal:
            "Run the community at least 1 year to shift teacher identity, 2 years for student identity, and 3 to 5 years for student outcomes."
        case .kickoffMidyear:
            "Kick off in summer or a pre-term planning period, not in the middle of a term."
        case .onrampShort:
            "Plan for at least six months before the community starts."
        case .meetingLength:
            "Meet as a whole group monthly for 90 minutes to 2 hours."
        case .noCoaching:
            "Pair monthly whole-group meetings with monthly coaching or small-group touch-points."
        case .childcareMissing:
            "Provide childcare when meetings run after school hours, so caregivers can take part."
        case .foodMissing:
            "Provide food at every meeting."
        case .kitsMissing:
            "Give every educator a low-tech prototyping kit to try ideas with students."
        case .fundingGap:
            "Secure funding for every year before launch, so the community is not cut short."
        case .calendarMeetingCount:
            "Budget exactly the meetings on the calendar: the calendar's count per year is the M of the cost rules."
        case .calendarConflict:
            "Meet monthly, around holidays and busy periods; a month with no permitted day needs a date the district chooses."
        case .calendarKickoffMidterm:
            "Kick off in summer or a pre-term planning period, not weeks into the term."
        case .calendarCoachingGap:
            "Pair monthly whole-group meetings with monthly coaching or small-group touch-points."
        case .calendarCoachingCount:
            "Budget exactly the coaching on the calendar: with a coaching rule, its touch-points per year are the coaching sessions costed."
        case .indirectEdTrainingCap, .indirectDeMinimisAboveLimit, .indirectMTDCExcludesNothing:
            IndirectCostRules.recommendation(for: self)
        }
    }
}

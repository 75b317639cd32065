import Foundation

/// Every numeric input of a scenario, keyed the way `Term`s name them, with the workbook name,
/// unit, bounds and guide note of each: the rows of the Assumptions sheet.
///
/// ```swift
/// let inputs = InputCatalog.inputs(for: scenario)
/// inputs.first { $0.key == "stipends.hourly_rate" }?.name   // "StipendHourlyRate"
/// ```
///
/// The catalog lists the inputs of the sections the scenario has (plus the always-present
/// cohort, meetings, fringe, escalation and discount rate), so every key any line's `Term`
/// reads is here (tests check this against the projector).
public enum InputCatalog {
    public static func inputs(for s: Scenario) -> [ScenarioInput] {
        var out: [ScenarioInput] = []
        func add(_ key: String, _ name: String, _ section: String, _ label: String, _ value: Decimal,
                 _ kind: ScenarioInput.Kind, _ unit: String, min: Decimal = 0, max: Decimal? = nil, _ note: String) {
            out.append(ScenarioInput(key: key, name: name, section: section, label: label, value: value, kind: kind,
                                     unit: unit, minimum: min, maximum: max, note: note))
        }

        // Cohort: one pair of counts per project year, so a year can be changed on its own.
        for year in 1...s.years {
            let cohort = s.cohort(inYear: year)
            let source = s.cohort.byYear == nil ? "cohort.participants (the same every year)" : "cohort.by_year[\(year - 1)]"
            add("cohort.y\(year).participants", "ParticipantsYear\(year)", "Cohort", "Educators in year \(year), leaders included",
                Decimal(cohort.participants), .count, "educators", min: 1,
                "From \(source). The guide builds the community around a cohort of K-8 educators who meet monthly.")
            add("cohort.y\(year).leaders", "LeadersYear\(year)", "Cohort", "Leaders in year \(year)",
                Decimal(cohort.leaders), .count, "educators",
                "Educators who share leadership (coordination, scheduling, planning); the guide asks that their extra work be paid more or bought out.")
        }
        add("cohort.students_per_educator", "StudentsPerEducator", "Cohort", "Students reached per educator",
            s.cohort.studentsPerEducator, .quantity, "students",
            "Used only for the cost per student-year reached (students × years: a student reached in two years counts twice).")

        add("meetings.per_year", "MeetingsPerYear", "Meetings", "Whole-group meetings per year",
            Decimal(s.meetings.perYear), .count, "meetings (months)", min: 1, max: 12,
            "Guide: meet as a whole group monthly (10 meetings in a 10-month community).")
        if s.calendar != nil {
            // With a calendar, each year's M is the number of meetings it actually places.
            for year in 1...s.years {
                add(s.meetingsInput(inYear: year), "ScheduledMeetingsYear\(year)", "Meetings",
                    "Meetings on the calendar in year \(year)", Decimal(s.meetingsPerYear(inYear: year)), .count,
                    "meetings", max: 12,
                    "Counted from the calendar section (meeting rule, school year and blackouts); this, not MeetingsPerYear, is year \(year)'s M.")
            }
        }
        add("meetings.minutes", "MeetingMinutes", "Meetings", "Meeting length",
            s.meetings.minutes, .quantity, "minutes",
            "Guide: 90 minutes to 2 hours per meeting (check MEETING_LENGTH). Not used in any cost line.")
        add("meetings.after_hours", "MeetingsAfterHours", "Meetings", "Meetings run after school hours",
            s.meetings.afterHours ? 1 : 0, .flag, "1 = yes, 0 = no", max: 1,
            "Guide: arrange childcare when meetings fall outside work-day hours; childcare costs only when this is 1.")

        if let st = s.stipends {
            add("stipends.hourly_rate", "StipendHourlyRate", "Stipends", "Stipend hourly rate",
                st.hourlyRate, .money, "$ per hour",
                "Guide: value educator time at no less than $50 an hour (check STIPEND_BELOW_GUIDE).")
            add("stipends.hours_per_month", "StipendHoursPerMonth", "Stipends", "Paid hours per meeting month",
                st.hoursPerMonth, .quantity, "hours per month",
                "Guide: about 4 hours a month (meeting, coaching check-ins, planning and practice): 10 months × 4 h × $50 = $2,000.")
            add("stipends.leader_hourly_rate", "LeaderHourlyRate", "Stipends", "Leader stipend hourly rate",
                st.leaderHourlyRate, .money, "$ per hour",
                "Guide: an increased stipend rate for educators who share leadership (check LEADER_RATE_NOT_INCREASED).")
            add("stipends.leader_extra_hours_per_month", "LeaderExtraHoursPerMonth", "Stipends", "Leaders' extra hours per month",
                st.leaderExtraHoursPerMonth, .quantity, "hours per month",
                "Leadership work beyond the participants' hours (coordination, scheduling, planning).")
        }

        add("fringe.extra_duty", "FringeExtraDuty", "Fringe", "Fringe on stipends and planning pay",
            s.fringe.extraDuty, .share, "share of extra-duty pay", max: 1,
            "Employer costs on extra-duty pay (the district's rate; the guide is silent).")
        add("fringe.substitutes", "FringeSubstitutes", "Fringe", "Fringe on substitute pay",
            s.fringe.substitutes, .share, "share of substitute pay", max: 1,
            "Employer costs on substitute pay (the district's rate; the guide is silent).")

        if let bo = s.buyouts {
            add("buyouts.salary", "TeacherSalary", "Buyouts", "Average teacher salary (year 1)",
                bo.salary, .money, "$ per year",
                "The base for release-time buyouts, which the guide recommends for leaders and, when funding allows, for all.")
            add("buyouts.benefits_rate", "BenefitsRate", "Buyouts", "Benefits on bought-out salary",
                bo.benefitsRate, .share, "share of salary", max: 1,
                "Full-time fringe that follows bought-out salary (the district's rate).")
            add("buyouts.leader_share", "LeaderBuyoutShare", "Buyouts", "Share of each leader's time bought out",
                bo.leaderShare, .share, "share of a year", max: 1,
                "Guide: buy out about 50% of the time of anyone leading the community (check LEADER_BUYOUT_BELOW_GUIDE).")
            add("buyouts.participant_share", "ParticipantBuyoutShare", "Buyouts", "Share of each participant's time bought out",
                bo.participantShare, .share, "share of a year", max: 1,
                "Guide: if funding allows, buy out about 50% of every participating educator's time.")
        }

        if let sub = s.substitutes {
            add("substitutes.days_per_participant", "SubstituteDaysPerEducator", "Substitutes", "Release days per covered educator",
                sub.daysPerParticipant, .quantity, "days per year",
                "Guide: fund or arrange substitute teachers for participating educators.")
            add("substitutes.daily_rate", "SubstituteDailyRate", "Substitutes", "Substitute daily rate",
                sub.dailyRate, .money, "$ per day",
                "The district's substitute pay rate.")
        }

        if let food = s.food {
            add("food.per_person_per_meeting", "FoodPerPersonPerMeeting", "Food", "Food per person per meeting",
                food.perPersonPerMeeting, .money, "$ per person per meeting",
                "Guide: provide food during synchronous meetings (check FOOD_MISSING).")
            add("food.guests_per_meeting", "MeetingGuests", "Food", "Guests fed at each meeting",
                Decimal(food.guestsPerMeeting), .count, "people",
                "Facilitators and coaches who eat with the group.")
        }

        if let care = s.childcare {
            add("childcare.families", "ChildcareFamilies", "Childcare", "Educators needing childcare at each meeting",
                Decimal(care.families), .count, "families",
                "Guide: arrange childcare when meetings are held outside work-day hours (check CHILDCARE_MISSING).")
            add("childcare.hours_per_meeting", "ChildcareHoursPerMeeting", "Childcare", "Childcare hours per meeting",
                care.hoursPerMeeting, .quantity, "hours per meeting",
                "Cover the meeting plus travel time.")
            add("childcare.hourly_rate", "ChildcareHourlyRate", "Childcare", "Childcare hourly rate",
                care.hourlyRate, .money, "$ per hour",
                "The local rate for a caregiver.")
        }

        if let kits = s.kits {
            add("kits.per_participant", "KitCostPerEducator", "Kits", "Prototyping kit per educator (year 1)",
                kits.perParticipant, .money, "$ per educator",
                "Guide: distribute kits with low-tech prototyping (craft) materials (check KITS_MISSING).")
            add("kits.refresh_share", "KitRefreshShare", "Kits", "Kit refresh in later years",
                kits.refreshShare, .share, "share of the kit cost", max: 1,
                "Materials used up in year 1 and restocked after.")
        }

        if let co = s.coaching {
            add("coaching.sessions_per_year", "CoachingSessionsPerYear", "Coaching", "Coaching sessions per year",
                Decimal(co.sessionsPerYear), .count, "sessions per educator or group",
                "Guide: monthly one-on-one coaching or small-group touch-points between meetings (check NO_COACHING).")
            if s.coachingFollowsCalendar {
                // With a calendar coaching rule, each year's sessions are the touch-points it dates.
                for year in 1...s.years {
                    add(s.coachingInput(inYear: year), "ScheduledCoachingYear\(year)", "Coaching",
                        "Coaching touch-points on the calendar in year \(year)", Decimal(s.coachingSessions(inYear: year)), .count,
                        "sessions per educator or group", max: 12,
                        "Counted from the calendar's coaching rule, school year and blackouts; this, not CoachingSessionsPerYear, is year \(year)'s coaching sessions.")
                }
            }
            add("coaching.minutes", "CoachingMinutes", "Coaching", "Coaching session length",
                co.minutes, .quantity, "minutes",
                "Time the coach spends per session.")
            add("coaching.group_size", "CoachingGroupSize", "Coaching", "Educators per coaching group",
                Decimal(co.groupSize), .count, "educators (1 = one-on-one)", min: 1,
                "Guide: one-on-one coaching or small groups.")
            add("coaching.coach_hourly_rate", "CoachHourlyRate", "Coaching", "Coach hourly rate",
                co.coachHourlyRate, .money, "$ per hour",
                "0 when leaders coach inside their buyout.")
        }

        if let cr = s.credentials {
            add("credentials.per_participant", "CredentialCostPerEducator", "Credentials", "CEUs or micro-credentials per educator",
                cr.perParticipant, .money, "$ per educator per year",
                "Guide: make educators' learning visible through CEUs or micro-credentials.")
        }

        if let planning = s.planning {
            add("planning.onramp_months", "OnrampMonths", "Planning", "Planning on-ramp",
                Decimal(planning.onrampMonths), .count, "months",
                "Guide: a long planning on-ramp, about six months, before the community starts (check ONRAMP_SHORT).")
            add("planning.team_size", "PlanningTeamSize", "Planning", "Planning team",
                Decimal(planning.teamSize), .count, "people",
                "The team that clarifies goals, outlines agenda arcs, aligns calendars and builds commitment.")
            add("planning.hours_per_month", "PlanningHoursPerMonth", "Planning", "Planning hours per month",
                planning.hoursPerMonth, .quantity, "hours per month", "Paid planning time per team member.")
            add("planning.hourly_rate", "PlanningHourlyRate", "Planning", "Planning hourly rate",
                planning.hourlyRate, .money, "$ per hour", "Guide: value educator time at no less than $50 an hour.")
        }

        for (i, other) in s.other.enumerated() {
            add("other.\(i).annual", "OtherCost\(i + 1)Annual", "Other direct costs", other.name,
                other.annual, .money, "$ per year (year 1)",
                "A further direct cost named in the scenario; escalated like goods.")
        }

        add("escalation.compensation", "CompensationEscalation", "Escalation", "Yearly growth of pay",
            s.escalation.compensation, .share, "per year", min: Decimal(string: "-0.1")!, max: Decimal(string: "0.25")!,
            "Applied to stipends, buyouts, substitutes and coaching from year 2 on (the guide is silent).")
        add("escalation.goods", "GoodsEscalation", "Escalation", "Yearly growth of goods and services",
            s.escalation.goods, .share, "per year", min: Decimal(string: "-0.1")!, max: Decimal(string: "0.25")!,
            "Applied to food, childcare, kits, credentials and other costs from year 2 on.")

        if let indirect = s.indirect {
            add("indirect.rate", "IndirectRate", "Indirect", "Indirect cost rate",
                indirect.rate, .share, "share of the base", max: 1,
                "The grantee's negotiated indirect rate (the guide is silent).")
        }

        add("discount_rate", "DiscountRate", "Present value", "Discount rate",
            s.discountRate, .share, "per year", max: Decimal(string: "0.2")!,
            "Discounts later years for the present value.")
        return out
    }

    /// The structural choices of the scenario, for the record (they decide which lines exist
    /// and which are participant support, so they are changed in the scenario file).
    public static func settings(for s: Scenario) -> [ScenarioSetting] {
        var out = [
            ScenarioSetting(key: "goal", label: "Goal", value: s.goal.rawValue,
                            note: "The guide: at least \(s.goal.minimumYears) year\(s.goal.minimumYears == 1 ? "" : "s") to \(s.goal.phrase) (check DURATION_SHORT_FOR_GOAL)."),
            ScenarioSetting(key: "start", label: "First month of year 1", value: s.start.iso,
                            note: "The guide: kick off in summer or a pre-term planning period (check KICKOFF_MIDYEAR)."),
            ScenarioSetting(key: "years", label: "Project years", value: String(s.years),
                            note: "Each year is a column of the Budget sheet."),
            ScenarioSetting(key: "school_year_start_month", label: "School year starts in",
                            value: YearMonth.monthNames[s.schoolYearStartMonth - 1], note: "Used by the kickoff check."),
            ScenarioSetting(key: "cohort.employees", label: "Participants are the grantee's employees",
                            value: s.cohort.employees ? "yes" : "no",
                            note: "When no, stipends, food, childcare, kits and credentials are participant support costs."),
        ]
        if let sub = s.substitutes {
            out.append(ScenarioSetting(key: "substitutes.include_leaders", label: "Substitutes also cover leaders",
                                       value: sub.includeLeaders ? "yes" : "no",
                                       note: "Decides whether coverage counts all educators or only non-leaders."))
        }
        if let indirect = s.indirect {
            out.append(ScenarioSetting(key: "indirect.base", label: "Indirect cost base", value: indirect.base.rawValue,
                                       note: indirect.base == .mtdc
                                           ? "Modified total direct costs: direct costs less participant support."
                                           : "All direct costs."))
        }
        return out
    }
}

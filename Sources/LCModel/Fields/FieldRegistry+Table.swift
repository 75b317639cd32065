import Foundation

// The registry's table: one entry per scenario field, grouped as docs/scenario-format.md
// groups them. It is one file on purpose: a table is read, and checked, top to bottom.

/// The community's own fields: the top-level keys, `cohort` and `meetings`.
extension FieldRegistry {
    static let community: [FieldSpec] = [
        FieldSpec("format", .peopleAndTime, .integer, unit: "version", min: 1, max: 1, required: true,
                  label: "Scenario format",
                  help: "The version of the scenario format the file is written in. It is always 1.", feeds: "—",
                  access: FieldSpec.integer({ $0.format }, { $0.format = $1 })),
        FieldSpec("name", .peopleAndTime, .text, required: true, label: "Community name",
                  help: "The name of the learning community, as it should appear at the top of every report.",
                  feeds: "report titles", access: FieldSpec.text({ $0.name }, { $0.name = $1 })),
        FieldSpec("organization", .peopleAndTime, .text, label: "Organization",
                  help: "The district, school or nonprofit that runs the community. Optional.", feeds: "report titles",
                  access: FieldSpec.text({ $0.organization }, { $0.organization = $1 })),
        FieldSpec("goal", .peopleAndTime, .choice, required: true, label: "Goal",
                  help: "What the community is meant to change: teachers' identity as makers, students' identity, or student outcomes. The goal decides how many years the guide recommends.",
                  recommendation: "At least 1 year to shift teachers' identity, 2 years to shift students' identity, 3 to 5 years to improve student outcomes",
                  choices: Goal.allCases.map(\.rawValue), advisories: ["DURATION_SHORT_FOR_GOAL"],
                  feeds: "DURATION_SHORT_FOR_GOAL",
                  access: FieldSpec.text({ $0.goal.rawValue }, { s, t in if let g = Goal(rawValue: t) { s.goal = g } })),
        FieldSpec("start", .peopleAndTime, .date, unit: "month", required: true, label: "First month of year 1",
                  help: "The month the community's first project year begins, written YYYY-MM (a year from 1900). The planning on-ramp comes before it.",
                  recommendation: "Kick off in summer or in a pre-term planning period",
                  advisories: ["KICKOFF_MIDYEAR"], feeds: "first month of year 1; KICKOFF_MIDYEAR",
                  access: FieldSpec.text({ $0.start.iso }, { s, t in if let m = YearMonth(iso: t) { s.start = m } })),
        FieldSpec("years", .peopleAndTime, .integer, unit: "years", min: 1, max: 5, required: true,
                  label: "Project years",
                  help: "How many project years the community runs, from 1 to 5. Each year is a column of the budget.",
                  recommendation: "At least 1 year for teacher identity, 2 for student identity, 3 to 5 for student outcomes",
                  fitted: true, advisories: ["DURATION_SHORT_FOR_GOAL"], feeds: "number of project years",
                  access: FieldSpec.integer({ $0.years }, { $0.years = $1 })),
        FieldSpec("school_year_start_month", .peopleAndTime, .integer, unit: "month", min: 1, max: 12, default: "9",
                  label: "School year starts in",
                  help: "The month the district's school year begins (9 = September). Used only to check when the community kicks off.",
                  advisories: ["KICKOFF_MIDYEAR"], feeds: "KICKOFF_MIDYEAR",
                  access: FieldSpec.integer({ $0.schoolYearStartMonth }, { $0.schoolYearStartMonth = $1 })),
        FieldSpec("discount_rate", .escalationAndIndirect, .share, unit: "per year", min: 0,
                  max: Decimal(string: "0.2")!, default: "0.03", label: "Discount rate",
                  help: "How much less a dollar spent in a later year weighs today, per year (0.03 = 3%). It changes only the present value, not any cost.",
                  workbook: "DiscountRate", feeds: "`presentValue`",
                  note: "Discounts later years for the present value.",
                  access: FieldSpec.decimal({ $0.discountRate }, { $0.discountRate = $1 })),
    ]

    static let cohort: [FieldSpec] = [
        FieldSpec("cohort.participants", .peopleAndTime, .integer, unit: "educators", min: 1, max: 10_000, limit: true,
                  required: true, label: "Educators, leaders included",
                  help: "How many educators take part each year, counting the leaders among them.",
                  recommendation: "Build the community around a cohort of K-8 educators who meet monthly",
                  workbook: "ParticipantsYear{year}", uncertain: true, fitted: true,
                  feeds: "P: educators **including** leaders",
                  note: "The guide builds the community around a cohort of K-8 educators who meet monthly.",
                  access: FieldSpec.integer({ $0.cohort.participants }, { $0.cohort.participants = $1 })),
        FieldSpec("cohort.leaders", .peopleAndTime, .integer, unit: "educators", min: 0, max: 10_000, limit: true,
                  default: "0", label: "Leaders",
                  help: "How many of the educators share leadership: coordination, scheduling and planning. At most the number of participants.",
                  recommendation: "Pay leaders an increased rate and buy out about 50% of their time",
                  workbook: "LeadersYear{year}", uncertain: true, fitted: true,
                  advisories: ["LEADER_RATE_NOT_INCREASED", "LEADER_BUYOUT_BELOW_GUIDE"],
                  feeds: "L (at most `participants`); leader stipends, leader buyouts; the leader advisories",
                  note: "Educators who share leadership (coordination, scheduling, planning); the guide asks that their extra work be paid more or bought out.",
                  access: FieldSpec.integer({ $0.cohort.leaders }, { $0.cohort.leaders = $1 })),
        FieldSpec("cohort.students_per_educator", .peopleAndTime, .decimal, unit: "students", min: 0, max: 10_000,
                  limit: true, default: "0", label: "Students reached per educator",
                  help: "How many students each educator teaches in a year, on average; it may have decimals. Used only for the cost per student-year reached.",
                  workbook: "StudentsPerEducator",
                  feeds: "`perStudentReached`, the cost per student-year reached (null when 0)",
                  note: "Used only for the cost per student-year reached (students × years: a student reached in two years counts twice).",
                  access: FieldSpec.decimal({ $0.cohort.studentsPerEducator }, { $0.cohort.studentsPerEducator = $1 })),
        FieldSpec("cohort.employees", .peopleAndTime, .boolean, default: "true",
                  label: "Participants are the grantee's employees",
                  help: "Yes when the educators work for the organization running the community. No when they work elsewhere: then their stipends, food, childcare, kits and credentials are participant support costs.",
                  feeds: "`false`: stipends, food, childcare, kits and credentials are participant support, left out of an `mtdc` base",
                  access: FieldSpec.flag({ $0.cohort.employees }, { $0.cohort.employees = $1 })),
        FieldSpec("cohort.by_year.*.participants", .peopleAndTime, .integer, unit: "educators", min: 1, max: 10_000,
                  limit: true, required: true,
                  label: "Educators in the year, leaders included",
                  help: "A year-by-year cohort: one entry per project year. Give it when the cohort grows or shrinks; it replaces the single count for that year.",
                  workbook: "ParticipantsYear{year}", uncertain: true,
                  feeds: "P in that year (`by_year` has exactly `years` entries)",
                  access: (read: { s, i in
                      guard let rows = s.cohort.byYear, i[0] < rows.count else { return nil }
                      return .number(Decimal(rows[i[0]].participants))
                  }, write: { s, i, v in
                      guard let n = v.number, let count = s.cohort.byYear?.count, i[0] < count else { return }
                      s.cohort.byYear![i[0]].participants = NSDecimalNumber(decimal: n).intValue
                  })),
        FieldSpec("cohort.by_year.*.leaders", .peopleAndTime, .integer, unit: "educators", min: 0, max: 10_000,
                  limit: true, default: "0",
                  label: "Leaders in the year",
                  help: "How many of that year's educators lead. At most that year's participants.",
                  workbook: "LeadersYear{year}", uncertain: true,
                  advisories: ["LEADER_RATE_NOT_INCREASED", "LEADER_BUYOUT_BELOW_GUIDE"],
                  feeds: "L in that year (at most that year's `participants`)",
                  access: (read: { s, i in
                      guard let rows = s.cohort.byYear, i[0] < rows.count else { return nil }
                      return .number(Decimal(rows[i[0]].leaders))
                  }, write: { s, i, v in
                      guard let n = v.number, let count = s.cohort.byYear?.count, i[0] < count else { return }
                      s.cohort.byYear![i[0]].leaders = NSDecimalNumber(decimal: n).intValue
                  })),
    ]

    static let meetings: [FieldSpec] = [
        FieldSpec("meetings.per_year", .meetingsAndCoaching, .integer, unit: "meetings (months)", min: 1, max: 12,
                  required: true, label: "Whole-group meetings per year",
                  help: "How many times a year the whole community meets; each meeting month is a paid stipend month.",
                  recommendation: "Meet as a whole group monthly (10 meetings in a 10-month community)",
                  workbook: "MeetingsPerYear", uncertain: true,
                  feeds: "M: stipend months, food, childcare, default coaching sessions",
                  note: "Guide: meet as a whole group monthly (10 meetings in a 10-month community).",
                  access: FieldSpec.integer({ $0.meetings.perYear }, { $0.meetings.perYear = $1 })),
        FieldSpec("meetings.minutes", .meetingsAndCoaching, .decimal, unit: "minutes", min: 0, max: 1_440, limit: true,
                  default: "120", label: "Meeting length",
                  help: "How long each whole-group meeting lasts, in minutes. It changes no cost; it is checked against the guide.",
                  recommendation: "90 minutes to 2 hours per meeting", workbook: "MeetingMinutes",
                  advisories: ["MEETING_LENGTH"], feeds: "MEETING_LENGTH",
                  note: "Guide: 90 minutes to 2 hours per meeting (check MEETING_LENGTH). Not used in any cost line.",
                  access: FieldSpec.decimal({ $0.meetings.minutes }, { $0.meetings.minutes = $1 })),
        FieldSpec("meetings.after_hours", .meetingsAndCoaching, .boolean, default: "false",
                  label: "Meetings run after school hours",
                  help: "Yes when meetings fall outside the work day. Childcare is costed only then.",
                  recommendation: "Arrange childcare for meetings outside the work day", workbook: "MeetingsAfterHours",
                  advisories: ["CHILDCARE_MISSING"], feeds: "childcare is costed only when true; CHILDCARE_MISSING",
                  note: "Guide: arrange childcare when meetings fall outside work-day hours; childcare costs only when this is 1.",
                  access: FieldSpec.flag({ $0.meetings.afterHours }, { $0.meetings.afterHours = $1 })),
    ]
}

/// What educators are paid: `stipends`, `fringe`, `buyouts`, `substitutes`.
extension FieldRegistry {
    static let pay: [FieldSpec] = [
        FieldSpec("stipends.hourly_rate", .pay, .money, unit: "$ per hour", min: 0, max: 10_000, limit: true,
                  required: true, label: "Stipend hourly rate",
                  help: "What each participating educator is paid per hour of community work outside the contract day.",
                  recommendation: "Value educator time at no less than $50 an hour", workbook: "StipendHourlyRate",
                  uncertain: true, fitted: true, advisories: ["STIPEND_BELOW_GUIDE"],
                  feeds: "participant stipends N · hours_per_month · M · hourly_rate · c",
                  note: "Guide: value educator time at no less than $50 an hour (check STIPEND_BELOW_GUIDE).",
                  access: FieldSpec.decimal({ $0.stipends?.hourlyRate }, { $0.stipends?.hourlyRate = $1 })),
        FieldSpec("stipends.hours_per_month", .pay, .decimal, unit: "hours per month", min: 0, max: 744, limit: true,
                  required: true, label: "Paid hours per meeting month",
                  help: "Paid hours per educator in each meeting month: the meeting itself plus coaching check-ins, planning and classroom practice.",
                  recommendation: "About 4 hours a month: 10 months × 4 hours × $50 = $2,000 per educator",
                  workbook: "StipendHoursPerMonth", uncertain: true,
                  feeds: "per meeting month; the guide's 4 h covers meeting, coaching check-ins, planning and practice",
                  note: "Guide: about 4 hours a month (meeting, coaching check-ins, planning and practice): 10 months × 4 h × $50 = $2,000.",
                  access: FieldSpec.decimal({ $0.stipends?.hoursPerMonth }, { $0.stipends?.hoursPerMonth = $1 })),
        FieldSpec("stipends.leader_hourly_rate", .pay, .money, unit: "$ per hour", min: 0, max: 10_000, limit: true,
                  defaultFrom: "stipends.hourly_rate", label: "Leader stipend hourly rate",
                  help: "What leaders are paid per hour. Leave it out to pay leaders the participants' rate.",
                  recommendation: "Pay educators who share leadership at an increased rate",
                  workbook: "LeaderHourlyRate", uncertain: true, advisories: ["LEADER_RATE_NOT_INCREASED"],
                  feeds: "leader stipends L · (hours_per_month + leader_extra_hours_per_month) · M · leader_hourly_rate · c",
                  note: "Guide: an increased stipend rate for educators who share leadership (check LEADER_RATE_NOT_INCREASED).",
                  access: FieldSpec.decimal({ $0.stipends?.leaderHourlyRate }, { $0.stipends?.leaderHourlyRate = $1 })),
        FieldSpec("stipends.leader_extra_hours_per_month", .pay, .decimal, unit: "hours per month", min: 0, max: 744,
                  limit: true, default: "0", label: "Leaders' extra hours per month",
                  help: "Hours of leadership work each leader does beyond the participants' hours: coordination, scheduling, planning.",
                  workbook: "LeaderExtraHoursPerMonth", uncertain: true, feeds: "as above",
                  note: "Leadership work beyond the participants' hours (coordination, scheduling, planning).",
                  access: FieldSpec.decimal({ $0.stipends?.leaderExtraHoursPerMonth }, { $0.stipends?.leaderExtraHoursPerMonth = $1 })),
        FieldSpec("fringe.extra_duty", .pay, .share, unit: "share of extra-duty pay", min: 0, max: 1, default: "0",
                  label: "Fringe on stipends and planning pay",
                  help: "Employer costs (retirement, taxes) on extra-duty pay, as a share of it (0.14 = 14%). Use the district's rate.",
                  workbook: "FringeExtraDuty", uncertain: true,
                  feeds: "stipend fringe = extra_duty · (the two rounded stipend lines); planning fringe likewise",
                  note: "Employer costs on extra-duty pay (the district's rate; the guide is silent).",
                  access: FieldSpec.decimal({ $0.fringe.extraDuty }, { $0.fringe.extraDuty = $1 })),
        FieldSpec("fringe.substitutes", .pay, .share, unit: "share of substitute pay", min: 0, max: 1, default: "0",
                  label: "Fringe on substitute pay",
                  help: "Employer costs on substitute teachers' pay, as a share of it. Use the district's rate.",
                  workbook: "FringeSubstitutes", uncertain: true,
                  feeds: "substitute fringe = substitutes · (the rounded coverage line)",
                  note: "Employer costs on substitute pay (the district's rate; the guide is silent).",
                  access: FieldSpec.decimal({ $0.fringe.substitutes }, { $0.fringe.substitutes = $1 })),
        FieldSpec("buyouts.salary", .pay, .money, unit: "$ per year", min: 0, max: 10_000_000, limit: true,
                  required: true, label: "Average teacher salary (year 1)",
                  help: "The average yearly salary of the teachers whose time is bought out, in year 1.",
                  recommendation: "Buy out release time for leaders and, when funding allows, for every participant",
                  workbook: "TeacherSalary", uncertain: true, feeds: "average teacher salary in year 1",
                  note: "The base for release-time buyouts, which the guide recommends for leaders and, when funding allows, for all.",
                  access: FieldSpec.decimal({ $0.buyouts?.salary }, { $0.buyouts?.salary = $1 })),
        FieldSpec("buyouts.benefits_rate", .pay, .share, unit: "share of salary", min: 0, max: 1, required: true,
                  label: "Benefits on bought-out salary",
                  help: "Full-time benefits that follow bought-out salary, as a share of it (0.30 = 30%). Use the district's rate.",
                  workbook: "BenefitsRate", uncertain: true,
                  feeds: "release-time fringe = benefits_rate · (the two rounded release-time lines)",
                  note: "Full-time fringe that follows bought-out salary (the district's rate).",
                  access: FieldSpec.decimal({ $0.buyouts?.benefitsRate }, { $0.buyouts?.benefitsRate = $1 })),
        FieldSpec("buyouts.leader_share", .pay, .share, unit: "share of a year", min: 0, max: 1, required: true,
                  label: "Share of each leader's time bought out",
                  help: "How much of each leader's working year is bought out for leading the community (0.5 = half).",
                  recommendation: "Buy out about 50% of the time of anyone playing a leadership role",
                  workbook: "LeaderBuyoutShare", uncertain: true, fitted: true,
                  advisories: ["LEADER_BUYOUT_BELOW_GUIDE"],
                  feeds: "leader release time L · salary · leader_share · c (the guide: about 0.5)",
                  note: "Guide: buy out about 50% of the time of anyone leading the community (check LEADER_BUYOUT_BELOW_GUIDE).",
                  access: FieldSpec.decimal({ $0.buyouts?.leaderShare }, { $0.buyouts?.leaderShare = $1 })),
        FieldSpec("buyouts.participant_share", .pay, .share, unit: "share of a year", min: 0, max: 1, default: "0",
                  label: "Share of each participant's time bought out",
                  help: "How much of each participating educator's working year is bought out (0 = none).",
                  recommendation: "If funding allows, buy out about 50% of every participating educator's time",
                  workbook: "ParticipantBuyoutShare", uncertain: true, advisories: ["STIPEND_BELOW_GUIDE"],
                  feeds: "participant release time N · salary · participant_share · c",
                  note: "Guide: if funding allows, buy out about 50% of every participating educator's time.",
                  access: FieldSpec.decimal({ $0.buyouts?.participantShare }, { $0.buyouts?.participantShare = $1 })),
        FieldSpec("substitutes.days_per_participant", .pay, .decimal, unit: "days per year", min: 0, max: 366,
                  limit: true, required: true, label: "Release days per covered educator",
                  help: "School days a year each covered educator is released from class for community work.",
                  recommendation: "Fund or arrange substitute teachers for participating educators",
                  workbook: "SubstituteDaysPerEducator", uncertain: true,
                  feeds: "coverage (N + (include_leaders ? L : 0)) · days · daily_rate · c",
                  note: "Guide: fund or arrange substitute teachers for participating educators.",
                  access: FieldSpec.decimal({ $0.substitutes?.daysPerParticipant }, { $0.substitutes?.daysPerParticipant = $1 })),
        FieldSpec("substitutes.daily_rate", .pay, .money, unit: "$ per day", min: 0, max: 100_000, limit: true,
                  required: true, label: "Substitute daily rate",
                  help: "What the district pays a substitute teacher for one day.", workbook: "SubstituteDailyRate",
                  uncertain: true, feeds: "as above", note: "The district's substitute pay rate.",
                  access: FieldSpec.decimal({ $0.substitutes?.dailyRate }, { $0.substitutes?.dailyRate = $1 })),
        FieldSpec("substitutes.include_leaders", .pay, .boolean, default: "false",
                  label: "Substitutes also cover leaders",
                  help: "Yes to pay substitutes for leaders too. Leaders are usually covered by their buyout.",
                  feeds: "leaders are usually covered by their buyout",
                  access: FieldSpec.flag({ $0.substitutes?.includeLeaders }, { $0.substitutes?.includeLeaders = $1 })),
    ]
}

/// What the community buys: `food`, `childcare`, `kits`, `coaching`, `credentials`, `planning`, `other`.
extension FieldRegistry {
    static let careAndFood: [FieldSpec] = [
        FieldSpec("food.per_person_per_meeting", .careAndFood, .money, unit: "$ per person per meeting", min: 0,
                  max: 10_000, limit: true, required: true, label: "Food per person per meeting",
                  help: "What a meal or snack costs for one person at one meeting.",
                  recommendation: "Provide food at every synchronous meeting", workbook: "FoodPerPersonPerMeeting",
                  uncertain: true, advisories: ["FOOD_MISSING"],
                  feeds: "(P + guests_per_meeting) · M · per_person_per_meeting · g (the guide: food at every meeting)",
                  note: "Guide: provide food during synchronous meetings (check FOOD_MISSING).",
                  access: FieldSpec.decimal({ $0.food?.perPersonPerMeeting }, { $0.food?.perPersonPerMeeting = $1 })),
        FieldSpec("food.guests_per_meeting", .careAndFood, .integer, unit: "people", min: 0, max: 10_000, limit: true,
                  default: "0", label: "Guests fed at each meeting",
                  help: "Facilitators, coaches and visitors who eat with the group, beyond the educators.",
                  workbook: "MeetingGuests", uncertain: true, feeds: "facilitators, coaches, visitors",
                  note: "Facilitators and coaches who eat with the group.",
                  access: FieldSpec.integer({ $0.food?.guestsPerMeeting }, { $0.food?.guestsPerMeeting = $1 })),
        FieldSpec("childcare.families", .careAndFood, .integer, unit: "families", min: 0, max: 10_000, limit: true,
                  required: true, label: "Educators needing childcare at each meeting",
                  help: "How many educators need childcare to attend an after-hours meeting.",
                  recommendation: "Arrange childcare when meetings are held outside work-day hours",
                  workbook: "ChildcareFamilies", uncertain: true, advisories: ["CHILDCARE_MISSING"],
                  feeds: "after_hours ? families · hours_per_meeting · hourly_rate · M · g : 0",
                  note: "Guide: arrange childcare when meetings are held outside work-day hours (check CHILDCARE_MISSING).",
                  access: FieldSpec.integer({ $0.childcare?.families }, { $0.childcare?.families = $1 })),
        FieldSpec("childcare.hours_per_meeting", .careAndFood, .decimal, unit: "hours per meeting", min: 0, max: 24,
                  limit: true, required: true, label: "Childcare hours per meeting",
                  help: "Hours of care per meeting: the meeting plus travel time.",
                  workbook: "ChildcareHoursPerMeeting", uncertain: true, feeds: "as above",
                  note: "Cover the meeting plus travel time.",
                  access: FieldSpec.decimal({ $0.childcare?.hoursPerMeeting }, { $0.childcare?.hoursPerMeeting = $1 })),
        FieldSpec("childcare.hourly_rate", .careAndFood, .money, unit: "$ per hour", min: 0, max: 10_000, limit: true,
                  required: true, label: "Childcare hourly rate", help: "The local hourly rate for a caregiver.",
                  workbook: "ChildcareHourlyRate", uncertain: true, feeds: "as above",
                  note: "The local rate for a caregiver.",
                  access: FieldSpec.decimal({ $0.childcare?.hourlyRate }, { $0.childcare?.hourlyRate = $1 })),
    ]

    static let kits: [FieldSpec] = [
        FieldSpec("kits.per_participant", .kitsAndCredentials, .money, unit: "$ per educator", min: 0, max: 1_000_000,
                  limit: true, required: true, label: "Prototyping kit per educator (year 1)",
                  help: "What one educator's kit of low-tech prototyping (craft) materials costs in year 1.",
                  recommendation: "Distribute kits with low-tech prototyping materials", workbook: "KitCostPerEducator",
                  uncertain: true, advisories: ["KITS_MISSING"],
                  feeds: "P · per_participant in year 1 · g; the guide: low-tech prototyping kits",
                  note: "Guide: distribute kits with low-tech prototyping (craft) materials (check KITS_MISSING).",
                  access: FieldSpec.decimal({ $0.kits?.perParticipant }, { $0.kits?.perParticipant = $1 })),
        FieldSpec("kits.refresh_share", .kitsAndCredentials, .share, unit: "share of the kit cost", min: 0, max: 1,
                  default: "0", label: "Kit refresh in later years",
                  help: "The share of a kit restocked each later year, for materials used up (0.25 = a quarter).",
                  workbook: "KitRefreshShare", uncertain: true,
                  feeds: "later years: P · per_participant · refresh_share · g",
                  note: "Materials used up in year 1 and restocked after.",
                  access: FieldSpec.decimal({ $0.kits?.refreshShare }, { $0.kits?.refreshShare = $1 })),
    ]

    static let coaching: [FieldSpec] = [
        FieldSpec("coaching.sessions_per_year", .meetingsAndCoaching, .integer, unit: "sessions per educator or group",
                  min: 0, max: 10_000, limit: true, defaultFrom: "meetings.per_year",
                  label: "Coaching sessions per year",
                  help: "Coaching sessions a year for each educator (or each small group). Leave it out for one per meeting.",
                  recommendation: "Monthly one-on-one coaching or small-group touch-points between meetings",
                  workbook: "CoachingSessionsPerYear", uncertain: true, advisories: ["NO_COACHING"],
                  feeds: "sessions · ceil(P / group_size) · (minutes / 60) · coach_hourly_rate · c",
                  note: "Guide: monthly one-on-one coaching or small-group touch-points between meetings (check NO_COACHING).",
                  access: FieldSpec.integer({ $0.coaching?.sessionsPerYear }, { $0.coaching?.sessionsPerYear = $1 })),
        FieldSpec("coaching.minutes", .meetingsAndCoaching, .decimal, unit: "minutes", min: 0, max: 1_440, limit: true,
                  required: true, label: "Coaching session length", help: "Minutes the coach spends on one session.",
                  workbook: "CoachingMinutes", uncertain: true, feeds: "as above (the only division in the rules)",
                  note: "Time the coach spends per session.",
                  access: FieldSpec.decimal({ $0.coaching?.minutes }, { $0.coaching?.minutes = $1 })),
        FieldSpec("coaching.group_size", .meetingsAndCoaching, .integer, unit: "educators (1 = one-on-one)", min: 1,
                  max: 10_000, limit: true, required: true, label: "Educators per coaching group",
                  help: "How many educators share a coaching session: 1 for one-on-one coaching.",
                  recommendation: "One-on-one coaching or small groups", workbook: "CoachingGroupSize", uncertain: true,
                  feeds: "1 = one-on-one; the guide: monthly one-on-one or small-group touch-points",
                  note: "Guide: one-on-one coaching or small groups.",
                  access: FieldSpec.integer({ $0.coaching?.groupSize }, { $0.coaching?.groupSize = $1 })),
        FieldSpec("coaching.coach_hourly_rate", .meetingsAndCoaching, .money, unit: "$ per hour", min: 0, max: 10_000,
                  limit: true, required: true, label: "Coach hourly rate",
                  help: "What the coach is paid per hour. 0 when leaders coach as part of their buyout.",
                  workbook: "CoachHourlyRate", uncertain: true, feeds: "0 when leaders coach inside their buyout",
                  note: "0 when leaders coach inside their buyout.",
                  access: FieldSpec.decimal({ $0.coaching?.coachHourlyRate }, { $0.coaching?.coachHourlyRate = $1 })),
    ]

    static let credentials: [FieldSpec] = [
        FieldSpec("credentials.per_participant", .kitsAndCredentials, .money, unit: "$ per educator per year", min: 0,
                  max: 1_000_000, limit: true, required: true, label: "CEUs or micro-credentials per educator",
                  help: "What continuing-education units or micro-credentials cost for one educator in a year.",
                  recommendation: "Make educators' learning visible through CEUs or micro-credentials",
                  workbook: "CredentialCostPerEducator", uncertain: true,
                  feeds: "P · per_participant · g (the guide: CEUs or micro-credentials)",
                  note: "Guide: make educators' learning visible through CEUs or micro-credentials.",
                  access: FieldSpec.decimal({ $0.credentials?.perParticipant }, { $0.credentials?.perParticipant = $1 })),
    ]

    static let planningFields: [FieldSpec] = [
        FieldSpec("planning.onramp_months", .planning, .integer, unit: "months", min: 0, max: 60, limit: true,
                  required: true, label: "Planning on-ramp", help: "Months of paid planning before year 1 begins.",
                  recommendation: "A planning on-ramp of at least 6 months before the community starts",
                  workbook: "OnrampMonths", uncertain: true, advisories: ["ONRAMP_SHORT"],
                  feeds: "planning on-ramp team_size · hours_per_month · onramp_months · hourly_rate (the guide: at least 6 months)",
                  note: "Guide: a long planning on-ramp, about six months, before the community starts (check ONRAMP_SHORT).",
                  access: FieldSpec.integer({ $0.planning?.onrampMonths }, { $0.planning?.onrampMonths = $1 })),
        FieldSpec("planning.team_size", .planning, .integer, unit: "people", min: 0, max: 10_000, limit: true,
                  required: true, label: "Planning team",
                  help: "The people who clarify goals, outline the agenda, align calendars and build commitment.",
                  workbook: "PlanningTeamSize", uncertain: true, feeds: "as above",
                  note: "The team that clarifies goals, outlines agenda arcs, aligns calendars and builds commitment.",
                  access: FieldSpec.integer({ $0.planning?.teamSize }, { $0.planning?.teamSize = $1 })),
        FieldSpec("planning.hours_per_month", .planning, .decimal, unit: "hours per month", min: 0, max: 744,
                  limit: true, required: true, label: "Planning hours per month",
                  help: "Paid planning hours per team member in each on-ramp month.", workbook: "PlanningHoursPerMonth",
                  uncertain: true, feeds: "as above", note: "Paid planning time per team member.",
                  access: FieldSpec.decimal({ $0.planning?.hoursPerMonth }, { $0.planning?.hoursPerMonth = $1 })),
        FieldSpec("planning.hourly_rate", .planning, .money, unit: "$ per hour", min: 0, max: 10_000, limit: true,
                  required: true, label: "Planning hourly rate", help: "What planning time is paid per hour.",
                  recommendation: "Value educator time at no less than $50 an hour", workbook: "PlanningHourlyRate",
                  uncertain: true, feeds: "as above", note: "Guide: value educator time at no less than $50 an hour.",
                  access: FieldSpec.decimal({ $0.planning?.hourlyRate }, { $0.planning?.hourlyRate = $1 })),
    ]

    static let other: [FieldSpec] = [
        FieldSpec("other.*.name", .kitsAndCredentials, .text, required: true, label: "Other cost",
                  help: "The name of a further direct cost (a facilitator, a venue, software), as the budget line should read.",
                  feeds: "one line per entry, named as written",
                  access: (read: { s, i in i[0] < s.other.count ? .text(s.other[i[0]].name) : nil }, write: { s, i, v in if case .text(let t) = v, i[0] < s.other.count { s.other[i[0]].name = t } })),
        FieldSpec("other.*.annual", .kitsAndCredentials, .money, unit: "$ per year (year 1)", min: 0,
                  max: 1_000_000_000, limit: true, required: true, label: "Other cost per year",
                  help: "What the cost comes to in year 1; later years grow with goods escalation.",
                  workbook: "OtherCost{n}Annual", uncertain: true, feeds: "annual · g",
                  note: "A further direct cost named in the scenario; escalated like goods.",
                  access: (read: { s, i in i[0] < s.other.count ? .number(s.other[i[0]].annual) : nil }, write: { s, i, v in if let n = v.number, i[0] < s.other.count { s.other[i[0]].annual = n } })),
    ]
}

/// How costs grow and are paid for: `escalation`, `indirect`, `funding`, and lcbudget's
/// funding extensions (docs/funding.md).
extension FieldRegistry {
    static let escalation: [FieldSpec] = [
        FieldSpec("escalation.compensation", .escalationAndIndirect, .share, unit: "per year",
                  min: Decimal(string: "-0.1")!, max: Decimal(string: "0.25")!, default: "0",
                  label: "Yearly growth of pay",
                  help: "How much pay grows each year from year 2 on (0.03 = 3%): stipends, buyouts, substitutes and coaching.",
                  workbook: "CompensationEscalation", uncertain: true, feeds: "c",
                  note: "Applied to stipends, buyouts, substitutes and coaching from year 2 on (the guide is silent).",
                  access: FieldSpec.decimal({ $0.escalation.compensation }, { $0.escalation.compensation = $1 })),
        FieldSpec("escalation.goods", .escalationAndIndirect, .share, unit: "per year", min: Decimal(string: "-0.1")!,
                  max: Decimal(string: "0.25")!, default: "0", label: "Yearly growth of goods and services",
                  help: "How much purchases grow each year from year 2 on: food, childcare, kits, credentials and other costs.",
                  workbook: "GoodsEscalation", uncertain: true, feeds: "g",
                  note: "Applied to food, childcare, kits, credentials and other costs from year 2 on.",
                  access: FieldSpec.decimal({ $0.escalation.goods }, { $0.escalation.goods = $1 })),
    ]

    static let indirect: [FieldSpec] = [
        FieldSpec("indirect.rate", .escalationAndIndirect, .share, unit: "share of the base", min: 0, max: 1,
                  required: true, label: "Indirect cost rate",
                  help: "The grantee's negotiated indirect (overhead) rate, as a share of the base (0.10 = 10%).",
                  workbook: "IndirectRate", uncertain: true, feeds: "indirect = rate · base, per project year",
                  note: "The grantee's negotiated indirect rate (the guide is silent).",
                  access: FieldSpec.decimal({ $0.indirect?.rate }, { $0.indirect?.rate = $1 })),
        FieldSpec("indirect.base", .escalationAndIndirect, .choice, default: "total_direct",
                  label: "Indirect cost base",
                  help: "What the rate is charged on: all direct costs, or modified total direct costs (mtdc), which leave out participant support.",
                  choices: [Indirect.Base.totalDirect, .mtdc].map(\.rawValue),
                  feeds: "`mtdc` leaves out participant support costs (only when `employees: false`)",
                  access: FieldSpec.text({ $0.indirect?.base.rawValue }, { s, t in if let b = Indirect.Base(rawValue: t) { s.indirect?.base = b } })),
        FieldSpec("indirect.program", .escalationAndIndirect, .choice, default: "general", label: "Kind of award",
                  help: "The kind of award the indirect rate is charged to; ed_training limits indirect to 8% (a U.S. Department of Education training grant).",
                  choices: IndirectProgram.allCases.map(\.rawValue), extensionPage: "funding.md",
                  feeds: "indirect-cost limits",
                  access: FieldSpec.text({ $0.fundingTerms.indirectProgram.rawValue }, { s, t in if let p = IndirectProgram(rawValue: t) { s.fundingTerms.indirectProgram = p } })),
        FieldSpec("indirect.de_minimis", .escalationAndIndirect, .boolean, default: "false", label: "De minimis rate",
                  help: "Yes when the rate is the federal de minimis rate rather than a negotiated one.",
                  extensionPage: "funding.md", feeds: "de minimis ceiling",
                  access: FieldSpec.flag({ $0.fundingTerms.deMinimis }, { $0.fundingTerms.deMinimis = $1 })),
        FieldSpec("indirect.award_date", .escalationAndIndirect, .date, unit: "date", label: "Federal award date",
                  help: "The date of the federal award, as YYYY-MM-DD; it decides the de minimis ceiling.",
                  extensionPage: "funding.md", feeds: "de minimis ceiling",
                  access: FieldSpec.text({ $0.fundingTerms.awardDate?.iso }, { s, t in if let d = CivilDate(iso: t) { s.fundingTerms.awardDate = d } })),
    ]

    static let funding: [FieldSpec] = [
        FieldSpec("funding.*.source", .funding, .text, required: true,
                  label: "Funding source",
                  help: "Who gives the money: a fund, a grant, a partner.",
                  feeds: "the funding table",
                  access: (read: { s, i in s.funding.flatMap { i[0] < $0.count ? .text($0[i[0]].source) : nil } },
                           write: { s, i, v in
                               if case .text(let t) = v, let n = s.funding?.count, i[0] < n { s.funding![i[0]].source = t }
                           })),
        FieldSpec("funding.*.kind", .funding, .choice, default: "other",
                  label: "Kind of source",
                  help: "Whether the money comes from the district, a grant, a partner, in kind, or elsewhere.",
                  choices: FundingSource.Kind.allCases.map(\.rawValue),
                  feeds: "the funding table",
                  access: (read: { s, i in s.funding.flatMap { i[0] < $0.count ? .text($0[i[0]].kind.rawValue) : nil } },
                           write: { s, i, v in
                               if case .text(let t) = v, let kind = FundingSource.Kind(rawValue: t),
                                  let n = s.funding?.count, i[0] < n { s.funding![i[0]].kind = kind }
                           })),
        FieldSpec("funding.*.by_year.*", .funding, .money, unit: "$ per year", min: 0, max: 1_000_000_000, limit: true,
                  required: true,
                  label: "Amount in the year",
                  help: "What the source gives in each project year: exactly one amount per year.",
                  recommendation: "Secure funding for every year of the community",
                  advisories: ["FUNDING_GAP"],
                  feeds: "per year: funded = Σ amounts, gap = year total − funded; FUNDING_GAP",
                  access: (read: { s, i in
                      guard let f = s.funding, i[0] < f.count, i[1] < f[i[0]].byYear.count else { return nil }
                      return .number(f[i[0]].byYear[i[1]])
                  }, write: { s, i, v in
                      guard let n = v.number, let f = s.funding, i[0] < f.count, i[1] < f[i[0]].byYear.count else { return }
                      s.funding![i[0]].byYear[i[1]] = n
                  })),
        FieldSpec("funding.*.federal", .funding, .boolean, default: "false",
                  label: "Federal funds",
                  help: "Yes when the source is federal money; in the file also the federal share of what it pays, such as 0.4 for a grant that is 40% federal pass-through. The rest counts as non-federal match.",
                  extensionPage: "funding.md",
                  feeds: "SF-424A federal and non-federal columns",
                  access: (read: { s, i in
                      guard let f = s.funding, i[0] < f.count else { return nil }
                      return .flag(s.fundingTerms.source(i[0]).federal)
                  }, write: { s, i, v in
                      guard case .flag(let b) = v, let count = s.funding?.count, i[0] < count,
                            s.fundingTerms.source(i[0]).federal != b else { return }
                      s.fundingTerms.sources += Array(repeating: SourceTerms(), count: max(0, count - s.fundingTerms.sources.count))
                      s.fundingTerms.sources[i[0]].federal = b
                  })),
        FieldSpec("funding.*.planning", .funding, .money, unit: "$", min: 0, max: 1_000_000_000, limit: true, default: "0",
                  label: "Toward the planning on-ramp",
                  help: "What the source gives toward the planning on-ramp, before year 1.",
                  extensionPage: "funding.md",
                  feeds: "planning funding",
                  access: (read: { s, i in
                      guard let f = s.funding, i[0] < f.count else { return nil }
                      return .number(s.fundingTerms.source(i[0]).planning)
                  }, write: { s, i, v in
                      guard let n = v.number, let count = s.funding?.count, i[0] < count,
                            s.fundingTerms.source(i[0]).planning != n else { return }
                      s.fundingTerms.sources += Array(repeating: SourceTerms(), count: max(0, count - s.fundingTerms.sources.count))
                      s.fundingTerms.sources[i[0]].planning = n
                  })),
        FieldSpec("fiscal_year_start_month", .funding, .integer, unit: "month", min: 1, max: 12, default: "7",
                  label: "Fiscal year starts in",
                  help: "The month the district's fiscal year begins (7 = July), for the fiscal-year view.",
                  extensionPage: "funding.md", feeds: "fiscal-year view",
                  access: FieldSpec.integer({ $0.fiscalYearStartMonth }, { $0.fiscalYearStartMonth = $1 })),
    ]
}

/// Settings of the sections that lcbudget's extension pages document in their own words —
/// `calendar:` (docs/calendar.md) and `educator_input:` (docs/questionnaire.md): their ranges,
/// units and defaults live here, in the registry, and the loader reads them from here like
/// every other number. They are not inputs of the cost rules, so they stand apart from `all`
/// (no Assumptions row, no form field, not in docs/scenario-format.md's field tables).
///
/// ```swift
/// FieldRegistry.field("calendar.coaching.minutes")?.maximum   // 1440
/// ```
extension FieldRegistry {
    public static let settings: [FieldSpec] = [
        FieldSpec("calendar.meeting.minutes", .meetingsAndCoaching, .integer, unit: "minutes", min: 1, max: 1440,
                  defaultFrom: "meetings.minutes", label: "Dated meeting length",
                  help: "How long each dated meeting runs; without it, meetings.minutes.",
                  recommendation: "90 to 120 minutes", advisories: ["MEETING_LENGTH"], extensionPage: "calendar.md",
                  feeds: "event length; MEETING_LENGTH", access: nil),
        FieldSpec("calendar.coaching.minutes", .meetingsAndCoaching, .integer, unit: "minutes", min: 1, max: 1440,
                  required: true, label: "Dated coaching length",
                  help: "How long each dated coaching touch-point runs.", extensionPage: "calendar.md",
                  feeds: "event length", access: nil),
        FieldSpec("calendar.coaching.days_after_meeting", .meetingsAndCoaching, .integer, unit: "days", min: 1, max: 27,
                  label: "Coaching, days after the meeting",
                  help: "Coaching placed this many days after each month's meeting (instead of a week and weekday).",
                  extensionPage: "calendar.md", feeds: "coaching dates", access: nil),
        FieldSpec("educator_input.responses", .peopleAndTime, .integer, unit: "educators", min: 1, max: 1_000_000,
                  required: true, label: "Educators who answered",
                  help: "How many educators answered the Educator Input Questionnaire.",
                  extensionPage: "questionnaire.md", feeds: "the brief's \"What educators told us\"", access: nil),
    ]
}

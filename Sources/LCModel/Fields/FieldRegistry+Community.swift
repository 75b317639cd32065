import Foundation

/// The community's own fields: the top-level keys, `cohort` and `meetings`.
extension FieldRegistry {
    static let community: [FieldSpec] = [
        FieldSpec("format", .peopleAndTime, .integer, unit: "version", min: 1, max: 1, required: true,
                  label: "Scenario format",
                  help: "The version of the scenario format the file is written in. It is always 1.",
                  feeds: "—", access: FieldSpec.integer({ $0.format }, { $0.format = $1 })),
        FieldSpec("name", .peopleAndTime, .text, required: true,
                  label: "Community name",
                  help: "The name of the learning community, as it should appear at the top of every report.",
                  feeds: "report titles", access: FieldSpec.text({ $0.name }, { $0.name = $1 })),
        FieldSpec("organization", .peopleAndTime, .text,
                  label: "Organization",
                  help: "The district, school or nonprofit that runs the community. Optional.",
                  feeds: "report titles", access: FieldSpec.text({ $0.organization }, { $0.organization = $1 })),
        FieldSpec("goal", .peopleAndTime, .choice, required: true,
                  label: "Goal",
                  help: "What the community is meant to change: teachers' identity as makers, students' identity, or student outcomes. The goal decides how many years the guide recommends.",
                  recommendation: "At least 1 year to shift teachers' identity, 2 years to shift students' identity, 3 to 5 years to improve student outcomes",
                  choices: Goal.allCases.map(\.rawValue), advisories: ["DURATION_SHORT_FOR_GOAL"],
                  feeds: "DURATION_SHORT_FOR_GOAL",
                  access: FieldSpec.text({ $0.goal.rawValue }, { s, t in if let g = Goal(rawValue: t) { s.goal = g } })),
        FieldSpec("start", .peopleAndTime, .date, unit: "month", required: true,
                  label: "First month of year 1",
                  help: "The month the community's first project year begins, written YYYY-MM (a year from 1900). The planning on-ramp comes before it.",
                  recommendation: "Kick off in summer or in a pre-term planning period",
                  advisories: ["KICKOFF_MIDYEAR"],
                  feeds: "first month of year 1; KICKOFF_MIDYEAR",
                  access: FieldSpec.text({ $0.start.iso }, { s, t in if let m = YearMonth(iso: t) { s.start = m } })),
        FieldSpec("years", .peopleAndTime, .integer, unit: "years", min: 1, max: 5, required: true,
                  label: "Project years",
                  help: "How many project years the community runs, from 1 to 5. Each year is a column of the budget.",
                  recommendation: "At least 1 year for teacher identity, 2 for student identity, 3 to 5 for student outcomes",
                  fitted: true, advisories: ["DURATION_SHORT_FOR_GOAL"],
                  feeds: "number of project years",
                  access: FieldSpec.integer({ $0.years }, { $0.years = $1 })),
        FieldSpec("school_year_start_month", .peopleAndTime, .integer, unit: "month", min: 1, max: 12, default: "9",
                  label: "School year starts in",
                  help: "The month the district's school year begins (9 = September). Used only to check when the community kicks off.",
                  advisories: ["KICKOFF_MIDYEAR"],
                  feeds: "KICKOFF_MIDYEAR",
                  access: FieldSpec.integer({ $0.schoolYearStartMonth }, { $0.schoolYearStartMonth = $1 })),
        FieldSpec("discount_rate", .escalationAndIndirect, .share, unit: "per year", min: 0, max: Decimal(string: "0.2")!,
                  default: "0.03",
                  label: "Discount rate",
                  help: "How much less a dollar spent in a later year weighs today, per year (0.03 = 3%). It changes only the present value, not any cost.",
                  workbook: "DiscountRate",
                  feeds: "`presentValue`",
                  note: "Discounts later years for the present value.",
                  access: FieldSpec.decimal({ $0.discountRate }, { $0.discountRate = $1 })),
    ]

    static let cohort: [FieldSpec] = [
        FieldSpec("cohort.participants", .peopleAndTime, .integer, unit: "educators", min: 1, max: 10_000, limit: true,
                  required: true,
                  label: "Educators, leaders included",
                  help: "How many educators take part each year, counting the leaders among them.",
                  recommendation: "Build the community around a cohort of K-8 educators who meet monthly",
                  workbook: "ParticipantsYear{year}", uncertain: true, fitted: true,
                  feeds: "P: educators **including** leaders",
                  note: "The guide builds the community around a cohort of K-8 educators who meet monthly.",
                  access: FieldSpec.integer({ $0.cohort.participants }, { $0.cohort.participants = $1 })),
        FieldSpec("cohort.leaders", .peopleAndTime, .integer, unit: "educators", min: 0, max: 10_000, limit: true,
                  default: "0",
                  label: "Leaders",
                  help: "How many of the educators share leadership: coordination, scheduling and planning. At most the number of participants.",
                  recommendation: "Pay leaders an increased rate and buy out about 50% of their time",
                  workbook: "LeadersYear{year}", uncertain: true, fitted: true,
                  advisories: ["LEADER_RATE_NOT_INCREASED", "LEADER_BUYOUT_BELOW_GUIDE"],
                  feeds: "L (at most `participants`); leader stipends, leader buyouts; the leader advisories",
                  note: "Educators who share leadership (coordination, scheduling, planning); the guide asks that their extra work be paid more or bought out.",
                  access: FieldSpec.integer({ $0.cohort.leaders }, { $0.cohort.leaders = $1 })),
        FieldSpec("cohort.students_per_educator", .peopleAndTime, .decimal, unit: "students", min: 0, max: 10_000,
                  limit: true, default: "0",
                  label: "Students reached per educator",
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
                  required: true,
                  label: "Whole-group meetings per year",
                  help: "How many times a year the whole community meets; each meeting month is a paid stipend month.",
                  recommendation: "Meet as a whole group monthly (10 meetings in a 10-month community)",
                  workbook: "MeetingsPerYear", uncertain: true,
                  feeds: "M: stipend months, food, childcare, default coaching sessions",
                  note: "Guide: meet as a whole group monthly (10 meetings in a 10-month community).",
                  access: FieldSpec.integer({ $0.meetings.perYear }, { $0.meetings.perYear = $1 })),
        FieldSpec("meetings.minutes", .meetingsAndCoaching, .decimal, unit: "minutes", min: 0, max: 1_440, limit: true,
                  default: "120",
                  label: "Meeting length",
                  help: "How long each whole-group meeting lasts, in minutes. It changes no cost; it is checked against the guide.",
                  recommendation: "90 minutes to 2 hours per meeting",
                  workbook: "MeetingMinutes", advisories: ["MEETING_LENGTH"],
                  feeds: "MEETING_LENGTH",
                  note: "Guide: 90 minutes to 2 hours per meeting (check MEETING_LENGTH). Not used in any cost line.",
                  access: FieldSpec.decimal({ $0.meetings.minutes }, { $0.meetings.minutes = $1 })),
        FieldSpec("meetings.after_hours", .meetingsAndCoaching, .boolean, default: "false",
                  label: "Meetings run after school hours",
                  help: "Yes when meetings fall outside the work day. Childcare is costed only then.",
                  recommendation: "Arrange childcare for meetings outside the work day",
                  workbook: "MeetingsAfterHours", advisories: ["CHILDCARE_MISSING"],
                  feeds: "childcare is costed only when true; CHILDCARE_MISSING",
                  note: "Guide: arrange childcare when meetings fall outside work-day hours; childcare costs only when this is 1.",
                  access: FieldSpec.flag({ $0.meetings.afterHours }, { $0.meetings.afterHours = $1 })),
    ]
}

extension YearMonth {
    /// `2027-08` → August 2027 (a year from 1900, a month from 01 to 12); `nil` otherwise.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month), year >= 1900 else { return nil }
        self.init(year: year, month: month)
    }
}

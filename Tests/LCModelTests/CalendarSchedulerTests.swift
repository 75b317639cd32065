import Foundation
import Testing
@testable import LCModel

/// The scheduler's placements, moves, conflicts and advisories. Expected dates were read off a
/// real calendar (Python's `calendar` module) while writing the tests.
@Suite struct CalendarSchedulerTests {
    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    static let twoSchoolYears = SchoolYears.listed([
        SchoolYearDates(firstDay: d("2027-09-01"), lastDay: d("2028-06-15")),
        SchoolYearDates(firstDay: d("2028-09-05"), lastDay: d("2029-06-14")),
    ])
    static let secondTuesday = MeetingRule(week: .nth(2), weekday: .tuesday, time: TimeOfDay(hour: 16, minute: 0)!, minutes: 120)
    static let fourthThursday = CoachingRule(placement: .weekday(.nth(4), .thursday), time: TimeOfDay(hour: 15, minute: 30)!, minutes: 45)

    static func scenario(_ calendar: CommunityCalendar?, perYear: Int = 10, start: YearMonth = YearMonth(year: 2027, month: 8),
                         years: Int = 2) -> Scenario {
        var s = Scenario(name: "Test Community", goal: .teacherIdentity, start: start, years: years,
                         cohort: Cohort(participants: 20, leaders: 2), meetings: Meetings(perYear: perYear, afterHours: true))
        s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4, leaderHourlyRate: 65, leaderExtraHoursPerMonth: 2)
        s.fringe = Fringe(extraDuty: Decimal(string: "0.14")!, substitutes: 0)
        s.food = Food(perPersonPerMeeting: 15, guestsPerMeeting: 2)
        s.childcare = Childcare(families: 6, hoursPerMeeting: Decimal(string: "2.5")!, hourlyRate: 20)
        s.coaching = Coaching(sessionsPerYear: 10, minutes: 45, groupSize: 1, coachHourlyRate: 80)
        s.escalation = Escalation(compensation: Decimal(string: "0.03")!, goods: Decimal(string: "0.025")!)
        s.indirect = Indirect(rate: Decimal(string: "0.1")!, base: .mtdc)
        s.calendar = calendar
        return s
    }

    static func calendar(_ blackouts: [Blackout] = [], coaching: CoachingRule? = fourthThursday,
                         schoolYears: SchoolYears = twoSchoolYears, meeting: MeetingRule = secondTuesday) -> CommunityCalendar {
        CommunityCalendar(schoolYears: schoolYears, meeting: meeting, coaching: coaching, blackouts: blackouts)
    }

    func meetingDates(_ schedule: Schedule, year: Int? = nil) -> [String?] {
        schedule.meetings.filter { year == nil || $0.year == year }.map { $0.date?.iso }
    }

    @Test func secondTuesdaysOfTwoSchoolYears() throws {
        let schedule = try #require(CalendarScheduler.schedule(for: Self.scenario(Self.calendar())))
        #expect(meetingDates(schedule, year: 1) == ["2027-09-14", "2027-10-12", "2027-11-09", "2027-12-14", "2028-01-11",
                                                    "2028-02-08", "2028-03-14", "2028-04-11", "2028-05-09", "2028-06-13"])
        #expect(meetingDates(schedule, year: 2) == ["2028-09-12", "2028-10-10", "2028-11-14", "2028-12-12", "2029-01-09",
                                                    "2029-02-13", "2029-03-13", "2029-04-10", "2029-05-08", "2029-06-12"])
        #expect(schedule.meetings.allSatisfy { $0.status == .onRule })
        #expect(schedule.meetingCount(inYear: 1) == 10 && schedule.meetingCount(inYear: 2) == 10)
        // Fourth Thursdays; June 2028's (22nd) is after the last day (15th): moved to the 15th.
        let coaching = schedule.coaching.filter { $0.year == 1 }.map { $0.date?.iso }
        #expect(coaching == ["2027-09-23", "2027-10-28", "2027-11-25", "2027-12-23", "2028-01-27",
                             "2028-02-24", "2028-03-23", "2028-04-27", "2028-05-25", "2028-06-15"])
        #expect(schedule.coaching.last?.reasons == ["outside the school year"])
        let first = try #require(schedule.meetings.first?.end)
        #expect(first.iso == "2027-09-14T18:00")
    }

    @Test func aBlackoutMovesTheMeetingToTheNearestPermittedDay() throws {
        // Mon 8 – Wed 10 Nov 2027 blocked: Sun 7 is a weekend, so Thu 11 (two days later) wins.
        let range = Blackout(name: "Conference", firstDay: Self.d("2027-11-08"), lastDay: Self.d("2027-11-10"), note: "State conference")
        let moved = try #require(CalendarScheduler.schedule(for: Self.scenario(Self.calendar([range]))))
        let november = try #require(moved.meetings.first { $0.month == YearMonth(year: 2027, month: 11) })
        #expect(november.date == Self.d("2027-11-11"))
        #expect(november.ruleDate == Self.d("2027-11-09"))
        #expect(november.status == .moved)
        #expect(november.reasons == ["Conference"])
        #expect(november.blackoutsOnRuleDay.map(\.note) == ["State conference"])
        // One day blocked: Mon 8 and Wed 10 are equally near; the earlier wins.
        let single = Blackout(name: "Veterans Day", firstDay: Self.d("2027-11-09"))
        let tie = try #require(CalendarScheduler.schedule(for: Self.scenario(Self.calendar([single]))))
        #expect(tie.meetings.first { $0.month == YearMonth(year: 2027, month: 11) }?.date == Self.d("2027-11-08"))
        #expect(tie.meetingCount(inYear: 1) == 10)
    }

    @Test func aMonthWithNoPermittedDayIsAConflict() throws {
        let march = Blackout(name: "Testing month", firstDay: Self.d("2028-03-01"), lastDay: Self.d("2028-03-31"))
        let s = Self.scenario(Self.calendar([march]))
        let schedule = try #require(CalendarScheduler.schedule(for: s))
        let conflict = try #require(schedule.meetings.first { $0.month == YearMonth(year: 2028, month: 3) })
        #expect(conflict.status == .conflict)
        #expect(conflict.date == nil)
        #expect(schedule.meetingCount(inYear: 1) == 9)
        #expect(schedule.meetingCount(inYear: 2) == 10)
        #expect(s.meetingsPerYear(inYear: 1) == 9)
        let codes = Projector.project(s).advisories.map(\.code)
        #expect(codes.contains(.calendarConflict))
        #expect(codes.contains(.calendarMeetingCount))
        #expect(schedule.summarySentence.contains("1 month has no permitted day (March 2028)"))
    }

    @Test func fifthWeekFallsBackToTheLastAndLeapDayIsUsed() throws {
        let wholeYear = SchoolYears.listed([SchoolYearDates(firstDay: Self.d("2027-08-01"), lastDay: Self.d("2028-07-31"))])
        let fifth = MeetingRule(week: .nth(5), weekday: .tuesday, time: TimeOfDay(hour: 16, minute: 0)!, minutes: 90)
        let s = Self.scenario(Self.calendar(coaching: nil, schoolYears: wholeYear, meeting: fifth), years: 1)
        let schedule = try #require(CalendarScheduler.schedule(for: s))
        #expect(meetingDates(schedule) == ["2027-08-31", "2027-09-28", "2027-10-26", "2027-11-30", "2027-12-28", "2028-01-25",
                                           "2028-02-29", "2028-03-28", "2028-04-25", "2028-05-30", "2028-06-27", "2028-07-25"])
        let statuses = schedule.meetings.map { $0.status == .onRule }
        #expect(statuses == [true, false, false, true, false, false, true, false, false, true, false, false])
        #expect(schedule.meetings[1].reasons.first?.contains("no fifth Tuesday") == true)

        let lastFriday = MeetingRule(week: .last, weekday: .friday, time: TimeOfDay(hour: 9, minute: 0)!, minutes: 90)
        let fridays = try #require(CalendarScheduler.schedule(for: Self.scenario(Self.calendar(coaching: nil, schoolYears: wholeYear, meeting: lastFriday), years: 1)))
        #expect(meetingDates(fridays) == ["2027-08-27", "2027-09-24", "2027-10-29", "2027-11-26", "2027-12-31", "2028-01-28",
                                          "2028-02-25", "2028-03-31", "2028-04-28", "2028-05-26", "2028-06-30", "2028-07-28"])
    }

    @Test func coachingDaysAfterTheMeetingAndNeverOnItsDay() throws {
        let after = CoachingRule(placement: .daysAfterMeeting(14), time: TimeOfDay(hour: 15, minute: 30)!, minutes: 30)
        let schedule = try #require(CalendarScheduler.schedule(for: Self.scenario(Self.calendar(coaching: after))))
        let firstYear = schedule.coaching.filter { $0.year == 1 }.map { $0.date?.iso }
        // 14 days after each second Tuesday; June 2028: the 27th is past the last day (15th) -> the
        // nearest permitted day to the month's end inside the school year, Thu 15 June.
        #expect(firstYear == ["2027-09-28", "2027-10-26", "2027-11-23", "2027-12-28", "2028-01-25",
                              "2028-02-22", "2028-03-28", "2028-04-25", "2028-05-23", "2028-06-15"])
        // A coaching rule landing on the meeting day moves off it.
        let sameDay = CoachingRule(placement: .weekday(.nth(2), .tuesday), time: TimeOfDay(hour: 15, minute: 0)!, minutes: 30)
        let moved = try #require(CalendarScheduler.schedule(for: Self.scenario(Self.calendar(coaching: sameDay))))
        #expect(moved.coaching.first?.date == Self.d("2027-09-13"))
        #expect(moved.coaching.first?.reasons == ["the day of the whole-group meeting"])
    }

    @Test func planningMonthsComeBeforeTheStart() throws {
        var s = Self.scenario(Self.calendar())
        s.planning = Planning(onrampMonths: 6, teamSize: 5, hoursPerMonth: 3, hourlyRate: 50)
        let schedule = try #require(CalendarScheduler.schedule(for: s))
        #expect(schedule.planningMonths.map(\.iso) == ["2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07"])
    }

    @Test func advisoriesOnKickoffCoachingAndLength() throws {
        // Starting in January: the kick-off (Tue 11 Jan 2028) is 132 days into the school year.
        let midyear = Self.scenario(Self.calendar(), start: YearMonth(year: 2028, month: 1), years: 1)
        let kickoff = CalendarAdvisor.advisories(for: midyear).filter { $0.code == .calendarKickoffMidterm }
        #expect(kickoff.count == 1)
        #expect(kickoff.first?.message.contains("132 days") == true)
        // Starting in August: the kick-off on 14 September is 13 days in, a pre-term week.
        #expect(!CalendarAdvisor.advisories(for: Self.scenario(Self.calendar())).contains { $0.code == .calendarKickoffMidterm })

        let noCoaching = CalendarAdvisor.advisories(for: Self.scenario(Self.calendar(coaching: nil)))
        #expect(noCoaching.map(\.code) == [.calendarCoachingGap])

        let long = MeetingRule(week: .nth(2), weekday: .tuesday, time: TimeOfDay(hour: 16, minute: 0)!, minutes: 150)
        let lengthy = Projector.project(Self.scenario(Self.calendar(meeting: long))).advisories
        #expect(lengthy.filter { $0.code == .meetingLength }.map(\.input) == ["calendar.meeting.minutes"])
        #expect(CalendarAdvisor.advisories(for: Self.scenario(Self.calendar())).isEmpty)
        #expect(CalendarAdvisor.advisories(for: Self.scenario(nil)).isEmpty)
    }

    /// The issue's proof: a calendar that places 9 meetings costs exactly like `meetings.per_year: 9`.
    @Test func nineCalendarMeetingsProjectLikePerYearNine() throws {
        let septToMay = SchoolYears.listed([
            SchoolYearDates(firstDay: Self.d("2027-09-01"), lastDay: Self.d("2028-05-31")),
            SchoolYearDates(firstDay: Self.d("2028-09-05"), lastDay: Self.d("2029-05-31")),
        ])
        let withCalendar = Projector.project(Self.scenario(Self.calendar(schoolYears: septToMay), perYear: 10))
        // Coaching follows the calendar too (9 touch-points, Sept–May), as `sessions_per_year`
        // follows `per_year: 9` by default without one.
        var nine = Self.scenario(nil, perYear: 9)
        nine.coaching?.sessionsPerYear = 9
        let plain = Projector.project(nine)
        #expect(withCalendar.scenario.meetingsPerYear(inYear: 1) == 9)
        #expect(withCalendar.periods.count == plain.periods.count)
        for (a, b) in zip(withCalendar.periods, plain.periods) {
            #expect(a.lines.map(\.key) == b.lines.map(\.key))
            #expect(a.lines.map(\.item) == b.lines.map(\.item))
            #expect(a.lines.map(\.amount) == b.lines.map(\.amount))
            #expect(a.lines.map(\.exact) == b.lines.map(\.exact))
            #expect(a.total == b.total)
        }
        #expect(withCalendar.total == plain.total)
        #expect(withCalendar.presentValue == plain.presentValue)
        // Food in year 1 uses 9 meetings: (20 + 2) × 9 × $15 = $2,970.00.
        #expect(withCalendar.periods[1].line("food.meals")?.amount == Money(dollars: 2970))
        // The factor names the calendar's count, so the workbook can cite it.
        guard case .product(let factors)? = withCalendar.periods[2].line("food.meals")?.basis else {
            Issue.record("food is a product"); return
        }
        #expect(factors.contains { $0.term == .input("meetings.y2.count") && $0.value == 9 })
        // The only advisory differences are the count mismatches (10 in the file against 9 placed).
        let extra = withCalendar.advisories.map(\.code).filter { !plain.advisories.map(\.code).contains($0) }
        #expect(extra == [.calendarMeetingCount, .calendarCoachingCount])
    }

    @Test func summarySentence() throws {
        let blackouts = [Blackout(name: "Thanksgiving break", firstDay: Self.d("2027-11-24"), lastDay: Self.d("2027-11-26")),
                         Blackout(name: "Winter break", firstDay: Self.d("2027-12-20"), lastDay: Self.d("2028-01-07")),
                         Blackout(name: "Winter break", firstDay: Self.d("2028-12-18"), lastDay: Self.d("2029-01-05"))]
        let schedule = try #require(CalendarScheduler.schedule(for: Self.scenario(Self.calendar(blackouts))))
        #expect(schedule.summarySentence == "The community meets as a whole group on the second Tuesday of each school-year month, 16:00 to 18:00 (10 meetings in year 1 and 10 meetings in year 2), with coaching touch-points on the fourth Thursday, avoiding weekends and 2 blackout periods (Thanksgiving break and Winter break).")
    }
}

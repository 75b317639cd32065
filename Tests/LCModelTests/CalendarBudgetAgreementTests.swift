import Foundation
import Testing
@testable import LCModel

/// What the calendar schedules and what the budget pays for are the same sessions; where the
/// scenario's own counts differ from the calendar's, an advisory gives both numbers.
@Suite struct CalendarBudgetAgreementTests {
    typealias Fixture = CalendarSchedulerTests
    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// The coaching line's sessions factor in project year `year`.
    func costedSessions(_ p: Projection, year: Int) throws -> (value: Decimal, term: Term) {
        guard case .product(let factors)? = p.periods[year].line("coaching.sessions")?.basis else {
            throw Failure("no coaching product in year \(year)")
        }
        let sessions = try #require(factors.first { $0.unit == .sessions })
        return (sessions.value, sessions.term)
    }

    struct Failure: Error, CustomStringConvertible { var description: String; init(_ d: String) { description = d } }

    /// The case: a calendar placing 10 meetings and 10 touch-points while
    /// `meetings.per_year` is 9 (so `coaching.sessions_per_year` defaults to 9).
    @Test func calendarTouchPointsAreTheCoachingTheBudgetPaysFor() throws {
        var s = Fixture.scenario(Fixture.calendar(), perYear: 9)
        s.coaching?.sessionsPerYear = 9
        let schedule = try #require(CalendarScheduler.schedule(for: s))
        #expect(schedule.coachingCount(inYear: 1) == 10 && schedule.coachingCount(inYear: 2) == 10)
        let p = Projector.project(s)
        for year in 1...2 {
            let sessions = try costedSessions(p, year: year)
            #expect(sessions.value == Decimal(schedule.coachingCount(inYear: year)))
            #expect(sessions.term == .input("coaching.y\(year).count"))
        }
        // Year 1: 10 sessions × 20 educators × 45/60 h × $80 = $12,000.00.
        #expect(p.periods[1].line("coaching.sessions")?.amount == Money(dollars: 12_000))
        // The override is said, with both numbers.
        let advisory = try #require(p.advisories.first { $0.code == .calendarCoachingCount })
        #expect(advisory.message == "The calendar dates 10 coaching touch-points in year 1 and 10 in year 2, but coaching.sessions_per_year is 9; costs use the calendar's count.")
        #expect(advisory.input == "coaching.sessions_per_year")
        // The workbook's Assumptions cite the calendar's count.
        let inputs = InputCatalog.inputs(for: s)
        #expect(inputs.first { $0.key == "coaching.y1.count" }?.value == 10)
    }

    /// When the scenario's count already equals the calendar's, nothing is said.
    @Test func agreeingCountsSayNothing() {
        let s = Fixture.scenario(Fixture.calendar(), perYear: 10)
        #expect(!Projector.project(s).advisories.contains { $0.code == .calendarCoachingCount })
    }

    /// A conflict month's touch-point is neither dated nor costed.
    @Test func coachingConflictsAreNotCosted() throws {
        // 12–31 Jan 2028 blocked: every day after the meeting (Tue 11 Jan) is out, so the
        // touch-point 7 days after it has no permitted day.
        let blackout = Blackout(name: "Closure", firstDay: Self.d("2028-01-12"), lastDay: Self.d("2028-01-31"))
        let after = CoachingRule(placement: .daysAfterMeeting(7), time: TimeOfDay(hour: 15, minute: 30)!, minutes: 45)
        let s = Fixture.scenario(Fixture.calendar([blackout], coaching: after))
        let schedule = try #require(CalendarScheduler.schedule(for: s))
        let january = try #require(schedule.coaching.first { $0.month == YearMonth(year: 2028, month: 1) })
        #expect(january.status == .conflict)
        #expect(schedule.coachingCount(inYear: 1) == 9)
        #expect(try costedSessions(Projector.project(s), year: 1).value == 9)
        #expect(Projector.project(s).advisories.first { $0.code == .calendarCoachingCount }?.message
                == "The calendar dates 9 coaching touch-points in year 1 and 10 in year 2, but coaching.sessions_per_year is 10; costs use the calendar's count.")
    }

    /// A coaching rule with no coaching section: the dated touch-points are paid by nobody, and the
    /// advisory says so with both numbers.
    @Test func touchPointsWithoutACoachingSectionAreFlagged() throws {
        var s = Fixture.scenario(Fixture.calendar())
        s.coaching = nil
        let advisory = try #require(Projector.project(s).advisories.first { $0.code == .calendarCoachingCount })
        #expect(advisory.message.contains("10 coaching touch-points in year 1 and 10 in year 2"))
        #expect(advisory.message.contains("the budget pays for 0"))
        #expect(advisory.input == "calendar.coaching")
    }

    /// Coaching in the budget but no coaching rule on the calendar: the gap advisory gives both numbers.
    @Test func coachingWithoutACalendarRuleGivesBothNumbers() throws {
        let s = Fixture.scenario(Fixture.calendar(coaching: nil))
        let gap = try #require(CalendarAdvisor.advisories(for: s).first { $0.code == .calendarCoachingGap })
        #expect(gap.message == "The calendar schedules no coaching touch-points between its 20 meetings, while the budget pays for 10 coaching sessions a year per educator (coaching.sessions_per_year).")
        // The budget keeps the scenario's own count (the calendar dates none to replace it).
        let sessions = try costedSessions(Projector.project(s), year: 1)
        #expect(sessions.value == 10 && sessions.term == .input("coaching.sessions_per_year"))
    }

    /// The case: a Saturday meeting (8 Apr 2028) whose "4 days after" touch-point (Wed 12
    /// Apr) falls in a blackout used to move back to Fri 7 Apr, before the meeting.
    @Test func daysAfterCoachingNeverLandsBeforeItsMeeting() throws {
        let saturday = MeetingRule(week: .nth(2), weekday: .saturday, time: TimeOfDay(hour: 9, minute: 0)!, minutes: 120)
        let fourDays = CoachingRule(placement: .daysAfterMeeting(4), time: TimeOfDay(hour: 15, minute: 30)!, minutes: 45)
        let spring = Blackout(name: "Spring break", firstDay: Self.d("2028-04-10"), lastDay: Self.d("2028-04-14"))
        let s = Fixture.scenario(Fixture.calendar([spring], coaching: fourDays, meeting: saturday))
        let schedule = try #require(CalendarScheduler.schedule(for: s))
        let aprilMeeting = try #require(schedule.meetings.first { $0.month == YearMonth(year: 2028, month: 4) })
        #expect(aprilMeeting.date == Self.d("2028-04-08"))
        let april = try #require(schedule.coaching.first { $0.month == YearMonth(year: 2028, month: 4) })
        // Mon 17 Apr: the nearest permitted day after the meeting (Fri 7 Apr is as near, but before it).
        #expect(april.date == Self.d("2028-04-17"))
        #expect(april.reasons == ["Spring break"])
        // Every month of both years: a days-after touch-point is never on or before its meeting.
        for meeting in schedule.meetings {
            guard let day = meeting.date,
                  let touch = schedule.coaching.first(where: { $0.month == meeting.month })?.date else { continue }
            #expect(touch > day, "\(meeting.month.monthAndYear): coaching \(touch.iso) is not after the meeting \(day.iso)")
        }
    }

    /// With no permitted day left after the meeting in its month, the touch-point is a conflict
    /// (listed, not held, not costed), never an earlier day.
    @Test func noDayAfterTheMeetingIsAConflict() throws {
        let lastFriday = MeetingRule(week: .last, weekday: .friday, time: TimeOfDay(hour: 9, minute: 0)!, minutes: 90)
        let twoDays = CoachingRule(placement: .daysAfterMeeting(2), time: TimeOfDay(hour: 15, minute: 30)!, minutes: 45)
        let s = Fixture.scenario(Fixture.calendar(coaching: twoDays, meeting: lastFriday))
        let schedule = try #require(CalendarScheduler.schedule(for: s))
        // Fri 29 Oct 2027 is October's last Friday; the 31st is a Sunday and nothing after it is in October.
        let october = try #require(schedule.coaching.first { $0.month == YearMonth(year: 2027, month: 10) })
        #expect(october.status == .conflict)
        #expect(october.date == nil)
        #expect(october.reasons.last == "no permitted day after the whole-group meeting in October 2027")
    }
    /// `coaching.sessions_per_year: 0` with a calendar that dates touch-points: the budget pays
    /// for the dated ones, so NO_COACHING (no sessions) would contradict it and does not fire;
    /// CALENDAR_COACHING_COUNT gives both numbers.
    @Test func noCoachingIsAboutTheSessionsCosted() throws {
        var s = Fixture.scenario(Fixture.calendar())
        s.coaching?.sessionsPerYear = 0
        let p = Projector.project(s)
        #expect(try costedSessions(p, year: 1).value == 10)
        #expect(!p.advisories.contains { $0.code == .noCoaching })
        #expect(p.advisories.first { $0.code == .calendarCoachingCount }?.message.contains("coaching.sessions_per_year is 0") == true)
        // Without the calendar's rule, 0 sessions is no coaching, as the spec says.
        var plain = Fixture.scenario(nil)
        plain.coaching?.sessionsPerYear = 0
        #expect(Projector.project(plain).advisories.contains { $0.code == .noCoaching })
    }
}


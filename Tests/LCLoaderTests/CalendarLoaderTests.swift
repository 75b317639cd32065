import Foundation
import TestSupport
import Testing
@testable import LCLoader
import LCModel

/// Reading the `calendar:` section: the good shapes, and every error with its line and column.
@Suite struct CalendarLoaderTests {
    /// A valid scenario; `calendar` is appended verbatim from line 9 on (columns checked by hand
    /// against the printed text: the section's keys start in column 3).
    static func yaml(_ calendar: String) -> String {
        """
        format: 1
        name: "Calendar test"
        goal: teacher-identity
        start: 2027-08
        years: 1
        cohort: { participants: 12 }
        meetings: { per_year: 10 }
        calendar:
        \(calendar)
        """
    }

    static let goodCalendar = """
          time_zone: America/Chicago
          school_years:
            - { first_day: 2027-09-01, last_day: 2028-06-15 }
          meeting: { week: last, weekday: Wednesday, time: "16:00" }
          coaching: { days_after_meeting: 7, time: "15:30", minutes: 45 }
          blackouts:
            - { name: "Winter break", from: 2027-12-20, to: 2028-01-07, note: "District closed" }
            - { name: "Veterans Day", date: 2027-11-11 }
        """

    func errors(_ calendar: String) -> [String] {
        do {
            _ = try ScenarioLoader.parse(Self.yaml(calendar), file: "cal.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsAGoodCalendar() throws {
        let loaded = try ScenarioLoader.parse(Self.yaml(Self.goodCalendar), file: "cal.yaml")
        let calendar = try #require(loaded.scenario.calendar)
        #expect(calendar.timeZone == .chicago)
        #expect(calendar.meeting == MeetingRule(week: .last, weekday: .wednesday, time: TimeOfDay(hour: 16, minute: 0)!, minutes: nil))
        #expect(calendar.coaching?.placement == .daysAfterMeeting(7))
        #expect(calendar.blackouts.count == 2)
        #expect(calendar.blackouts[0].note == "District closed")
        #expect(calendar.blackouts[1].firstDay == calendar.blackouts[1].lastDay)
        #expect(calendar.schoolYears == .listed([SchoolYearDates(firstDay: CivilDate(iso: "2027-09-01")!, lastDay: CivilDate(iso: "2028-06-15")!)]))
        #expect(loaded.location(of: "calendar.meeting.minutes").line == 12)
    }

    @Test func readsASchoolYearRuleAndDefaults() throws {
        let loaded = try ScenarioLoader.parse(Self.yaml("""
              school_year: { first_day: { month: 8, week: last, weekday: wednesday }, last_day: "06-15" }
              meeting: { week: 2, weekday: tuesday, time: 16:00, minutes: 90 }
            """), file: "cal.yaml")
        let calendar = try #require(loaded.scenario.calendar)
        #expect(calendar.timeZone == .losAngeles)
        #expect(calendar.coaching == nil)
        #expect(calendar.schoolYears == .rule(first: .weekday(month: 8, week: .last, weekday: .wednesday), last: .fixed(month: 6, day: 15)))
        #expect(calendar.meeting.time.description == "16:00")
    }

    @Test func theShippedSampleLoadsWithTenMeetingsAYear() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios/calendar-sample.yaml").path
        let loaded = try ScenarioLoader.load(path: path)
        #expect(loaded.scenario.meetingsPerYear(inYear: 1) == 10)
        #expect(loaded.scenario.meetingsPerYear(inYear: 2) == 10)
        #expect(!Projector.project(loaded.scenario).advisories.contains { $0.code.rawValue.hasPrefix("CALENDAR_") })
    }

    @Test func badDateNamesTheDaysInTheMonth() {
        let found = errors("""
              school_years:
                - { first_day: 2027-02-30, last_day: 2028-06-15 }
              meeting: { week: 2, weekday: tuesday, time: "16:00" }
            """)
        #expect(found == ["cal.yaml:10:20: error: calendar.school_years[0].first_day must be a date as YYYY-MM-DD, found '2027-02-30' (February 2027 has 28 days)"])
    }

    @Test func unknownWeekdayGetsASuggestion() {
        let found = errors("""
              school_years: [{ first_day: 2027-09-01, last_day: 2028-06-15 }]
              meeting: { week: 2, weekday: tusday, time: "16:00" }
            """)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("cal.yaml:10:32: error: calendar.meeting.weekday must be a day of the week") == true)
        #expect(found.first?.hasSuffix("found 'tusday'; did you mean 'tuesday'?") == true)
    }

    @Test func firstDayAfterLastDay() {
        let found = errors("""
              school_years:
                - { first_day: 2028-06-15, last_day: 2027-09-01 }
              meeting: { week: 2, weekday: tuesday, time: "16:00" }
            """)
        #expect(found == ["cal.yaml:10:42: error: calendar.school_years[0].last_day (2027-09-01) must be after first_day (2028-06-15)"])
    }

    @Test func blackoutEndingBeforeItStarts() {
        let found = errors("""
              school_years: [{ first_day: 2027-09-01, last_day: 2028-06-15 }]
              meeting: { week: 2, weekday: tuesday, time: "16:00" }
              blackouts:
                - { name: "Spring break", from: 2028-03-31, to: 2028-03-27 }
            """)
        #expect(found == ["cal.yaml:12:53: error: calendar.blackouts[0].to (2028-03-27) must not be before from (2028-03-31)"])
    }

    @Test func unknownKeysWeeksTimesAndZones() {
        let found = errors("""
              time_zone: America/Los_Angles
              school_years: [{ first_day: 2027-09-01, last_day: 2028-06-15 }]
              meeting: { week: 6, weekday: tuesday, time: "4pm", minute: 90 }
              blackout: []
            """)
        #expect(found.count == 5)
        #expect(found[0].hasPrefix("cal.yaml:9:14: error: calendar.time_zone must be one of the supported US time zones"))
        #expect(found[0].hasSuffix("did you mean 'America/Los_Angeles'?"))
        #expect(found[1] == "cal.yaml:11:20: error: calendar.meeting.week must be 1, 2, 3, 4, 5 or last, found '6'")
        #expect(found[2] == "cal.yaml:11:47: error: calendar.meeting.time must be a 24-hour time as HH:MM (\"16:00\"), found the text \"4pm\"")
        #expect(found[3] == "cal.yaml:11:54: error: unknown key 'calendar.meeting.minute'; did you mean 'minutes'?")
        #expect(found[4] == "cal.yaml:12:3: error: unknown key 'calendar.blackout'; did you mean 'blackouts'?")
    }

    @Test func missingSchoolYearsAndBothForms() {
        #expect(errors("""
              meeting: { week: 2, weekday: tuesday, time: "16:00" }
            """).first?.contains("missing required key 'calendar.school_years'") == true)
        let both = errors("""
              school_years: [{ first_day: 2027-09-01, last_day: 2028-06-15 }]
              school_year: { first_day: "09-01", last_day: "06-15" }
              meeting: { week: 2, weekday: tuesday, time: "16:00" }
            """)
        #expect(both == ["cal.yaml:10:16: error: calendar has both school_years and school_year; give the dated list or the yearly rule, not both"])
        let leap = errors("""
              school_year: { first_day: "02-29", last_day: "06-15" }
              meeting: { week: 2, weekday: tuesday, time: "16:00" }
            """)
        #expect(leap.first?.contains("calendar.school_year.first_day must be a month and day as MM-DD that exists every year") == true)
    }

    @Test func overlappingSchoolYearsAndCoachingWithTwoPlacements() {
        let found = errors("""
              school_years:
                - { first_day: 2027-09-01, last_day: 2028-06-15 }
                - { first_day: 2028-06-01, last_day: 2029-06-15 }
              meeting: { week: 2, weekday: tuesday, time: "16:00" }
              coaching: { week: 4, weekday: thursday, days_after_meeting: 7, time: "15:30", minutes: 45 }
            """)
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("cal.yaml:11:20: error: calendar.school_years[1].first_day (2028-06-01) must be after the previous school year's last day"))
        #expect(found[1] == "cal.yaml:13:63: error: calendar.coaching gives both days_after_meeting and week/weekday; give one placement")
    }
}

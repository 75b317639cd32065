import Testing
@testable import LCModel

/// Civil-date arithmetic. Every expected weekday and date was checked with Python's `calendar`
/// and `datetime` modules while writing the test.
@Suite struct CivilDateTests {
    func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func weekdaysOfKnownDates() {
        #expect(d("1970-01-01").weekday == .thursday)
        #expect(d("2000-01-01").weekday == .saturday)
        #expect(d("2027-09-14").weekday == .tuesday)
        #expect(d("2028-02-29").weekday == .tuesday)
        #expect(d("2100-03-01").weekday == .monday)
    }

    @Test func dayNumbersMatchPython() {
        #expect(d("2100-03-01").dayNumber == 47541)
        #expect(d("1900-02-28").dayNumber == -25509)
        #expect(CivilDate(dayNumber: 47541) == d("2100-03-01"))
    }

    @Test func dayNumbersRoundTripEveryDayOf1899To2101() {
        var day = d("1899-01-01")
        var number = day.dayNumber
        while day < d("2101-12-31") {
            let next = day.adding(days: 1)
            #expect(next.dayNumber == number + 1)
            #expect(CivilDate(dayNumber: next.dayNumber) == next)
            #expect(next > day)
            day = next
            number += 1
        }
    }

    @Test func leapYears() {
        #expect(CivilDate.isLeapYear(2028))
        #expect(CivilDate.isLeapYear(2000))
        #expect(!CivilDate.isLeapYear(1900))
        #expect(!CivilDate.isLeapYear(2100))
        #expect(!CivilDate.isLeapYear(2027))
        #expect(CivilDate(iso: "2028-02-29") != nil)
        #expect(CivilDate(iso: "2027-02-29") == nil)
        #expect(CivilDate(iso: "2100-02-29") == nil)
        #expect(d("2028-02-28").adding(days: 1) == d("2028-02-29"))
        #expect(d("2028-02-29").adding(days: 1) == d("2028-03-01"))
        #expect(d("2027-02-28").adding(days: 1) == d("2027-03-01"))
        #expect(d("2027-12-31").adding(days: 1) == d("2028-01-01"))
        #expect(d("2028-03-01").adding(days: -1) == d("2028-02-29"))
        #expect(d("2027-09-01").days(to: d("2028-09-01")) == 366)
    }

    @Test func rejectsMalformedDates() {
        for text in ["2027-9-14", "2027-13-01", "2027-04-31", "27-09-14", "2027-09-14T00", "２０２７-09-14", ""] {
            #expect(CivilDate(iso: text) == nil, "\(text)")
        }
    }

    @Test func timesAndEndsPastMidnight() {
        #expect(TimeOfDay(text: "16:00")?.description == "16:00")
        #expect(TimeOfDay(text: "9:30")?.description == "09:30")
        #expect(TimeOfDay(text: "24:00") == nil)
        #expect(TimeOfDay(text: "16:0") == nil)
        let late = LocalDateTime(date: d("2028-02-28"), time: TimeOfDay(hour: 23, minute: 0)!)
        #expect(late.adding(minutes: 120).iso == "2028-02-29T01:00")
        #expect(late.adding(minutes: 60).iso == "2028-02-29T00:00")
        #expect(late.adding(minutes: 59).iso == "2028-02-28T23:59")
    }

    @Test func secondTuesdays() {
        let expected = ["2027-09-14", "2027-10-12", "2027-11-09", "2027-12-14", "2028-01-11", "2028-02-08",
                        "2028-03-14", "2028-04-11", "2028-05-09", "2028-06-13"]
        let got = (0..<10).map { YearMonth(year: 2027, month: 9).adding(months: $0) }
            .map { WeekOfMonth.nth(2).date(in: $0, weekday: .tuesday)!.iso }
        #expect(got == expected)
    }

    @Test func fifthAndLastWeekdays() {
        let months = (0..<12).map { YearMonth(year: 2027, month: 8).adding(months: $0) }
        let fifth = months.map { WeekOfMonth.nth(5).date(in: $0, weekday: .tuesday)?.iso }
        #expect(fifth == ["2027-08-31", nil, nil, "2027-11-30", nil, nil, "2028-02-29", nil, nil, "2028-05-30", nil, nil])
        let lastFridays = months.map { WeekOfMonth.last.date(in: $0, weekday: .friday)!.iso }
        #expect(lastFridays == ["2027-08-27", "2027-09-24", "2027-10-29", "2027-11-26", "2027-12-31", "2028-01-28",
                                "2028-02-25", "2028-03-31", "2028-04-28", "2028-05-26", "2028-06-30", "2028-07-28"])
    }

    @Test func schoolYearRule() {
        let rule = SchoolYears.rule(first: .weekday(month: 8, week: .last, weekday: .wednesday), last: .fixed(month: 6, day: 15))
        let years = rule.dates(from: YearMonth(year: 2027, month: 8), through: YearMonth(year: 2028, month: 7))
        #expect(years.contains(SchoolYearDates(firstDay: d("2027-08-25"), lastDay: d("2028-06-15"))))
        #expect(years.contains(SchoolYearDates(firstDay: d("2026-08-26"), lastDay: d("2027-06-15"))))
    }
}

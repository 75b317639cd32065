/// Ways into a `CivilDate` that the record and funding rules need.
extension CivilDate {
    /// The first day of a month.
    public init(firstOf month: YearMonth) {
        self = CivilDate(year: month.year, month: month.month, day: 1)!
    }

    /// The day a Unix time falls on in UTC (for `SOURCE_DATE_EPOCH` and "today").
    public init(unixTime seconds: Int64) {
        self.init(dayNumber: Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400))
    }
}

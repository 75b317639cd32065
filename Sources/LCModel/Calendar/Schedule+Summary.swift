/// Plain-words descriptions of a schedule, for the brief and the `calendar` command.
extension Schedule {
    /// One sentence on when the community meets and what it avoids, from the schedule's own
    /// figures; for the brief.
    ///
    /// ```swift
    /// schedule.summarySentence
    /// // "The community meets as a whole group on the second Tuesday of each school-year month,
    /// //  16:00 to 18:00 (10 meetings in year 1 and 10 in year 2), with coaching touch-points on
    /// //  the fourth Thursday, avoiding weekends and 12 blackout periods such as Thanksgiving
    /// //  break, Winter break and Spring testing window."
    /// ```
    public var summarySentence: String {
        let rule = calendar.meeting
        let first = meetings.first { $0.date != nil }
        let window = first.map { "\($0.time) to \($0.end!.time)" } ?? "\(rule.time)"
        let counts = (1...max(1, years)).map { "\(meetingCount(inYear: $0)) meeting\(meetingCount(inYear: $0) == 1 ? "" : "s") in year \($0)" }
        var sentence = "The community meets as a whole group on the \(rule.week.ordinal) \(rule.weekday.name) of each school-year month, \(window) (\(Schedule.list(counts)))"
        switch calendar.coaching?.placement {
        case let .weekday(week, weekday)?:
            sentence += ", with coaching touch-points on the \(week.ordinal) \(weekday.name)"
        case let .daysAfterMeeting(days)?:
            sentence += ", with coaching touch-points \(days) day\(days == 1 ? "" : "s") after each meeting"
        case nil:
            sentence += ", with no coaching touch-points scheduled"
        }
        let weekendWord = rule.weekday.isWeekend ? "" : "weekends and "
        if blackouts.isEmpty {
            sentence += (weekendWord.isEmpty ? "" : ", avoiding weekends") + "; no holidays or busy periods are listed"
        } else {
            let names = Schedule.uniqueNames(blackouts)
            let shown = Schedule.list(Array(names.prefix(3)))
            let count = names.count
            let periods = "\(count) blackout period\(count == 1 ? "" : "s")"
            sentence += ", avoiding \(weekendWord)\(periods)" + (count > 3 ? " such as \(shown)" : " (\(shown))")
        }
        let unplaced = meetings.filter { $0.status == .conflict }
        if !unplaced.isEmpty {
            sentence += "; \(unplaced.count) month\(unplaced.count == 1 ? " has" : "s have") no permitted day (\(Schedule.list(unplaced.map(\.month.monthAndYear))))"
        }
        return sentence + "."
    }

    /// Blackout names without repeats (the same holiday listed for two years counts once).
    static func uniqueNames(_ blackouts: [Blackout]) -> [String] {
        var seen: Set<String> = []
        return blackouts.compactMap { seen.insert($0.name.lowercased()).inserted ? $0.name : nil }
    }

    /// `a`, `a and b`, `a, b and c`
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}

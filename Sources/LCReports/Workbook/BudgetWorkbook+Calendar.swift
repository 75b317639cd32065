import Foundation
import LCModel
import XlsxWriter

/// The Calendar sheet (when the scenario has a `calendar:` section): the meetings per year
/// that are the M of the cost rules, every scheduled meeting and coaching touch-point, the
/// blackouts and the planning on-ramp's months, all from `CalendarScheduler.schedule(for:)`.
/// With a `calendar.agenda`, each held meeting's row also carries its Focus and Step.
///
/// Each year's M is the Assumptions input `ScheduledMeetingsYearK` (what the Budget's
/// formulas read); beside it a COUNTIFS over the event rows below counts the placed meetings,
/// and a check cell says whether the two agree.
extension BudgetWorkbook.Writer {
    enum CalendarColumn {
        static let headers = ["Year", "Month", "Kind", "Date", "Weekday", "Start", "End", "Minutes", "Status",
                              "Rule date", "Reasons", "Summary"]
        /// Added after `headers` only when the calendar has an `agenda:`, so a sheet without one is unchanged.
        static let agendaHeaders = ["Focus", "Step"]
        static let year = 0, kind = 2, status = 8, focus = 12, step = 13
    }

    static let countsHeaders = ["Project year", "Meetings costed (Assumptions: M)", "Meetings on this calendar",
                                "Coaching touch-points on this calendar", "Check", "Coaching sessions costed",
                                "Coaching check"]

    func writeCalendar(_ schedule: Schedule) throws {
        let sheet = sheet(BudgetWorkbook.SheetName.calendar)
        try sheet.write("Calendar: whole-group meetings and coaching touch-points (times in \(schedule.timeZone.identifier))",
                        at: CellAddress(row: 0, column: 0), format: styles.title)
        try sheet.writeMerged(schedule.summarySentence, row: 1, columns: 0...(CalendarColumn.headers.count - 1), format: styles.note)

        // Where the event rows will be, so the counts above can refer to them.
        let countsHeader = 3
        let eventsTitle = countsHeader + schedule.years + 2
        let eventsHeader = eventsTitle + 1
        let firstEvent = eventsHeader + 1
        let lastEvent = firstEvent + max(schedule.events.count, 1) - 1
        func range(_ column: Int) -> String {
            CellRange(from: CellAddress(row: firstEvent, column: column), to: CellAddress(row: lastEvent, column: column)).reference
        }

        for (column, heading) in Self.countsHeaders.enumerated() {
            try sheet.write(heading, at: CellAddress(row: countsHeader, column: column), format: styles.header)
        }
        for year in 1...max(1, schedule.years) {
            let row = countsHeader + year
            func at(_ column: Int) -> CellAddress { CellAddress(row: row, column: column) }
            let meetings = schedule.meetingCount(inYear: year)
            try sheet.write(Double(year), at: at(0), format: styles.count)
            if let name = assumptions.names[scenario.meetingsInput(inYear: year)] {
                try sheet.writeFormula("=\(name)", cached: Double(scenario.meetingsPerYear(inYear: year, schedule: schedule)), at: at(1), format: styles.count)
            } else {
                try sheet.write(Double(scenario.meetingsPerYear(inYear: year, schedule: schedule)), at: at(1), format: styles.count)
            }
            let placed = "\(range(CalendarColumn.status)),\"<>conflict\""
            try sheet.writeFormula("=COUNTIFS(\(range(CalendarColumn.year)),\(at(0).a1),\(range(CalendarColumn.kind)),\"meeting\",\(placed))",
                                   cached: Double(meetings), at: at(2), format: styles.count)
            try sheet.writeFormula("=COUNTIFS(\(range(CalendarColumn.year)),\(at(0).a1),\(range(CalendarColumn.kind)),\"coaching\",\(placed))",
                                   cached: Double(schedule.coachingCount(inYear: year)), at: at(3), format: styles.count)
            let agree = scenario.meetingsPerYear(inYear: year, schedule: schedule) == meetings
            try sheet.writeFormula("=IF(\(at(1).a1)=\(at(2).a1),\"OK\",\"M differs from the calendar\")",
                                   cachedText: agree ? "OK" : "M differs from the calendar", at: at(4), format: styles.text)
            // The coaching the budget pays for beside the touch-points dated (docs/calendar.md):
            // equal whenever the calendar has a coaching rule and the scenario a coaching section.
            let costed = scenario.coachingSessions(inYear: year, schedule: schedule)
            if let name = assumptions.names[scenario.coachingInput(inYear: year)] {
                try sheet.writeFormula("=\(name)", cached: Double(costed), at: at(5), format: styles.count)
            } else {
                try sheet.write(Double(costed), at: at(5), format: styles.count)
            }
            let coachingAgrees = costed == schedule.coachingCount(inYear: year)
            try sheet.writeFormula("=IF(\(at(5).a1)=\(at(3).a1),\"OK\",\"Coaching costed differs from the calendar\")",
                                   cachedText: coachingAgrees ? "OK" : "Coaching costed differs from the calendar",
                                   at: at(6), format: styles.text)
        }

        try sheet.write("Every meeting and coaching touch-point (status: on_rule, moved to the nearest permitted day, or conflict: not held and not costed)",
                        at: CellAddress(row: eventsTitle, column: 0), format: styles.section)
        let headers = CalendarColumn.headers + (schedule.calendar.agenda == nil ? [] : CalendarColumn.agendaHeaders)
        for (column, heading) in headers.enumerated() {
            try sheet.write(heading, at: CellAddress(row: eventsHeader, column: column), format: styles.header)
        }
        if schedule.events.isEmpty {
            try sheet.write("No month of the project is in a school year.", at: CellAddress(row: firstEvent, column: 1), format: styles.key)
        }
        for (index, event) in schedule.events.enumerated() {
            let row = firstEvent + index
            func at(_ column: Int) -> CellAddress { CellAddress(row: row, column: column) }
            let format = event.status == .conflict ? styles.attention : styles.text
            try sheet.write(Double(event.year), at: at(0), format: styles.count)
            try sheet.write(event.month.monthAndYear, at: at(1), format: styles.text)
            try sheet.write(event.kind.rawValue, at: at(2), format: styles.text)
            try sheet.write(event.date?.iso ?? "not held", at: at(3), format: format)
            if let start = event.start, let end = event.end {
                try sheet.write(start.date.weekday.name, at: at(4), format: styles.text)
                try sheet.write("\(start.time)", at: at(5), format: styles.text)
                try sheet.write("\(end.time)", at: at(6), format: styles.text)
            }
            try sheet.write(Double(event.minutes), at: at(7), format: styles.count)
            try sheet.write(event.status.rawValue, at: at(8), format: format)
            try sheet.write(event.ruleDate.iso, at: at(9), format: styles.text)
            if !event.reasons.isEmpty { try sheet.write(event.reasons.joined(separator: "; "), at: at(10), format: styles.wrapped) }
            try sheet.write(event.summary, at: at(11), format: styles.wrapped)
            if let agenda = event.agenda {
                if let focus = agenda.focus { try sheet.write(focus, at: at(CalendarColumn.focus), format: styles.wrapped) }
                try sheet.write(agenda.step, at: at(CalendarColumn.step), format: styles.wrapped)
            }
        }
        if !schedule.events.isEmpty {
            try sheet.autofilter(CellRange(from: CellAddress(row: eventsHeader, column: 0),
                                           to: CellAddress(row: lastEvent, column: headers.count - 1)))
        }

        var row = lastEvent + 2
        try sheet.write("Blackouts (no meetings; local religious and community holidays must be added by the district)",
                        at: CellAddress(row: row, column: 0), format: styles.section)
        row += 1
        for (column, heading) in ["Name", "First day", "Last day", "Note"].enumerated() {
            try sheet.write(heading, at: CellAddress(row: row, column: column), format: styles.header)
        }
        row += 1
        if schedule.blackouts.isEmpty {
            try sheet.write("(none listed)", at: CellAddress(row: row, column: 0), format: styles.key)
            row += 1
        }
        for blackout in schedule.blackouts {
            try sheet.write(blackout.name, at: CellAddress(row: row, column: 0), format: styles.wrapped)
            try sheet.write(blackout.firstDay.iso, at: CellAddress(row: row, column: 1), format: styles.text)
            try sheet.write(blackout.lastDay.iso, at: CellAddress(row: row, column: 2), format: styles.text)
            if let note = blackout.note { try sheet.write(note, at: CellAddress(row: row, column: 3), format: styles.wrapped) }
            row += 1
        }
        row += 1
        try sheet.write("Planning on-ramp months (before the start)", at: CellAddress(row: row, column: 0), format: styles.section)
        row += 1
        if schedule.planningMonths.isEmpty {
            try sheet.write("(no planning on-ramp)", at: CellAddress(row: row, column: 0), format: styles.key)
        }
        for month in schedule.planningMonths {
            try sheet.write(month.iso, at: CellAddress(row: row, column: 0), format: styles.text)
            try sheet.write(month.monthAndYear, at: CellAddress(row: row, column: 1), format: styles.text)
            row += 1
        }

        try sheet.freezePanes(row: countsHeader + 1, column: 0)
        // The long text columns wrap (their rows grow to fit) so the sheet prints one page
        // wide at a readable size.
        try sheet.setColumnWidths([22, 13, 13, 13, 13, 10, 10, 10, 10, 10, 26, 30])
        if schedule.calendar.agenda != nil {
            try sheet.setColumns(CalendarColumn.focus...CalendarColumn.focus, width: 24)
            try sheet.setColumns(CalendarColumn.step...CalendarColumn.step, width: 14)
        }
        try printSetup(sheet, headerRows: eventsHeader...eventsHeader)
    }
}

import Foundation
import LCModel

/// Reads attendance (sign-in sheets) from CSV: columns `educator, role, date, activity, hours`.
///
/// `role` is participant or leader; `activity` meeting, coaching, planning or other; `date`
/// YYYY-MM-DD inside the project's periods; `hours` a plain number from 0 to 24. Any bad row
/// refuses the whole file: every problem is thrown at once as `file:line:column`.
public enum AttendanceCSV {
    public static let columns = ["educator", "role", "date", "activity", "hours"]
    /// No one attends more than a day's hours on one line.
    public static let maximumHours = Decimal(24)

    public static func parse(_ text: String, file: String,
                             calendar: ProjectCalendar?) throws(ScenarioError) -> [ImportedRow<AttendanceRecord>] {
        var table = try CSVTable(text: text, file: file, columns: columns)
        var result: [ImportedRow<AttendanceRecord>] = []
        for record in table.rows {
            let educatorCell = table.cell(record, "educator")
            if educatorCell.text.isEmpty { table.problem("educator is empty; write the educator's name as on the roster", at: educatorCell) }
            let role = table.choice(table.cell(record, "role"), "role", as: EducatorRole.self)
            let date = table.date(table.cell(record, "date"), within: calendar)
            let activity = table.choice(table.cell(record, "activity"), "activity", as: Activity.self)
            let hoursCell = table.cell(record, "hours")
            var hours = CSVNumber.decimal(hoursCell.text)
            if let value = hours, value < 0 {
                table.problem("hours \(hoursCell.text) is negative; hours attended are 0 or more", at: hoursCell)
                hours = nil
            } else if let value = hours, value > maximumHours {
                table.problem("hours \(hoursCell.text) is more than 24 in one row; split it by day", at: hoursCell)
                hours = nil
            } else if hours == nil, let literal = NumberLiteral(hoursCell.text), literal.wholeDigits > 2 {
                // A number too long to read exactly is still a number: say what is wrong with it.
                table.problem(literal.negative ? "hours \(hoursCell.text) is negative; hours attended are 0 or more"
                                               : "hours \(hoursCell.text) is more than 24 in one row; split it by day", at: hoursCell)
            } else if hours == nil {
                table.problem("hours '\(hoursCell.text)' is not a number (e.g. 2 or 1.5)", at: hoursCell)
            }
            guard !educatorCell.text.isEmpty, let role, let date, let activity, let hours else { continue }
            result.append(ImportedRow(line: record.line, value: AttendanceRecord(
                educator: educatorCell.text, role: role, date: date, activity: activity, hours: hours)))
        }
        try table.finish()
        return result
    }
}

import Foundation
import LCModel

/// Reads actual spending from CSV: columns `date, category, item, amount, payer, memo`.
///
/// `date` is YYYY-MM-DD inside the project's periods; `category` one of the scenario format's
/// cost categories; `amount` dollars with at most two decimals (`$` and thousands commas allowed,
/// negative for a refund); `item` must not be empty; `payer` and `memo` may be.
/// Any bad row refuses the whole file: every problem is thrown at once as `file:line:column`.
///
/// ```swift
/// let rows = try ActualsCSV.parse(text, file: "actuals.csv", calendar: ProjectCalendar(scenario))
/// rows[0].value.amount   // Money
/// ```
public enum ActualsCSV {
    public static let columns = ["date", "category", "item", "amount", "payer", "memo"]

    public static func parse(_ text: String, file: String,
                             calendar: ProjectCalendar?) throws(ScenarioError) -> [ImportedRow<ActualExpense>] {
        var table = try CSVTable(text: text, file: file, columns: columns)
        var result: [ImportedRow<ActualExpense>] = []
        for record in table.rows {
            let date = table.date(table.cell(record, "date"), within: calendar)
            let category = table.choice(table.cell(record, "category"), "category", as: CostCategory.self)
            let itemCell = table.cell(record, "item")
            if itemCell.text.isEmpty { table.problem("item is empty; say what was bought or paid for", at: itemCell) }
            let amountCell = table.cell(record, "amount")
            let amount = CSVNumber.money(amountCell.text)
            if amount == nil {
                table.problem("amount '\(amountCell.text)' is not a number of dollars with at most two decimals (e.g. 1234.50)", at: amountCell)
            }
            guard let date, let category, let amount, !itemCell.text.isEmpty else { continue }
            result.append(ImportedRow(line: record.line, value: ActualExpense(
                date: date, category: category, item: itemCell.text, amount: amount,
                payer: table.cell(record, "payer").text, memo: table.cell(record, "memo").text)))
        }
        try table.finish()
        return result
    }
}

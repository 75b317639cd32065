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
    /// The largest amount one row may hold, either way ($1,000,000,000.00; a refund down to
    /// minus that). A file has at most `CSVParser.maximumRows` (100,000) rows, so one import
    /// sums to at most 10^14 dollars = 10^16 cents, 900 times inside `Int64` cents, and even
    /// ninety thousand such imports could not overflow a variance total.
    public static let maximumAmount = Money(cents: 100_000_000_000)

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
            var amount: Money?
            switch CSVNumber.amount(amountCell.text) {
            case .success(let money): amount = money
            case .failure(.notANumber):
                table.problem("amount '\(amountCell.text)' is not a number of dollars (e.g. 1234.50)", at: amountCell)
            case .failure(.tooManyDecimals):
                table.problem("amount '\(amountCell.text)' has more than two decimals; write whole cents (e.g. 1234.50)", at: amountCell)
            case .failure(.tooLarge(let negative)):
                table.problem("amount '\(amountCell.text)' is \(negative ? "a refund " : "")larger than the maximum \(maximumAmount.formatted()) for one row", at: amountCell)
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

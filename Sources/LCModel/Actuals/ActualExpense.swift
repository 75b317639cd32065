import Foundation

/// One row of actual spending, as a program lead imports it from receipts or the ledger.
///
/// `amount` may be negative for a refund or credit; it counts against the same category.
public struct ActualExpense: Sendable, Equatable {
    public var date: CivilDate
    public var category: CostCategory
    public var item: String
    public var amount: Money
    /// Who paid: the fund, the vendor account or the person reimbursed.
    public var payer: String
    public var memo: String

    public init(date: CivilDate, category: CostCategory, item: String, amount: Money,
                payer: String = "", memo: String = "") {
        self.date = date
        self.category = category
        self.item = item
        self.amount = amount
        self.payer = payer
        self.memo = memo
    }
}

import LCModel

/// One row per line item: period, category, item, amount (plus the period index for sorting).
public enum ProjectionCSV {
    public static func render(_ p: Projection) -> String {
        var out = CSVField.row(["period", "category", "item", "amount"])
        for period in p.periods {
            for line in period.lines where !line.amount.isZero {
                out += CSVField.row([CSVField.text(period.label), line.category.rawValue,
                                     CSVField.text(line.item), line.amount.plain])
            }
        }
        return out
    }
}

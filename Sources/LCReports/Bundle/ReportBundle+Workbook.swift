import Foundation
import LCModel

extension ReportBundle {
    /// `<slug>.xlsx`: the live budget workbook (see `BudgetWorkbook`, docs/workbook.md).
    static func workbookFiles(slug: String, context: ReportContext) throws -> [ReportFile] {
        let projection = context.projection
        var built = BudgetWorkbook.Extras(variance: context.variance, uncertainty: context.uncertainty)
        built.inputs = context.inputs
        let extras = built
        let options = BudgetWorkbook.Options(created: BudgetWorkbook.creationDate(), run: context.run)
        return [ReportFile(name: "\(slug).xlsx") { url in
            try BudgetWorkbook.write(projection, extras: extras, to: url.path, options: options)
        }]
    }
}

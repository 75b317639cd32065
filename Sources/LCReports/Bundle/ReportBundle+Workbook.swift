import Foundation
import LCModel

extension ReportBundle {
    /// `<slug>.xlsx`: the live budget workbook (see `BudgetWorkbook`, docs/workbook.md).
    static func workbookFiles(slug: String, context: ReportContext) throws -> [ReportFile] {
        let projection = context.projection
        let options = BudgetWorkbook.Options(created: BudgetWorkbook.creationDate())
        return [ReportFile(name: "\(slug).xlsx") { url in
            try BudgetWorkbook.write(projection, to: url.path, options: options)
        }]
    }
}

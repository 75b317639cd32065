import Foundation
import Testing
import LCLoader
import LCModel
@testable import LCReports
import XlsxWriter

/// A portfolio with more lines than a sheet holds continues on "Line items 2", "Line items 3",
/// … (tested with a small sheet; Excel's is 1,048,576 rows), one scenario never split.
@Suite struct PortfolioSheetsTests {
    @Test func lineItemsContinueOnNewSheetsAndNoScenarioIsSplit() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loaded = try ScenarioLoader.load(path: root.appendingPathComponent("scenarios/riverside-worked-example.yaml").path)
        let projection = Projector.project(loaded.scenario)
        let lines = projection.periods.map(\.lines.count).reduce(0, +)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sheets-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("p.xlsx").path
        // Room for two scenarios' lines (plus the header) on each sheet: 5 scenarios take 3 sheets.
        let writer = try PortfolioWorkbookWriter(path: path, rowsPerSheet: 2 * lines + 1)
        for _ in 0..<5 { try writer.append(projection) }
        let rows = (0..<5).map { _ in PortfolioRow(file: "x.yaml", projection: projection) }
        try writer.finish(Portfolio(rows: rows, failures: []))
        #expect(writer.lineItemSheets == 3)

        let document = try XlsxDocument.read(path: path)
        #expect(document.sheets.map(\.name) == ["Portfolio", "Line items", "Line items 2", "Line items 3"])
        var numbers: [Double] = []
        var amounts = 0.0
        for name in ["Line items", "Line items 2", "Line items 3"] {
            let sheet = try #require(document.sheet(name))
            #expect(sheet.cells[CellAddress(row: 0, column: 0)]?.value == .text("#"))
            let dataRows = sheet.filledAddresses.map(\.row).filter { $0 > 0 }
            let last = dataRows.max() ?? 0
            #expect(last <= 2 * lines)
            for row in 1...last {
                numbers.append(sheet.cells[CellAddress(row: row, column: 0)]?.number ?? -1)
                amounts += sheet.cells[CellAddress(row: row, column: 5)]?.number ?? 0
            }
        }
        // Every line of every scenario, in order, each scenario's lines together.
        #expect(numbers == (1...5).flatMap { n in Array(repeating: Double(n), count: lines) })
        #expect(abs(amounts - 5 * projection.total.double) < 0.01)
    }
}

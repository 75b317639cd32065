import Foundation
import LCLoader
import LCModel
import Testing
import XlsxWriter
@testable import LCReports

/// The loader's text limits (`TextLimits`, in LCModel, which knows no writer) are the writers'
/// own, in the writers' units; and no scenario text can reach a sheet name.
@Suite struct TextLimitsTests {
    @Test func theModelsLimitsAreTheWritersLimits() throws {
        #expect(TextLimits.headerFooterBytes == Worksheet.maxHeaderFooterBytes)
        #expect(TextLimits.sheetNameUTF16 == NameRules.maxSheetNameLength)
        // A cell takes exactly `cellUTF16` UTF-16 code units (emoji: 2 each) and refuses one more.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("text-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let workbook = try Workbook(path: folder.appendingPathComponent("t.xlsx").path)
        let sheet = try workbook.addWorksheet("Cells")
        let full = String(repeating: "\u{1F600}", count: TextLimits.cellUTF16 / 2) + "x"
        #expect(full.utf16.count == TextLimits.cellUTF16)
        try sheet.write(full, at: CellAddress(row: 0, column: 0))
        #expect(throws: XlsxError.self) { try sheet.write(full + "x", at: CellAddress(row: 1, column: 0)) }
        try workbook.close()
    }

    /// Sheet names are fixed: a scenario whose every text breaks every sheet-name rule has the
    /// same sheets as one with plain names.
    @Test func noScenarioTextNamesASheet() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let plain = try ScenarioLoader.load(path: root.appendingPathComponent("scenarios/calendar-sample.yaml").path).scenario
        var hostile = plain
        let bad = "History'[a]:b*c?d/e\\f" + String(repeating: "x", count: 40)
        hostile.name = bad
        hostile.organization = bad
        hostile.other = hostile.other.map { OtherCost(name: bad, annual: $0.annual) }
        hostile.funding = hostile.funding?.map { var f = $0; f.source = bad; return f }
        #expect(BudgetWorkbook.sheetNames(Projector.project(hostile)) == BudgetWorkbook.sheetNames(Projector.project(plain)))
        for name in BudgetWorkbook.sheetNames(Projector.project(hostile)) { #expect(NameRules.sheetNameProblem(name) == nil, "\(name)") }
    }
}

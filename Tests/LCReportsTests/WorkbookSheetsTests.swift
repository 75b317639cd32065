import Foundation
import LCLoader
import LCModel
import Testing
@testable import LCReports

/// Which sheets a workbook has (figures are proved by Tests/Python/test_workbook*.py with
/// LibreOffice), and that the new sheets write the same cells in constant-memory mode.
@Suite struct WorkbookSheetsTests {
    static let scenarios = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    func projection(_ file: String, _ change: (inout Scenario) -> Void = { _ in }) throws -> Projection {
        var scenario = try ScenarioLoader.load(path: Self.scenarios.appendingPathComponent(file).path).scenario
        change(&scenario)
        return Projector.project(scenario)
    }

    static let budgetSheets = ["Summary", "Assumptions", "Budget", "Line items", "Funding", "Advisories"]
    static let analytics = ["ED 524", "SF-424A", "Who pays", "Fiscal years", "Constant dollars"]

    @Test func noCalendarVarianceOrUncertaintySheetWithoutThem() throws {
        let p = try projection("riverside-worked-example.yaml")
        #expect(p.scenario.calendar == nil)
        #expect(BudgetWorkbook.sheetNames(p) == Self.budgetSheets + Self.analytics)
    }

    @Test func calendarSheetWhenTheScenarioHasACalendar() throws {
        let p = try projection("calendar-sample.yaml")
        #expect(BudgetWorkbook.sheetNames(p) == Self.budgetSheets + Self.analytics + ["Calendar"])
        let removed = try projection("calendar-sample.yaml") { $0.calendar = nil }
        #expect(!BudgetWorkbook.sheetNames(removed).contains("Calendar"))
    }

    @Test func noWhoPaysSheetWithoutFundingSources() throws {
        let p = try projection("riverside-worked-example.yaml") { $0.funding = nil }
        #expect(BudgetWorkbook.sheetNames(p) == Self.budgetSheets + Self.analytics.filter { $0 != "Who pays" })
    }

    @Test func varianceAndUncertaintySheetsFromTheExtras() throws {
        let p = try projection("riverside-uncertain.yaml")
        let extras = try Self.extras(p)
        #expect(BudgetWorkbook.sheetNames(p, extras: extras) == Self.budgetSheets + Self.analytics + ["Variance", "Uncertainty"])
    }

    static func extras(_ p: Projection) throws -> BudgetWorkbook.Extras {
        let summary = Simulation.run(p, uncertainty: try #require(p.scenario.uncertainty), draws: 500, seed: 7)
        let day = CivilDate(iso: "2027-10-15")!
        let actuals = [ActualExpense(date: day, category: .food, item: "Dinner", amount: Money(cents: 45_000), payer: "district", memo: "")]
        return BudgetWorkbook.Extras(variance: Variance.compute(projection: p, actuals: actuals, asOf: day), uncertainty: summary)
    }

    /// Every sheet, new ones included, is written top to bottom, so constant-memory mode
    /// (which throws on a row above the current one) writes the whole workbook too.
    @Test func everySheetWritesInConstantMemoryMode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let uncertainty = try projection("riverside-uncertain.yaml").scenario.uncertainty
        for file in ["riverside-uncertain.yaml", "calendar-sample.yaml"] {
            // Both scenarios are Riverside's: the calendar sample gets the same uncertain inputs.
            let p = try projection(file) { $0.uncertainty = uncertainty }
            #expect(BudgetWorkbook.sheetNames(p, extras: try Self.extras(p)).count >= 13)
            let extras = try Self.extras(p)
            for constantMemory in [false, true] {
                let path = folder.appendingPathComponent("\(file)-\(constantMemory).xlsx").path
                try BudgetWorkbook.write(p, extras: extras, to: path,
                                         options: .init(created: BudgetWorkbook.defaultCreationDate, constantMemory: constantMemory))
                #expect(FileManager.default.fileExists(atPath: path))
            }
        }
    }
}

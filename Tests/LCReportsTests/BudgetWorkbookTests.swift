import Foundation
import LCLoader
import LCModel
import TestSupport
import Testing
import XlsxWriter
@testable import LCReports

/// The workbook's structure, formulas and determinism (numbers are proved by the Python suite
/// with LibreOffice; see Tests/Python/test_workbook.py).
@Suite struct BudgetWorkbookTests {
    static let example = URL(fileURLWithPath: scenarioPath("riverside-worked-example.yaml"))

    func projection() throws -> Projection {
        try Analysis.load(path: Self.example.path).projection
    }

    func folder() throws -> URL { temporaryFolder() }

    func part(_ file: URL, _ name: String) throws -> String { try packagePart(file, name) }

    /// `(cell, formula)` pairs of a sheet's XML.
    func formulas(_ xml: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<c r=\"([A-Z]+[0-9]+)\"[^>]*><f>([^<]*)</f><v>([^<]*)</v>")
        return pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).map { match in
            (1...3).map { String(xml[Range(match.range(at: $0), in: xml)!]) }.joined(separator: " ")
        }
    }

    @Test func everyInputNameIsAValidExcelName() throws {
        for input in InputCatalog.inputs(for: try projection().scenario) {
            #expect(NameRules.definedNameProblem(input.name) == nil, "\(input.name)")
        }
    }

    @Test func lineFormulasFollowTheBasis() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("b.xlsx")
        try BudgetWorkbook.write(try projection(), to: url.path)
        let budget = formulas(try part(url, "xl/worksheets/sheet3.xml"))
        #expect(budget.contains("C7 ROUND((ParticipantsYear1-LeadersYear1)*StipendHoursPerMonth*MeetingsPerYear*StipendHourlyRate,2) 42000"))
        #expect(budget.contains("C9 ROUND(FringeExtraDuty*(C7+C8),2) 7518"))
        #expect(budget.contains("D30 ROUND(CoachingSessionsPerYear*ROUNDUP(ParticipantsYear2/CoachingGroupSize,0)*(CoachingMinutes/60)*CoachHourlyRate*(1+CompensationEscalation)^1,2) 14832"))
        #expect(budget.contains("C39 ROUND(IndirectRate*C38,2) 24416.6"))
        #expect(budget.contains("E40 SUM(B40:D40) 547809.59"))
        let workbook = try part(url, "xl/workbook.xml")
        #expect(workbook.contains("<definedName name=\"StipendHourlyRate\">Assumptions!$B$13</definedName>"))
    }

    @Test func mtdcBaseSubtractsParticipantSupport() throws {
        var scenario = try projection().scenario
        scenario.cohort.employees = false
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("m.xlsx")
        try BudgetWorkbook.write(Projector.project(scenario), to: url.path)
        let budget = formulas(try part(url, "xl/worksheets/sheet3.xml"))
        // Direct total less the stipends, food, childcare, kits and credentials subtotals.
        #expect(budget.contains { $0.hasPrefix("C39 ROUND(IndirectRate*(C38-C10-C22-C25-C28-C34),2) ") })
    }

    @Test func sameProjectionGivesIdenticalBytesInBothModes() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let p = try projection()
        for constantMemory in [false, true] {
            let options = BudgetWorkbook.Options(created: BudgetWorkbook.defaultCreationDate, constantMemory: constantMemory)
            let a = folder.appendingPathComponent("a-\(constantMemory).xlsx"), b = folder.appendingPathComponent("b-\(constantMemory).xlsx")
            try BudgetWorkbook.write(p, to: a.path, options: options)
            try BudgetWorkbook.write(p, to: b.path, options: options)
            #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        }
        // Constant-memory mode writes the same formulas and cached values on every sheet.
        for sheet in 1...6 {
            let normal = formulas(try part(folder.appendingPathComponent("a-false.xlsx"), "xl/worksheets/sheet\(sheet).xml"))
            let constant = formulas(try part(folder.appendingPathComponent("a-true.xlsx"), "xl/worksheets/sheet\(sheet).xml"))
            #expect(normal == constant, "sheet\(sheet)")
        }
        let lineItems = try part(folder.appendingPathComponent("a-true.xlsx"), "xl/worksheets/sheet4.xml")
        #expect(lineItems.contains("<autoFilter ref=\"A1:F"))
    }

    @Test func creationDateHonoursSourceDateEpoch() {
        #expect(BudgetWorkbook.creationDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(BudgetWorkbook.creationDate(environment: [:]) == BudgetWorkbook.defaultCreationDate)
        #expect(BudgetWorkbook.creationDate(environment: ["SOURCE_DATE_EPOCH": "soon"]) == BudgetWorkbook.defaultCreationDate)
    }

    @Test func reportBundleNamesTheWorkbookAfterTheSlug() throws {
        let context = ReportContext(projection: try projection(), source: "")
        let files = try ReportBundle.files(slug: "riverside", context: context)
        #expect(files.map(\.name).contains("riverside.xlsx"))
    }
}

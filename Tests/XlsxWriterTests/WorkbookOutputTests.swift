import Foundation
import TestSupport
import Testing
@testable import XlsxWriter

/// What lands in the file: text stays text, formulas carry cached values, output is repeatable.
@Suite struct WorkbookOutputTests {
    static let injections = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "=1+1"]

    /// Writes a small workbook exercising every wrapped feature.
    func writeSample(to url: URL, constantMemory: Bool, created: Date = Date(timeIntervalSince1970: 1_767_225_600)) throws {
        let workbook = try Workbook(path: url.path, options: .init(constantMemory: constantMemory))
        try workbook.setProperties(DocumentProperties(title: "Sample", subject: "Tests", company: "Co", created: created))
        let money = try workbook.addFormat(FormatSpec(numberFormat: "$#,##0.00"))
        let bold = try workbook.addFormat(FormatSpec(bold: true, fillColor: 0xDDEBF7, bottomBorder: true))
        let red = try workbook.addFormat(FormatSpec(fontColor: 0x9C0006, fillColor: 0xFFC7CE))
        let sheet = try workbook.addWorksheet("Inputs")
        try sheet.write("Rate", at: CellAddress(row: 0, column: 0), format: bold)
        try sheet.write(50.25, at: CellAddress(row: 0, column: 1), format: money)
        try workbook.defineName("HourlyRate", refersTo: "=Inputs!$B$1")
        try sheet.validate(CellRange(row: 0, columns: 1...1), .decimal(minimum: 0, maximum: nil),
                           prompt: "A rate of 0 or more", error: "Rates cannot be negative")
        for (i, text) in Self.injections.enumerated() {
            try sheet.write(text, at: CellAddress(row: 1 + i, column: 0))
        }
        try sheet.writeFormula("=ROUND(HourlyRate*4,2)", cached: 201.0, at: CellAddress(row: 6, column: 1), format: money)
        try sheet.highlight(CellRange(row: 6, columns: 1...1), when: .greaterThan(0), format: red)
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.setColumns(0...0, width: 30)
        try sheet.setPrintLayout(repeatRows: 0...0)
        try sheet.setHeaderFooter(footer: "&L" + Worksheet.headerFooterText("R&D") + "&RPage &P of &N")

        let table = try workbook.addWorksheet("Table sheet")
        if constantMemory {
            try table.write("Item", at: CellAddress(row: 0, column: 0), format: bold)
            try table.write("Amount", at: CellAddress(row: 0, column: 1), format: bold)
            try table.autofilter(CellRange(from: CellAddress(row: 0, column: 0), to: CellAddress(row: 2, column: 1)))
        } else {
            try table.addTable(name: "Lines", at: CellAddress(row: 0, column: 0), lastRow: 2,
                               columns: [TableColumn("Item"), TableColumn("Amount", format: money)])
        }
        try table.write("a", at: CellAddress(row: 1, column: 0))
        try table.writeFormula("=Inputs!B1", cached: 50.25, at: CellAddress(row: 1, column: 1), format: money)
        try table.write("b", at: CellAddress(row: 2, column: 0))
        try table.write(2.5, at: CellAddress(row: 2, column: 1), format: money)
        let chart = try workbook.addChart(.stackedColumn)
        try chart.addSeries(name: CellRange(sheet: "Table sheet", row: 0, columns: 1...1),
                            categories: CellRange(sheet: "Table sheet", from: CellAddress(row: 1, column: 0), to: CellAddress(row: 2, column: 0)),
                            values: CellRange(sheet: "Table sheet", from: CellAddress(row: 1, column: 1), to: CellAddress(row: 2, column: 1)))
        try chart.setTitle("Amounts")
        try chart.setAxes(categoryTitle: "Item", valueTitle: "Dollars", valueNumberFormat: "$#,##0")
        try table.insertChart(chart, at: CellAddress(row: 4, column: 0))
        try workbook.close()
    }

    @Test(arguments: [false, true])
    func formulaLikeTextStaysText(constantMemory: Bool) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sample.xlsx")
        try writeSample(to: url, constantMemory: constantMemory)
        let xml = try packagePart(url, "xl/worksheets/sheet1.xml")
        let strings = try packagePart(url, "xl/sharedStrings.xml")
        for row in 2...6 {
            let cell = try #require(cellXML(xml, "A\(row)"))
            #expect(!cell.contains("<f>"), "A\(row) must not be a formula: \(cell)")
            #expect(cell.contains("t=\"s\"") || cell.contains("t=\"inlineStr\""), "A\(row) must be text: \(cell)")
        }
        // The text itself survives (escaped as XML), in the shared table or inline.
        let all = xml + strings
        #expect(all.contains("=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)") || all.contains("=HYPERLINK(\"http://evil\",\"x\")"))
        #expect(all.contains("@SUM(A1:A2)"))
        // The real formula is a formula with its cached value.
        let formula = try #require(cellXML(xml, "B7"))
        #expect(formula.contains("<f>ROUND(HourlyRate*4,2)</f>"))
        #expect(formula.contains("<v>201</v>"))
    }

    @Test func sameInputGivesByteIdenticalFiles() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.xlsx"), b = folder.appendingPathComponent("b.xlsx")
        try writeSample(to: a, constantMemory: true)
        Thread.sleep(forTimeInterval: 1.1)   // a clock leaking into the file would show
        try writeSample(to: b, constantMemory: true)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func creationDateIsWrittenAsGiven() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("dated.xlsx")
        try writeSample(to: url, constantMemory: false, created: Date(timeIntervalSince1970: 1_700_000_000))
        let core = try packagePart(url, "docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-11-14T22:13:20Z</dcterms:created>"))
        #expect(core.contains("<dc:title>Sample</dc:title>"))
        let app = try packagePart(url, "docProps/app.xml")
        #expect(app.contains("<Company>Co</Company>"))
    }

    @Test func namesValidationTableAndFooterReachTheFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sample.xlsx")
        try writeSample(to: url, constantMemory: false)
        let workbookXML = try packagePart(url, "xl/workbook.xml")
        #expect(workbookXML.contains("<definedName name=\"HourlyRate\">Inputs!$B$1</definedName>"))
        let sheet = try packagePart(url, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<dataValidation type=\"decimal\" operator=\"greaterThanOrEqual\""))
        #expect(sheet.contains("<oddFooter>&amp;LR&amp;&amp;D&amp;RPage &amp;P of &amp;N</oddFooter>"))
        #expect(sheet.contains("<pageSetup fitToHeight=\"0\" orientation=\"landscape\"/>"))
        #expect(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(sheet.contains("cfRule type=\"cellIs\""))
        let table = try packagePart(url, "xl/tables/table1.xml")
        #expect(table.contains("name=\"Lines\""))
        #expect(table.contains("<autoFilter ref=\"A1:B3\""))
        let chart = try packagePart(url, "xl/charts/chart1.xml")
        #expect(chart.contains("<c:grouping val=\"stacked\"/>"))
    }

    @Test func constantMemoryUsesAnAutofilterInsteadOfATable() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sample.xlsx")
        try writeSample(to: url, constantMemory: true)
        let sheet = try packagePart(url, "xl/worksheets/sheet2.xml")
        #expect(sheet.contains("<autoFilter ref=\"A1:B3\"/>"))
        #expect(cellXML(sheet, "B2")?.contains("<f>Inputs!B1</f><v>50.25</v>") == true)
    }

    /// A constant-memory sheet's rows pass through a 1 MB buffer (`RowFileBuffers`): rows well
    /// beyond it all reach the file in order, beside a sheet with no rows, and a workbook
    /// dropped without closing (its row file left open with rows in the buffer) is harmless.
    @Test func constantMemoryRowsBeyondTheRowBufferAllReachTheFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("rows.xlsx")
        let workbook = try Workbook(path: url.path, options: .init(constantMemory: true))
        let rows = try workbook.addWorksheet("Rows")
        _ = try workbook.addWorksheet("Empty")
        let count = 40_000
        for row in 0..<count {
            try rows.write("line \(row)", at: CellAddress(row: row, column: 0))
            try rows.write(Double(row) * 1.25, at: CellAddress(row: row, column: 1))
        }
        try workbook.close()
        let sheet = try packagePart(url, "xl/worksheets/sheet1.xml")
        #expect(sheet.utf8.count > 2 * RowFileBuffers.size)
        #expect(sheet.components(separatedBy: "<row ").count - 1 == count)
        #expect(cellXML(sheet, "A\(count)")?.contains("line \(count - 1)") == true)
        #expect(cellXML(sheet, "B\(count)")?.contains("<v>\(Double(count - 1) * 1.25)</v>") == true)
        #expect(try packagePart(url, "xl/worksheets/sheet2.xml").contains("<sheetData/>"))

        var dropped: Workbook? = try Workbook(path: folder.appendingPathComponent("dropped.xlsx").path, options: .init(constantMemory: true))
        let sheetOfDropped = try dropped!.addWorksheet("Rows")
        for row in 0..<100 { try sheetOfDropped.write("row \(row)", at: CellAddress(row: row, column: 0)) }
        dropped = nil
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("dropped.xlsx").path))
    }
}

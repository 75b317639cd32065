import Foundation
import TestSupport
import Testing
@testable import XlsxWriter

/// Every way the wrapper refuses bad input surfaces as a thrown `XlsxError`.
@Suite struct WorkbookErrorTests {
    @Test func unwritablePathThrowsOnClose() throws {
        let workbook = try Workbook(path: "/nonexistent-folder-\(UUID().uuidString)/out.xlsx")
        let sheet = try workbook.addWorksheet("Budget")
        try sheet.write("x", at: CellAddress(row: 0, column: 0))
        #expect {
            try workbook.close()
        } throws: { error in
            guard case XlsxError.cannotCreateFile(let path, _) = error else { return false }
            return path.hasSuffix("/out.xlsx")
        }
        #expect(!workbook.isOpen)
    }

    @Test func duplicateSheetNamesIgnoreCase() throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx")
        _ = try workbook.addWorksheet("Budget")
        #expect(throws: XlsxError.duplicateSheetName("budget")) { try workbook.addWorksheet("budget") }
    }

    @Test(arguments: ["", "   ", "Q1/Q2", "A[1]", "What?", "x*y", "a:b", "back\\slash",
                      "'quoted'", "History", String(repeating: "x", count: 32)])
    func invalidSheetNamesThrow(name: String) throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx")
        #expect {
            try workbook.addWorksheet(name)
        } throws: { error in
            guard case XlsxError.invalidSheetName(let refused, let reason) = error else { return false }
            return refused == name && !reason.isEmpty
        }
    }

    @Test func thirtyOneCharacterSheetNameIsAllowed() throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx")
        _ = try workbook.addWorksheet(String(repeating: "x", count: 31))
    }

    @Test(arguments: ["A1", "xfd1048576", "R1C1", "R2", "C3", "RC", "R", "c", "1Rate", "Stipend Rate",
                      "Rate-2", "", "TRUE", "Rate$"])
    func invalidDefinedNamesThrow(name: String) throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx")
        #expect {
            try workbook.defineName(name, refersTo: "=Sheet1!$A$1")
        } throws: { error in
            guard case XlsxError.invalidDefinedName(let refused, _) = error else { return false }
            return refused == name
        }
    }

    @Test(arguments: ["StipendHourlyRate", "_private", "CohortY2Participants", "XFE1", "ABCD12", "Rate.2", "Résumé"])
    func validDefinedNamesAreAccepted(name: String) throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx")
        _ = try workbook.addWorksheet("Sheet1")
        try workbook.defineName(name, refersTo: "=Sheet1!$A$1")
    }

    @Test func duplicateDefinedNamesIgnoreCase() throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx")
        _ = try workbook.addWorksheet("Sheet1")
        try workbook.defineName("StipendHourlyRate", refersTo: "=Sheet1!$A$1")
        #expect(throws: XlsxError.duplicateDefinedName("STIPENDHOURLYRATE")) {
            try workbook.defineName("STIPENDHOURLYRATE", refersTo: "=Sheet1!$A$2")
        }
    }

    @Test func tableNamesShareTheDefinedNameSpace() throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx")
        let sheet = try workbook.addWorksheet("Sheet1")
        try workbook.defineName("Lines", refersTo: "=Sheet1!$A$1")
        #expect(throws: XlsxError.duplicateDefinedName("Lines")) {
            try sheet.addTable(name: "Lines", at: CellAddress(row: 0, column: 0), lastRow: 2, columns: [TableColumn("A")])
        }
    }

    @Test func writingAfterCloseThrows() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = try Workbook(path: folder.appendingPathComponent("closed.xlsx").path)
        let sheet = try workbook.addWorksheet("Budget")
        let money = try workbook.addFormat(FormatSpec(numberFormat: "$#,##0.00"))
        try workbook.close()
        #expect(throws: XlsxError.workbookClosed(operation: "write text to Budget!C7")) {
            try sheet.write("late", at: CellAddress(row: 6, column: 2))
        }
        #expect(throws: XlsxError.self) { try sheet.write(1.0, at: CellAddress(row: 0, column: 0), format: money) }
        #expect(throws: XlsxError.self) { try sheet.writeFormula("=1+1", cached: 2.0, at: CellAddress(row: 0, column: 0)) }
        #expect(throws: XlsxError.self) { try workbook.addWorksheet("More") }
        #expect(throws: XlsxError.self) { try workbook.defineName("Late", refersTo: "=Budget!$A$1") }
        #expect(throws: XlsxError.self) { try workbook.addFormat(FormatSpec(bold: true)) }
        #expect(throws: XlsxError.workbookClosed(operation: "close the workbook")) { try workbook.close() }
    }

    @Test func cellErrorsNameSheetAndCell() throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx")
        let sheet = try workbook.addWorksheet("Budget")
        let tooLong = String(repeating: "x", count: 32_768)
        #expect {
            try sheet.write(tooLong, at: CellAddress(row: 6, column: 2))
        } throws: { error in
            "\(error)".hasPrefix("Budget!C7: ")
        }
        #expect {
            try sheet.write(Double.nan, at: CellAddress(row: 0, column: 0))
        } throws: { error in
            "\(error)".hasPrefix("Budget!A1: ")
        }
        let spaced = try workbook.addWorksheet("Line items")
        #expect {
            try spaced.write("x", at: CellAddress(row: CellAddress.maxRows, column: 0))
        } throws: { error in
            "\(error)".hasPrefix("'Line items'!A1048577: ")
        }
    }

    @Test func constantMemoryRefusesRowsAlreadyWritten() throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx", options: .init(constantMemory: true))
        let sheet = try workbook.addWorksheet("Lines")
        try sheet.write("a", at: CellAddress(row: 3, column: 0))
        try sheet.write("b", at: CellAddress(row: 3, column: 5))   // same row: fine
        #expect {
            try sheet.write("c", at: CellAddress(row: 2, column: 0))
        } throws: { error in
            "\(error)".hasPrefix("Lines!A3: row 3 was already written")
        }
    }

    @Test func tablesAreRefusedInConstantMemoryMode() throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx", options: .init(constantMemory: true))
        let sheet = try workbook.addWorksheet("Lines")
        #expect {
            try sheet.addTable(name: "Lines", at: CellAddress(row: 0, column: 0), lastRow: 2, columns: [TableColumn("A")])
        } throws: { error in
            "\(error)".hasPrefix("Lines!A1: tables are not supported in constant-memory mode")
        }
    }

    @Test func formatsFromAnotherWorkbookAreRefused() throws {
        let one = try Workbook(path: "/tmp/unused-1.xlsx")
        let two = try Workbook(path: "/tmp/unused-2.xlsx")
        let format = try one.addFormat(FormatSpec(bold: true))
        let sheet = try two.addWorksheet("Sheet1")
        #expect(throws: XlsxError.foreignObject("a format")) {
            try sheet.write("x", at: CellAddress(row: 0, column: 0), format: format)
        }
    }

    @Test func chartTextBeginningWithEqualsIsRefused() throws {
        let workbook = try Workbook(path: "/tmp/unused.xlsx")
        let chart = try workbook.addChart(.clusteredColumn)
        #expect(throws: XlsxError.self) { try chart.setTitle("=Budget!A1") }
    }
}

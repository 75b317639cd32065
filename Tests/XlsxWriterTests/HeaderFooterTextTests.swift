import Foundation
import TestSupport
import Testing
@testable import XlsxWriter

/// `Worksheet.headerFooterText` cuts in the unit `setHeaderFooter` counts (UTF-8 bytes), so
/// any scenario name makes a footer Excel accepts. It used to cut at 100 displayed characters:
/// 150 CJK characters (99 × 3 bytes) or one letter with 200 combining marks failed the write.
@Suite struct HeaderFooterTextTests {
    static let names: [String] = [
        "Riverside K-8 Maker Educator Learning Community",
        String(repeating: "学", count: 150),
        String(repeating: "a" + String(repeating: "\u{301}", count: 200), count: 2_000),
        String(repeating: "R&D ", count: 300),
        String(repeating: "\u{1F469}\u{1F3FD}\u{200D}\u{1F3EB}", count: 400),
        String(repeating: "&", count: 2_000),
    ]

    @Test(arguments: names.indices)
    func everyNameMakesAFooterExcelAccepts(index: Int) throws {
        let codes = "&L&RPage &P of &N"
        let name = Worksheet.headerFooterText(Self.names[index], limit: 100, maxBytes: Worksheet.maxHeaderFooterBytes - codes.utf8.count)
        let footer = "&L\(name)&RPage &P of &N"
        #expect(footer.utf8.count <= Worksheet.maxHeaderFooterBytes, "\(footer.utf8.count) bytes")
        // No lone `&` from the name: every one is doubled (an odd run would start a code).
        #expect(!name.replacingOccurrences(of: "&&", with: "").contains("&"))
        let folder = temporaryFolder()
        let workbook = try Workbook(path: folder.appendingPathComponent("f.xlsx").path)
        let sheet = try workbook.addWorksheet("Budget")
        try sheet.write("x", at: CellAddress(row: 0, column: 0))
        try sheet.setHeaderFooter(header: "&C&A", footer: footer)
        try workbook.close()
    }

    @Test func shortTextIsKeptWhole() {
        #expect(Worksheet.headerFooterText("R&D") == "R&&D")
        #expect(Worksheet.headerFooterText(String(repeating: "学", count: 150), maxBytes: 30) == String(repeating: "学", count: 9) + "…")
        #expect(Worksheet.headerFooterText(String(repeating: "x", count: 120), limit: 100).count == 100)
    }
}

import Foundation
import Testing
@testable import LCLoader
@testable import LCModel
@testable import LCReports

/// One funder's request (`project --funder`, `report --funder`): its tables agree with the
/// who-pays allocation line by line, and a source the allocation gives nothing still gets a form.
@Suite struct FunderRequestTests {
    static func consortium(foundation: String = "[24000, 24200]") throws -> Projection {
        let path = NarrativeFixtures.repositoryRoot.appendingPathComponent("scenarios/rural-consortium.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "by_year: [24000, 24200]", with: "by_year: \(foundation)")
        return NarrativeFixtures.project(text)
    }

    func row(_ table: SheetTable, _ label: String) -> [SheetCell]? { table.rows.first { $0.label == label }?.cells }

    /// The by-line table sums to the request, its indirect row is what the source pays of
    /// indirect, and the ED 524 CSV's Section A + B line 12 is the request.
    @Test func linesAndFormsAddUpToTheRequest() throws {
        let p = try Self.consortium()
        let who = FundingAllocation(p)
        for index in 0..<2 {
            let tables = FunderRequest.tables(p, source: index)
            let request = row(tables[0], "Total request")!.last!
            let lines = tables.first { $0.sheetName == "Request lines" }!
            #expect(row(lines, "Total of budget lines")!.last! == request)
            let paidIndirect = who.periods.compactMap { $0.sources.first { $0.index == index }?.byCategory[.indirect] }.sum()
            let indirectRow = lines.rows.first { $0.label.hasSuffix("(indirect.indirect)") }?.cells.last
            #expect(indirectRow == (paidIndirect.isZero ? nil : .money(paidIndirect)))
            let csv = FormsCSV.csv(tables.filter { $0.sheetName == "Request ED 524" })
            let totals = csv.split(separator: "\n").filter { $0.contains("12. Total Costs") }
                .map { Decimal(string: String($0.split(separator: ",").last!))! }
            guard case .money(let asked) = request else { Issue.record("the request is not money"); continue }
            #expect(totals.count == 2 || totals.count == 1)
            #expect(totals.reduce(0, +) == asked.decimal)
        }
        // The state grant covers indirect, so it pays the indirect on its own lines and more.
        #expect(who.periods.contains { ($0.sources[0].byCategory[.indirect] ?? .zero) > .zero })
        #expect(who.periods.allSatisfy { $0.sources[1].byCategory[.indirect] == nil })
    }

    @Test func aSourceGivenNothingStillHasItsSectionB() throws {
        let p = try Self.consortium(foundation: "[0, 0]")
        let tables = FunderRequest.tables(p, source: 1)
        let forms = tables.filter { $0.sheetName == "Request ED 524" }
        #expect(forms.map(\.title) == ["High Desert community foundation: ED 524 Section B — Non-federal funds"])
        #expect(forms[0].rows.allSatisfy { $0.cells.allSatisfy { $0 == .money(.zero) } })
    }
}

import Foundation
import Testing
import LCLoader
import LCModel
@testable import LCReports

@Suite struct PortfolioMarkdownTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func summaryListsEveryRowTheTotalAndTheSkippedFiles() throws {
        let file = Self.root.appendingPathComponent("scenarios/riverside-uncertain.yaml").path
        let projection = Projector.project(try ScenarioLoader.load(path: file).scenario)
        let portfolio = Portfolio(rows: [PortfolioRow(file: "a|b.yaml", projection: projection)],
                                  failures: [PortfolioFailure(file: "bad.yaml", message: "bad.yaml:5:8: error: years must be …")])
        let markdown = PortfolioMarkdown.render(portfolio)
        #expect(markdown.contains("1 scenario projected, total \(projection.total.formatted()); 1 file skipped"))
        let row = try #require(markdown.split(separator: "\n").first { $0.contains("a\\|b.yaml") })
        for year in projection.years { #expect(row.contains(year.total.formatted())) }
        #expect(row.contains(projection.perParticipantYear.formatted()) && row.hasSuffix("| 1 |"))
        #expect(markdown.contains("bad.yaml:5:8: error: years must be …"))
    }
}

import Foundation
import LCModel
import Testing
@testable import LCReports

/// The justification names the ED 524 line of every budget line and carries the form's
/// Section A by period.
@Suite struct JustificationFormTests {
    /// The text under a `### item` heading, up to the next heading.
    static func section(_ item: String, in text: String) -> String? {
        guard let start = text.range(of: "### \(item)\n") else { return nil }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n#")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test(arguments: ["riverside", "exemplary", "override"])
    func everyBudgetLineNamesItsFormLine(fixture: String) throws {
        let p = switch fixture {
        case "riverside": NarrativeFixtures.riverside
        case "exemplary": NarrativeFixtures.project(NarrativeFixtures.exemplary)
        default: NarrativeFixtures.project(NarrativeFixtures.exemplary + "\nform_524:\n  other.0: contractual\n  food: supplies\n")
        }
        let text = FigureScanner.unescapedMarkdown(try Narrative(p, templates: nil).justification)
        var checked = 0, seen = Set<String>()
        for period in p.periods {
            // A line's section is headed by its first costed period's item (`Prototyping kits`,
            // not year 2's `Prototyping kit refresh`).
            for line in period.lines where !line.amount.isZero && line.category != .indirect && seen.insert(line.key).inserted {
                let (formLine, overridden) = FederalFormMapping.line(for: line, in: p.scenario)
                let body = try #require(Self.section(line.item, in: text), "\(fixture): a section for \(line.item)")
                #expect(body.contains("ED 524 line: \(formLine.numberedTitle)"), "\(fixture) \(line.item) on \(formLine.numberedTitle)")
                #expect(body.contains("placed there by the scenario's form mapping") == overridden, "\(fixture) \(line.item)")
                checked += 1
            }
        }
        #expect(checked >= 10)
        if fixture == "exemplary" {
            // Not the grantee's employees: stipends are training stipends, release time contractual.
            #expect(Self.section("Participant stipends", in: text)?.contains("ED 524 line: 11. Training Stipends") == true)
        }
        if fixture == "override" {
            #expect(Self.section("Showcase night", in: text)?.contains("ED 524 line: 6. Contractual") == true)
        }
    }

    /// Hand-checked rows of the worked example's Section A (compare `lcbudget project --funding`):
    /// line 12 of each period is that period's total, and the table is in the justification.
    @Test func sectionATableTiesToTheProjection() throws {
        let p = NarrativeFixtures.riverside
        let text = try Narrative(p, templates: nil).justification
        for row in ["| 1. Personnel | $4,500.00 | $170,100.00 | $175,203.00 | $349,803.00 |",
                    "| 8. Other | $0.00 | $13,700.00 | $14,042.50 | $27,742.50 |",
                    "| 10. Indirect Costs | $0.00 | $24,416.60 | $24,917.91 | $49,334.51 |",
                    "| 11. Training Stipends | $0.00 | $0.00 | $0.00 | $0.00 |"] {
            #expect(text.contains(row), "\(row)")
        }
        let totals = p.periods.map { "**\($0.total.formatted())**" }.joined(separator: " | ")
        #expect(text.contains("| **12. Total Costs (lines 9-11)** | \(totals) | **\(p.total.formatted())** |"))
        #expect(text.contains("## Indirect costs\n\nED 524 line: 10. Indirect Costs"))
    }
}

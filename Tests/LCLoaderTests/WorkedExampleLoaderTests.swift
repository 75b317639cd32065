import Foundation
import TestSupport
import Testing
import LCLoader
import LCModel

/// The spec's worked example, read from scenarios/riverside-worked-example.yaml: every figure
/// of the spec's table to the cent.
@Suite struct WorkedExampleLoaderTests {
    @Test func riversideFileProjectsToThePublishedFigures() throws {
        let p = try Analysis.load(path: scenarioPath("riverside-worked-example.yaml")).projection
        func line(_ key: String, _ period: Int) -> Money { p.periods[period].line(key)?.amount ?? .zero }
        #expect(p.planning.total == m("5130.00"))
        #expect(line("planning.onramp", 0) == m("4500.00"))
        #expect(line("planning.fringe", 0) == m("630.00"))
        let y1 = p.periods[1]
        #expect(y1.total == m("268582.60"))
        #expect(y1.total(of: .stipends) == m("61218.00"))
        #expect(line("stipends.participants", 1) == m("42000.00"))
        #expect(line("stipends.leaders", 1) == m("11700.00"))
        #expect(line("stipends.fringe", 1) == m("7518.00"))
        let categories: [(CostCategory, String)] = [
            (.buyouts, "140400.00"), (.substitutes, "8568.00"), (.food, "3900.00"), (.childcare, "3000.00"),
            (.kits, "2880.00"), (.coaching, "14400.00"), (.credentials, "1800.00"), (.other, "8000.00"),
            (.indirect, "24416.60"),
        ]
        for (category, amount) in categories { #expect(y1.total(of: category) == m(amount), "\(category)") }
        // The derived figures (present value, per educator, per student) are the model's own
        // tests' (WorkedExampleTests); here, that the file gives the same totals and advisory.
        #expect([p.periods[2].total, p.total] == [m("274096.99"), m("547809.59")])
        #expect(p.funding.map(\.gap) == [m("58582.60"), m("64096.99")] && p.advisories.map(\.code) == [.fundingGap])
    }

    @Test func theCopyMatchesTheSpecFileBelowItsHeader() throws {
        // scenarios/ keeps the spec's example byte for byte under a comment header.
        let copy = try String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)
        let body = copy.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(body.hasPrefix("format: 1\nname: \"Riverside K-8 Maker Educator Learning Community\""))
        #expect(body.hasSuffix("    by_year: [60000, 60000]\n"))
    }

    @Test func locationsPointAtValues() throws {
        let loaded = try ScenarioLoader.load(path: scenarioPath("riverside-worked-example.yaml"))
        // Header: 5 comment lines; the spec file's line 6 (`years: 2`) is line 11 here.
        #expect(loaded.location(of: "years") == SourceLocation(file: scenarioPath("riverside-worked-example.yaml"), line: 11, column: 8))
        #expect(loaded.location(of: "stipends.hourly_rate") == SourceLocation(file: scenarioPath("riverside-worked-example.yaml"), line: 22, column: 16))
        // An input without its own value falls back to its section.
        #expect(loaded.location(of: "stipends.nothing_here").line == loaded.location(of: "stipends").line)
    }
}

import Foundation
import TestSupport
import Testing

/// `lcbudget project`, `compare` and `fit` run as a user runs them: the built binary, its
/// output read back and checked against the spec's figures and against itself.
@Suite struct FundingCommandTests {
    /// The worked example as the repository ships it (`scenarios/riverside-worked-example.yaml`).
    static let example = try! String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)

    struct Run { var status: Int32; var out: String; var err: String }

    /// Through the one runner (`LCBudgetBinary.run`: output to files, never two pipes in turn).
    func run(_ arguments: [String]) throws -> Run {
        let run = try LCBudgetBinary.run(arguments)
        return Run(status: run.status, out: run.stdout, err: run.stderr)
    }

    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-fund-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func number(_ value: Any?) -> Decimal? {
        (value as? NSNumber).map { Decimal(string: "\($0)")! }
    }

    /// The spec's keys, in order and with the worked example's figures; the new keys after them,
    /// and their figures agreeing with the projection's.
    @Test func projectJSONKeepsTheSpecKeys() throws {
        let dir = try scratch()
        let file = try write(Self.example, "riverside.yaml", in: dir)
        let result = try run(["project", file, "--format", "json"])
        #expect(result.status == 0)
        // Key order from the text itself (JSONSerialization forgets order).
        let topKeys = result.out.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(topKeys == ["format", "scenario", "organization", "periods", "categoryTotals", "total", "presentValue",
                            "perParticipantYear", "perStudentReached", "funding", "advisories",
                            "ed524", "sf424a", "whoPays", "fiscalYears", "constantDollars",
                            "ed524SectionA", "ed524SectionB", "ed524Unfunded"])
        let json = try object(result.out)
        #expect(number(json["total"]) == Decimal(string: "547809.59"))
        #expect(number(json["presentValue"]) == Decimal(string: "539826.18"))
        #expect(number(json["perParticipantYear"]) == Decimal(string: "11305.82"))
        #expect(number(json["perStudentReached"]) == Decimal(string: "190.21"))
        let categories = try #require(json["categoryTotals"] as? [String: Any])
        #expect(number(categories["indirect"]) == Decimal(string: "49334.51"))
        let funding = try #require(json["funding"] as? [[String: Any]])
        #expect(funding.map { number($0["gap"]) } == [Decimal(string: "58582.6"), Decimal(string: "64096.99")])
        let advisories = try #require(json["advisories"] as? [[String: Any]])
        #expect(advisories.map { $0["code"] as? String } == ["FUNDING_GAP"])

        // ED 524 line 12 total and the fiscal years' total are the projection's total.
        let ed524 = try #require(json["ed524"] as? [String: Any])
        let lines = try #require(ed524["lines"] as? [[String: Any]])
        #expect(lines.count == 12)
        #expect(number(lines[11]["total"]) == Decimal(string: "547809.59"))
        #expect(number(lines[0]["total"]) == Decimal(string: "349803"))
        let fiscal = try #require(json["fiscalYears"] as? [String: Any])
        #expect(number(fiscal["total"]) == Decimal(string: "547809.59"))
        let constant = try #require(json["constantDollars"] as? [String: Any])
        #expect(number(constant["presentValue"]) == Decimal(string: "539826.18"))
        #expect(number(constant["constant"]) == Decimal(string: "539919.2"))
        let who = try #require(json["whoPays"] as? [String: Any])
        #expect(number(who["gap"]) == Decimal(string: "127809.59"))   // 5,130 planning + the two years' gaps
        // No federal source: Section A is empty, Section B is what the sources pay, the rest unfunded.
        let line12 = { (key: String) throws -> Decimal? in
            let section = try #require(json[key] as? [String: Any])
            let lines = try #require(section["lines"] as? [[String: Any]])
            return self.number(lines[11]["total"])
        }
        #expect(try line12("ed524SectionA") == 0)
        #expect(try line12("ed524SectionB") == Decimal(string: "420000"))
        #expect(try line12("ed524Unfunded") == Decimal(string: "127809.59"))
    }

    @Test func compareIdenticalFilesShowsNoDifferences() throws {
        let dir = try scratch()
        let a = try write(Self.example, "a.yaml", in: dir)
        let b = try write(Self.example, "b.yaml", in: dir)
        let out = dir.appendingPathComponent("cmp")
        let result = try run(["compare", a, b, "--format", "json", "--out", out.path])
        #expect(result.status == 0)
        let json = try object(result.out)
        let scenarios = try #require(json["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["identicalToFirst"] as? Bool } == [true, true])
        let periods = try #require(json["periods"] as? [[String: Any]])
        for period in periods {
            let categories = try #require(period["categories"] as? [String: [String: Any]])
            for (_, value) in categories {
                let differences = try #require(value["differences"] as? [Any])
                #expect(differences.allSatisfy { number($0) == 0 })
            }
        }
        let markdown = try String(contentsOf: out.appendingPathComponent("comparison.md"), encoding: .utf8)
        #expect(markdown.contains("there are no differences"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("comparison.json").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("comparison.xlsx").path))
        // A second run without --force writes nothing and fails.
        let again = try run(["compare", a, b, "--out", out.path])
        #expect(again.status == 1)
        #expect(again.err.contains("already exists"))
    }

    @Test func fitFindsTheEdgeAndSaysWhenNothingFits() throws {
        let dir = try scratch()
        let file = try write(Self.example, "riverside.yaml", in: dir)
        let result = try run(["fit", file, "--budget", "$500,000", "--vary", "participants", "--format", "json"])
        #expect(result.status == 0)
        let fit = try #require(try object(result.out)["fit"] as? [String: Any])
        #expect(number(fit["value"]) == 18)
        let cost = try #require(number(fit["cost"])), next = try #require(number(fit["nextCost"]))
        #expect(cost <= 500_000 && next > 500_000)
        let projection = try #require(try object(result.out)["projection"] as? [String: Any])
        #expect(number(projection["total"]) == cost)

        let none = try run(["fit", file, "--budget", "1000", "--vary", "stipends.hourly_rate"])
        #expect(none.status == 2)
        #expect(none.out.contains("Nothing fits"))
        let bad = try run(["fit", file, "--budget", "12.345", "--vary", "participants"])
        #expect(bad.status != 0)
    }

    @Test func badOverrideIsAnErrorWithItsLocation() throws {
        let dir = try scratch()
        let file = try write(Self.example + "form_524:\n  other.1: supplies\n", "bad.yaml", in: dir)
        let result = try run(["project", file])
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("bad.yaml:75:3: error: form_524 names 'other.1'"))
    }
}

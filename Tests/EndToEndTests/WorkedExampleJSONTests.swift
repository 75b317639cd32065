import Foundation
import TestSupport
import Testing

/// `lcbudget project --format json` on the worked example: the spec's shape and every figure of
/// its table, with money read as exact decimals (JSONDecoder reads `Decimal` from the number's text).
@Suite struct WorkedExampleJSONTests {
    struct Document: Decodable {
        struct Line: Decodable { var category: String; var item: String; var amount: Decimal; var key: String }
        struct Period: Decodable { var index: Int; var label: String; var total: Decimal; var lines: [Line] }
        struct Funding: Decodable { var year: Int; var funded: Decimal; var gap: Decimal }
        struct Advisory: Decodable { var code: String; var severity: String; var message: String }
        var format: Int
        var scenario: String
        var periods: [Period]
        var categoryTotals: [String: Decimal]
        var total: Decimal
        var presentValue: Decimal
        var perParticipantYear: Decimal
        var perStudentReached: Decimal?
        var funding: [Funding]
        var advisories: [Advisory]
    }

    @Test func everyFigureOfTheSpecTable() throws {
        let run = try lcbudget("project", scenarioPath("riverside-worked-example.yaml"), "--format", "json")
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let doc = try JSONDecoder().decode(Document.self, from: Data(run.stdout.utf8))
        #expect(doc.format == 1)
        #expect(doc.scenario == "Riverside K-8 Maker Educator Learning Community")
        #expect(doc.periods.map(\.label) == ["Planning", "Year 1", "Year 2"])
        #expect(doc.periods.map(\.index) == [0, 1, 2])

        let planning = doc.periods[0]
        #expect(planning.total == d("5130.00"))
        #expect(planning.lines.map(\.item) == ["Planning on-ramp", "Planning fringe"])
        #expect(planning.lines.map(\.amount) == [d("4500.00"), d("630.00")])
        #expect(planning.lines.allSatisfy { $0.category == "planning" })

        let y1 = doc.periods[1]
        #expect(y1.total == d("268582.60"))
        func amount(_ key: String) -> Decimal? { y1.lines.first { $0.key == key }?.amount }
        #expect(amount("stipends.participants") == d("42000.00"))
        #expect(amount("stipends.leaders") == d("11700.00"))
        #expect(amount("stipends.fringe") == d("7518.00"))
        let categories = ["stipends": "61218.00", "buyouts": "140400.00", "substitutes": "8568.00", "food": "3900.00",
                          "childcare": "3000.00", "kits": "2880.00", "coaching": "14400.00", "credentials": "1800.00",
                          "other": "8000.00", "indirect": "24416.60"]
        for (category, expected) in categories {
            let sum = y1.lines.filter { $0.category == category }.reduce(Decimal(0)) { $0 + $1.amount }
            #expect(sum == d(expected), "\(category)")
        }
        #expect(y1.lines.reduce(Decimal(0)) { $0 + $1.amount } == y1.total)
        // A zero line (participant release time at share 0) is left out of `lines`.
        #expect(amount("buyouts.participants") == nil)

        #expect(doc.periods[2].total == d("274096.99"))
        #expect(doc.total == d("547809.59"))
        #expect(doc.categoryTotals["indirect"] == d("49334.51"))
        #expect(Set(doc.categoryTotals.keys) == ["planning", "stipends", "buyouts", "substitutes", "food", "childcare",
                                                  "kits", "coaching", "credentials", "other", "indirect"])
        #expect(doc.presentValue == d("539826.18"))
        #expect(doc.perParticipantYear == d("11305.82"))
        #expect(doc.perStudentReached == d("190.21"))
        #expect(doc.funding.map(\.year) == [1, 2])
        #expect(doc.funding.map(\.funded) == [d("210000.00"), d("210000.00")])
        #expect(doc.funding.map(\.gap) == [d("58582.60"), d("64096.99")])
        #expect(doc.advisories.map(\.code) == ["FUNDING_GAP"])
        #expect(doc.advisories.map(\.severity) == ["warning"])
    }

    @Test func moneyIsWrittenAsLiteralsWithTwoDecimals() throws {
        let json = try lcbudget("project", scenarioPath("riverside-worked-example.yaml"), "--format", "json").stdout
        for literal in ["\"total\": 547809.59,", "\"presentValue\": 539826.18,", "\"perParticipantYear\": 11305.82,",
                        "\"perStudentReached\": 190.21,", "\"indirect\": 49334.51", "\"amount\": 4500.00,",
                        "\"gap\": 58582.60"] {
            #expect(json.contains(literal), "\(literal)")
        }
        // JSONSerialization sees a well-formed object with the spec's top-level keys.
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        for key in ["format", "scenario", "periods", "categoryTotals", "total", "presentValue", "perParticipantYear",
                    "perStudentReached", "funding", "advisories"] {
            #expect(object?[key] != nil, "\(key)")
        }
    }

    @Test func perStudentReachedIsNullWithoutStudents() throws {
        let folder = temporaryFolder()
        let text = try String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  students_per_educator: 60\n", with: "")
        let file = folder.appendingPathComponent("no-students.yaml")
        try Data(text.utf8).write(to: file)
        let json = try lcbudget("project", file.path, "--format", "json").stdout
        #expect(json.contains("\"perStudentReached\": null,"))
    }

    @Test func csvHasOneRowPerLineSummingToTheTotal() throws {
        let run = try lcbudget("project", scenarioPath("riverside-worked-example.yaml"), "--format", "csv")
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first == ["period", "category", "item", "amount"])
        #expect(rows.dropFirst().allSatisfy { $0.count == 4 })
        let sum = rows.dropFirst().reduce(Decimal(0)) { $0 + d(String($1[3])) }
        #expect(sum == d("547809.59"))
        #expect(rows.contains(["Year 1", "indirect", "Indirect costs", "24416.60"]))
    }
}

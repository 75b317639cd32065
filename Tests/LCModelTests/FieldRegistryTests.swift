import Foundation
import Testing
@testable import LCModel

/// The field registry: complete, consistent, and in agreement with what the model reads.
@Suite struct FieldRegistryTests {
    @Test func patternsOfConcretePaths() {
        #expect(FieldRegistry.pattern(of: "funding[0].by_year[1]") == "funding.*.by_year.*")
        #expect(FieldRegistry.pattern(of: "funding.12.by_year.3") == "funding.*.by_year.*")
        #expect(FieldRegistry.pattern(of: "stipends.hourly_rate") == "stipends.hourly_rate")
        #expect(FieldRegistry.pattern(of: "other[1].name") == "other.*.name")
        #expect(FieldRegistry.pattern(of: "a1.b") == "a1.b")
        #expect(FieldRegistry.pattern(of: "") == "")
    }

    @Test func pathsAreUniqueAndLookupsAcceptConcretePaths() {
        let paths = FieldRegistry.all.map(\.path)
        #expect(Set(paths).count == paths.count)
        #expect(FieldRegistry.field("stipends.hourly_rate")?.workbookName == "StipendHourlyRate")
        #expect(FieldRegistry.field("funding.0.by_year.1")?.path == "funding.*.by_year.*")
        #expect(FieldRegistry.field("funding[0].by_year[1]")?.path == "funding.*.by_year.*")
        #expect(FieldRegistry.field("cohort.by_year[2].leaders")?.path == "cohort.by_year.*.leaders")
        #expect(FieldRegistry.field("other[0].annual")?.path == "other.*.annual")
        #expect(FieldRegistry.field("stipend.hourly_rate") == nil)
        #expect(FieldRegistry.indices(of: "funding[3].by_year[1]") == [3, 1])
    }

    @Test func everyGroupHasFieldsAndTheGroupsKeepTheirOrder() {
        for group in FieldGroup.allCases { #expect(!FieldRegistry.fields(in: group).isEmpty, "\(group)") }
        #expect(FieldGroup.allCases.map(\.rawValue) == ["people-and-time", "meetings-and-coaching", "pay", "care-and-food",
                                                       "kits-and-credentials", "planning", "escalation-and-indirect", "funding"])
        #expect(FieldRegistry.fields(in: .pay).first?.path == "stipends.hourly_rate")
    }

    @Test func everyNumericFieldIsBoundedOnBothSidesAndItsDefaultIsInRange() {
        for field in FieldRegistry.all {
            #expect(!field.label.isEmpty && !field.help.isEmpty && !field.feeds.isEmpty, "\(field.path)")
            guard field.isNumeric else {
                #expect(field.minimum == nil && field.maximum == nil, "\(field.path)")
                continue
            }
            guard let lo = field.minimum, let hi = field.maximum else {
                Issue.record("\(field.path) has no minimum or maximum")
                continue
            }
            #expect(lo <= hi, "\(field.path)")
            #expect(!field.unit.isEmpty, "\(field.path)")
            if let text = field.defaultValue {
                let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
                #expect(lo <= value && value <= hi, "\(field.path) default \(text)")
            }
            #expect(!(field.required && field.defaultValue != nil), "\(field.path)")
        }
    }

    @Test func choicesAndDefaultsAgree() {
        for field in FieldRegistry.all where field.kind == .choice {
            #expect(!field.choices.isEmpty, "\(field.path)")
            if let value = field.defaultValue { #expect(field.choices.contains(value), "\(field.path)") }
        }
        #expect(FieldRegistry.field("goal")?.choices == ["teacher-identity", "student-identity", "student-outcomes"])
        #expect(FieldRegistry.field("indirect.base")?.choices == ["total_direct", "mtdc"])
        #expect(FieldRegistry.field("funding.*.kind")?.choices == FundingSource.Kind.allCases.map(\.rawValue))
    }

    @Test func advisoryCodesAreRealCodes() {
        for field in FieldRegistry.all {
            for code in field.advisoryCodes { #expect(Advisory.Code(rawValue: code) != nil, "\(field.path): \(code)") }
        }
    }

    @Test func everyFieldReadsItsValueFromTheWorkedExampleAndSetsIt() throws {
        let s = Fixtures.riverside()
        for field in FieldRegistry.all {
            let indices = Array(repeating: 0, count: field.wildcardCount)
            guard let value = field.value(in: s, indices: indices) else {
                // Fields of sections and lists the worked example leaves out.
                #expect(["indirect.award_date", "cohort.by_year.*.participants", "cohort.by_year.*.leaders"].contains(field.path),
                        "\(field.path)")
                continue
            }
            var copy = s
            field.setValue(value, in: &copy, indices: indices)
            #expect(copy == s, "\(field.path): writing its own value back changes nothing")
            if let number = value.number, field.isNumeric, let hi = field.maximum, number < hi {
                field.setValue(.number(number + 1 > hi ? hi : number + 1), in: &copy, indices: indices)
                #expect(field.value(in: copy, indices: indices) != value, "\(field.path): a new value is read back")
            }
        }
        #expect(FieldRegistry.field("stipends.hourly_rate")?.value(in: s) == .number(50))
        #expect(FieldRegistry.field("funding.*.by_year.*")?.value(in: s, indices: [1, 0]) == .number(60000))
        #expect(FieldRegistry.field("start")?.value(in: s) == .text("2027-08"))
        #expect(FieldRegistry.field("meetings.after_hours")?.value(in: s) == .flag(true))
        #expect(FieldRegistry.field("funding.*.by_year.*")?.value(in: s, indices: [0]) == nil, "wrong number of indices")
    }

    @Test func theUncertainFieldsAreTheUncertaintyCatalogs() {
        let s = Fixtures.riverside()
        let catalog = Set(UncertainField.catalog(for: s).map { FieldRegistry.pattern(of: $0.path) })
        var withByYear = s
        withByYear.cohort.byYear = [CohortYear(participants: 20, leaders: 2), CohortYear(participants: 24, leaders: 3)]
        let byYear = Set(UncertainField.catalog(for: withByYear).map { FieldRegistry.pattern(of: $0.path) })
        let registry = Set(FieldRegistry.all.filter(\.mayBeUncertain).map(\.path))
        #expect(registry == catalog.union(byYear))
    }

    @Test func theFittableFieldsAreFitVariables() {
        let registry = FieldRegistry.all.filter(\.mayBeFitted).map(\.path).sorted()
        let fit = FitVariable.allCases.map(\.path).sorted()
        #expect(registry == fit)
        #expect(FitVariable.allCases.map(BudgetFit.limit) == [10_000, 1_000_000, 5, 100, 10_000])
    }

    @Test func workbookInputsMatchTheAssumptionsSheet() {
        var s = Fixtures.riverside()
        s.other.append(OtherCost(name: "Venue", annual: 1200))
        for input in InputCatalog.inputs(for: s) where !input.key.hasPrefix("meetings.y") {
            let path = input.key
                .replacingOccurrences(of: #"cohort\.y\d+\."#, with: "cohort.", options: .regularExpression)
            guard let field = FieldRegistry.field(path) else {
                Issue.record("no registry field for input \(input.key)")
                continue
            }
            let parts = input.key.split(separator: ".")
            var name = field.workbookName ?? ""
            if parts.count > 2 {
                name = name.replacingOccurrences(of: "{year}", with: String(parts[1].dropFirst()))
                    .replacingOccurrences(of: "{n}", with: String((Int(parts[1]) ?? 0) + 1))
            }
            #expect(name == input.name, "\(input.key)")
            if !input.key.hasPrefix("cohort.y") && !input.key.hasPrefix("other.") {
                #expect(field.label == input.label, "\(input.key)")
                #expect(field.workbookNote == input.note, "\(input.key)")
            }
            if field.kind != .boolean { #expect(field.unit == input.unit, "\(input.key)") }
            #expect(field.minimum == input.minimum || field.kind == .boolean, "\(input.key)")
        }
    }

    @Test func markdownHasOneRowPerFormatField() {
        let markdown = FieldRegistry.markdown()
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == FieldRegistry.all.filter { $0.extensionPage == nil }.count)
        #expect(markdown.contains("| `stipends.hourly_rate` | dollars | required | 0–10,000 | $ per hour |"))
        #expect(markdown.contains("| `compensation` | share | `0` | −0.1–0.25 | per year |") == false)
        #expect(markdown.contains("| `escalation.compensation` | share | `0` | −0.1–0.25 | per year |"))
    }

    @Test func jsonListsEveryFieldAndGroup() throws {
        let object = try JSONSerialization.jsonObject(with: Data(FieldRegistry.json().utf8)) as? [String: Any]
        let fields = try #require(object?["fields"] as? [[String: Any]])
        #expect(fields.count == FieldRegistry.all.count)
        let rate = try #require(fields.first { $0["path"] as? String == "stipends.hourly_rate" })
        #expect(rate["maximum"] as? Int == 10_000)
        #expect(rate["workbookName"] as? String == "StipendHourlyRate")
        #expect(rate["group"] as? String == "pay")
        let groups = try #require(object?["groups"] as? [[String: Any]])
        #expect(groups.map { $0["id"] as? String } == FieldGroup.allCases.map(\.rawValue))
    }
}

/// docs/scenario-format.md's field tables are the registry's generated text, byte for byte.
@Suite struct FieldDocsTests {
    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/scenario-format.md")

    /// The text between `<!-- BEGIN GENERATED: command -->` and `<!-- END GENERATED -->`.
    static func generated(_ page: URL, _ command: String) throws -> String {
        let text = try String(contentsOf: page, encoding: .utf8)
        let begin = "<!-- BEGIN GENERATED: \(command) -->\n", end = "<!-- END GENERATED -->"
        let start = try #require(text.range(of: begin), "the page marks where the generated tables begin")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<stop.lowerBound])
    }

    @Test func theScenarioFormatPageHoldsTheGeneratedTables() throws {
        #expect(try Self.generated(Self.page, "lcbudget fields --format markdown") == FieldRegistry.markdown(),
                "docs/scenario-format.md is out of date: paste the output of `lcbudget fields --format markdown` between the markers")
    }

    @Test func theUncertaintyPageHoldsTheGeneratedTable() throws {
        let page = Self.page.deletingLastPathComponent().appendingPathComponent("uncertainty.md")
        #expect(try Self.generated(page, "lcbudget fields --format markdown --uncertain") == FieldRegistry.uncertainMarkdown(),
                "docs/uncertainty.md is out of date: paste the output of `lcbudget fields --format markdown --uncertain` between the markers")
    }

    @Test func everyMaximumIsListedOnTheScenarioFormatPage() throws {
        let tables = try Self.generated(Self.page, "lcbudget fields --format markdown")
        for field in FieldRegistry.all where field.isNumeric && field.extensionPage == nil {
            let range = field.rangeText
            #expect(range.hasSuffix("–\(FieldRegistry.shown(field.maximum!))") || range.hasPrefix("exactly"), "\(field.path): \(range)")
            #expect(tables.contains("| \(range) | \(field.unit) |"), "\(field.path): its range and unit are on the page")
        }
    }
}

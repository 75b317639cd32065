import Foundation
import TestSupport
import HummingbirdTesting
import LCLoader
import LCModel
import LCReports
import LCServer
import Testing

/// Template, fields, compare, fit and the downloads.
@Suite struct ToolRouteTests {
    @Test("GET /api/template: a new community that raises no advisory once its open fields are filled")
    func template() async throws {
        try await Scratch().testRouter { scratch, client in
            let json = try await client.send("/api/template").json
            var document = json["document"]!
            #expect(json["yaml"]?.string == NewCommunity.yaml)
            // Left for the user: exactly what has no sensible default.
            for path in ["name", "organization", "goal", "start"] { #expect(document[path]?.string == "", "\(path)") }
            #expect(document["cohort"]?["participants"]?.string == "")
            // As it is, the form reports the missing fields on their paths.
            let empty = try await client.send("/api/analyze", .post, body: documentBody(document))
            #expect(empty.status == .unprocessableContent)
            let missing = Set(empty.json["diagnostics"]!.array.compactMap { $0["path"]?.string })
            #expect(missing == ["name", "goal", "start", "cohort.participants"])
            for goal in Goal.allCases {
                document = setting(document, "name", .string("Maple Grove maker community"))
                document = setting(document, "organization", .string("Maple Grove Unified"))
                document = setting(document, "goal", .string(goal.rawValue))
                document = setting(document, "start", .string("2027-07"))
                document = setting(document, "cohort.participants", .string("18"))
                let filled = try await client.send("/api/analyze", .post, body: documentBody(document))
                #expect(filled.status == .ok)
                #expect(filled.json["diagnostics"]?.array.isEmpty == true, "\(goal)")
                #expect(filled.json["projection"]?["advisories"]?.array.isEmpty == true)
            }
        }
    }

    @Test("POST /api/compare: `lcbudget compare A B --format json` for files and unsaved documents")
    func compare() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let a = shipped("guide-ten-month.yaml"), b = shipped("riverside-worked-example.yaml")
        let pa = Projector.project(try ScenarioLoader.parse(a, file: "a").scenario)
        let pb = Projector.project(try ScenarioLoader.parse(b, file: "b").scenario)
        let expected = ComparisonReport.json(ScenarioComparison([pa, pb], names: ["guide-ten-month.yaml", "riverside-worked-example.yaml"]))
        try await scratch.application().test(.router) { client in
            let files = try await client.send("/api/compare", .post,
                body: #"{"a": {"file": "guide-ten-month.yaml"}, "b": {"file": "riverside-worked-example.yaml"}}"#)
            #expect(files.status == .ok)
            #expect(files.json == expected)
            let mixed = try await client.send("/api/compare", .post, body: JSONValue.object([
                ("a", .object([("file", .string("guide-ten-month.yaml"))])),
                ("b", .object([("document", YAMLTree(text: b)!.document)])),
            ]).rendered())
            #expect(mixed.status == .ok)
            #expect(mixed.json["scenarios"]?[1]?["file"]?.string == pb.scenario.name)
            #expect(mixed.json["allPeriods"]?["totals"] == expected["allPeriods"]?["totals"])
            let missing = try await client.send("/api/compare", .post, body: #"{"a": {"file": "../x.yaml"}, "b": {"file": "guide-ten-month.yaml"}}"#)
            #expect(missing.status == .notFound)
            let bad = try await client.send("/api/compare", .post, body: JSONValue.object([
                ("a", .object([("document", setting(YAMLTree(text: a)!.document, "years", .string("9")))])),
                ("b", .object([("file", .string("guide-ten-month.yaml"))])),
            ]).rendered())
            #expect(bad.status == .unprocessableContent)
            #expect(bad.json["side"]?.string == "a")
            #expect(try await client.send("/api/compare", .post, body: #"{"a": 1}"#).status == .badRequest)
        }
    }

    @Test("POST /api/fit: `lcbudget fit --format json`, the largest cohort a budget affords, and why nothing fits")
    func fit() async throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let text = shipped("teacher-identity-pilot.yaml")
        let loaded = try ScenarioLoader.parse(text, file: "t")
        let expected = FitReport.json(try BudgetFit.fit(loaded.scenario, vary: .participants, budget: Money(cents: 25_000_000),
                                                        perYear: false, leaderRateFollows: loaded.locations["stipends.leader_hourly_rate"] == nil))
        try await scratch.application().test(.router) { client in
            let response = try await client.send("/api/fit", .post,
                body: documentBody(text, extra: [("budget", .string("250000")), ("vary", .string("participants"))]))
            #expect(response.status == .ok)
            #expect(response.json == expected)
            #expect(response.json["fit"]?["outcome"]?.string == "fits")
            let none = try await client.send("/api/fit", .post,
                body: documentBody(text, extra: [("budget", .string("$1,000")), ("vary", .string("participants"))]))
            #expect(none.status == .ok)
            #expect(none.json["fit"]?["outcome"]?.string == "nothing_fits")
            #expect(none.json["fit"]?["message"]?.string?.contains("Nothing fits.") == true)
            for extra: [(String, JSONValue)] in [[("budget", .string("-5"))], [("budget", .string("1.001"))],
                                                 [("budget", .string("100")), ("vary", .string("kits"))]] {
                #expect(try await client.send("/api/fit", .post, body: documentBody(text, extra: extra)).status == .badRequest)
            }
        }
    }

    @Test("GET /api/fields: the registry's groups")
    func fields() async throws {
        try await Scratch().testRouter { scratch, client in
            let response = try await client.send("/api/fields")
            #expect(response.status == .ok)
            let groups = response.json["groups"]!.array
            #expect(groups.compactMap { $0["id"]?.string } == FieldGroup.allCases.map(\.rawValue))
            let fields = groups.flatMap { $0["fields"]!.array }
            #expect(fields.count == FieldRegistry.all.count)
            let rate = fields.first { $0["path"]?.string == "stipends.hourly_rate" }
            #expect(rate?["workbookName"]?.string == "StipendHourlyRate")
            #expect(rate?["kind"]?.string == "money")
            #expect(rate?["advisoryCodes"]?[0]?.string == "STIPEND_BELOW_GUIDE")
            #expect(rate?["section"]?.string == "stipends")
        }
    }
}

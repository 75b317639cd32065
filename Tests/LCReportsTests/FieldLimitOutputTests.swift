import Foundation
import Testing
import TestSupport
import LCLoader
import LCModel
@testable import LCReports

/// Every numeric field at its registry maximum (all at once), and at its minimum, through every
/// output: no trap, no negative total, and the figures read back equal the projection's.
@Suite struct FieldLimitOutputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func worked() throws -> Scenario {
        try ScenarioLoader.load(path: root.appendingPathComponent("scenarios/riverside-worked-example.yaml").path).scenario
    }

    /// Sets every numeric field of the registry the scenario holds to its maximum (or minimum).
    static func extreme(_ atMaximum: Bool) throws -> Scenario {
        var s = try worked()
        if atMaximum {
            s.years = 5
            s.funding = s.funding?.map { var f = $0; f.byYear = Array(repeating: 0, count: 5); return f }
            s.other += (1..<30).map { OtherCost(name: "Cost \($0)", annual: 0) }
        }
        for field in FieldRegistry.all where field.isNumeric && field.path != "years" {
            guard let value = atMaximum ? field.maximum : field.minimum else { continue }
            let indices = field.boundIndices(in: s)
            for i in indices { field.setValue(.number(value), in: &s, indices: i) }
        }
        return s
    }

    @Test(arguments: [true, false]) func everyOutputOfAnExtremeScenario(atMaximum: Bool) throws {
        let s = try Self.extreme(atMaximum)
        let p = Projector.project(s)
        #expect(p.total.cents >= 0 && p.presentValue.cents >= 0 && p.presentValue <= p.total)
        #expect(p.periods.allSatisfy { $0.total.cents >= 0 && $0.lines.allSatisfy { $0.amount.cents >= 0 } })
        if atMaximum {
            #expect(s.stipends?.hourlyRate == 10_000 && s.cohort.participants == 10_000)
            #expect(Decimal(p.total.cents) / 100 <= FieldRegistry.worstCaseTotal(values: s.other.count, meetings: 12))
        }

        // JSON: the total read back is the projection's, and positive.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ProjectionJSON.render(p).utf8)) as? [String: Any])
        let total = try #require(json["total"] as? NSNumber)
        #expect(Decimal(string: total.stringValue) == p.total.decimal || total.doubleValue == Double(p.total.cents) / 100)
        #expect(total.doubleValue >= 0)
        // CSV and the table: no minus sign before any dollar figure.
        let table = ProjectionTable.render(p)
        #expect(!table.contains("-$"))
        #expect(!ProjectionCSV.render(p).isEmpty)

        // The report bundle: workbook, brief and justification all written.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try ReportBundle.files(slug: "extreme", context: ReportContext(projection: p, source: ""))
        for file in files { try file.write(folder.appendingPathComponent(file.name)) }
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(written) == Set(files.map(\.name)))
        let justification = try String(contentsOf: folder.appendingPathComponent("extreme-justification.md"), encoding: .utf8)
        #expect(justification.contains("Total cost: **\(p.total.formatted())**"))
        #expect(!justification.contains("Total cost: **-"))
        let brief = try String(contentsOf: folder.appendingPathComponent("extreme-brief.md"), encoding: .utf8)
        #expect(brief.contains(p.total.formatted()))
    }
}

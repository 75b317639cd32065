import Foundation
import TestSupport
import Testing

/// A scenario that passes `check` never fails in `report` or `batch`: every text field at the
/// loader's limit, in the characters that count most against each writer's unit (emoji and
/// combining marks for a cell's UTF-16 code units, CJK for a footer's bytes, `&` for a footer's
/// codes), writes every report; one past the limit is refused by `check` itself.
@Suite struct WriterLimitTests {
    /// Text of exactly `units` UTF-16 code units built from `piece`, distinct per `tag`.
    static func text(_ piece: String, units: Int, tag: Int) -> String {
        var out = "\(tag) "
        while out.utf16.count + piece.utf16.count <= units { out += piece }
        while out.utf16.count < units { out += "x" }
        return out
    }

    /// The calendar sample with every name, organization, source, location, blackout name and
    /// note replaced by 2,000 UTF-16 code units of hard text.
    static func longest() throws -> String {
        let pieces = ["\u{1F469}\u{1F3FD}\u{200D}\u{1F3EB}", "e\u{301}", "学", "&", "\u{1F600}"]
        let sample = try String(contentsOfFile: scenarioPath("calendar-sample.yaml"), encoding: .utf8)
        var tag = 0
        var lines: [String] = []
        for line in sample.components(separatedBy: "\n") {
            var line = line
            for key in ["name: \"", "organization: \"", "source: \"", "location: \"", "note: \""] {
                guard let start = line.range(of: key), !line.hasPrefix("#"),
                      let end = line[start.upperBound...].firstIndex(of: "\"") else { continue }
                tag += 1
                line.replaceSubrange(start.upperBound..<end, with: text(pieces[tag % pieces.count], units: 2_000, tag: tag))
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test func checkedScenarioAlwaysReportsAndBatches() throws {
        let folder = temporaryFolder()
        try Data(try Self.longest().utf8).write(to: folder.appendingPathComponent("long.yaml"))
        let check = try lcbudget("check", "long.yaml", in: folder)
        #expect(check.status == 0, "\(check.stderr.prefix(2_000))")
        let report = try lcbudget("report", "long.yaml", "--out", "out", "--db", "r.sqlite", in: folder)
        #expect(report.status == 0, "\(report.stderr.prefix(2_000))")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)) ?? []
        #expect(written.contains { $0.hasSuffix(".xlsx") } && written.contains { $0.hasSuffix(".ics") })
        let batch = try lcbudget("batch", "long.yaml", "--out", "portfolio", "--db", "b.sqlite", in: folder)
        #expect(batch.status == 0, "\(batch.stderr.prefix(2_000))")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("portfolio/portfolio.xlsx").path))
    }

    /// The issue's case: 2,000 displayed characters with 400,000 combining marks. `check` refuses
    /// it (it used to pass and `report` failed), and `report` writes nothing.
    @Test func combiningMarksAreRefusedByCheck() throws {
        let folder = temporaryFolder()
        let marked = String(repeating: "a" + String(repeating: "\u{301}", count: 200), count: 2_000)
        let sample = try String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)
        guard let nameLine = sample.components(separatedBy: "\n").first(where: { $0.hasPrefix("name: ") }) else {
            Issue.record("no name line"); return
        }
        try Data(sample.replacingOccurrences(of: nameLine, with: "name: \"\(marked)\"").utf8)
            .write(to: folder.appendingPathComponent("marked.yaml"))
        let check = try lcbudget("check", "marked.yaml", in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: name must be at most 2000 characters as a workbook counts them"))
        let report = try lcbudget("report", "marked.yaml", "--out", "out", "--db", "r.sqlite", in: folder)
        #expect(report.status == 1)
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)) ?? []
        #expect(written.isEmpty)
    }

    /// 150 CJK characters are a real name: before, the footer (99 characters × 3 bytes) failed `report`.
    @Test func aLongCJKNameReports() throws {
        let folder = temporaryFolder()
        let sample = try String(contentsOfFile: scenarioPath("riverside-worked-example.yaml"), encoding: .utf8)
        let nameLine = try #require(sample.components(separatedBy: "\n").first { $0.hasPrefix("name: ") })
        try Data(sample.replacingOccurrences(of: nameLine, with: "name: \"\(String(repeating: "学", count: 150))\"").utf8)
            .write(to: folder.appendingPathComponent("cjk.yaml"))
        let report = try lcbudget("report", "cjk.yaml", "--out", "out", "--db", "r.sqlite", in: folder)
        #expect(report.status == 0, "\(report.stderr)")
    }
}

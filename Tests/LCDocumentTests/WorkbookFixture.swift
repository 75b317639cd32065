import Foundation
import LCLoader
import LCModel
import LCReports
import ZIPFoundation

/// A budget workbook written by `BudgetWorkbook` in a temporary folder, and copies of it with
/// cells rewritten in the sheet XML (as a spreadsheet program would save an edit).
struct WorkbookFixture {
    let folder: URL
    let loaded: LoadedScenario
    let projection: Projection
    let path: String

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func scenarioText(_ name: String = "riverside-worked-example.yaml") throws -> String {
        try String(contentsOf: root.appendingPathComponent("scenarios/\(name)"), encoding: .utf8)
    }

    init(text: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lcdoc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        loaded = try ScenarioLoader.parse(text ?? WorkbookFixture.scenarioText(), file: "original.yaml")
        projection = Projector.project(loaded.scenario)
        path = folder.appendingPathComponent("original.xlsx").path
        try BudgetWorkbook.write(projection, to: path)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The part of `sheet` (by its position in the workbook: sheet1.xml is the first).
    func part(of sheet: String) -> String {
        let index = BudgetWorkbook.sheetNames(projection).firstIndex(of: sheet)!
        return "xl/worksheets/sheet\(index + 1).xml"
    }

    /// A copy whose cells are replaced: address -> the new `<c>` body (`<v>55</v>` or `<f>SUM(A1)</f><v>0</v>`).
    /// `replacingPart`: the whole text of the first edited sheet's part instead.
    func edited(_ edits: [String: [String: String]], name: String = "edited.xlsx", replacingPart: String? = nil) throws -> String {
        let source = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let target = folder.appendingPathComponent(name)
        let out = try Archive(url: target, accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            let sheet = edits.first { part(of: $0.key) == entry.path }
            if let cells = sheet?.value {
                var xml = String(decoding: data, as: UTF8.self)
                for (address, body) in cells { xml = try replace(cell: address, with: body, in: xml) }
                if let replacingPart { xml = replacingPart }
                data = Data(xml.utf8)
            }
            let bytes = data
            try out.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count),
                             compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return target.path
    }

    func replace(cell address: String, with body: String, in xml: String) throws -> String {
        let pattern = "<c r=\"\(address)\"([^>]*?)(/>|>.*?</c>)"
        let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let range = NSRange(xml.startIndex..., in: xml)
        guard let match = regex.firstMatch(in: xml, range: range), let whole = Range(match.range, in: xml),
              let attributes = Range(match.range(at: 1), in: xml) else {
            throw FixtureError.noCell(address)
        }
        // A number loses a string type (t="s"/"str"); the style stays.
        let kept = xml[attributes].replacingOccurrences(of: #"\s*t="[a-zA-Z]+""#, with: "", options: .regularExpression)
        return xml.replacingCharacters(in: whole, with: "<c r=\"\(address)\"\(kept)>\(body)</c>")
    }

    /// The input cell of `key` (`stipends.hourly_rate`, `funding.0.by_year.1`).
    func cell(_ key: String) -> WorkbookInputCell {
        BudgetWorkbook.inputCells(projection).first { $0.key == key }!
    }
}

enum FixtureError: Error { case noCell(String) }

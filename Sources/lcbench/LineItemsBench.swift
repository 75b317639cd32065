import Foundation
import LCLoader
import LCModel
import LCReports

/// Benchmark 3: writing `batch`'s Line items sheet through the Swift wrapper, timed in process,
/// against bench/lineitems.c writing the same cells through libxlsxwriter directly.
///
///   lcbench lineitems FOLDER CELLS.tsv   loads and projects FOLDER, writes the sheet's cells to
///                                        CELLS.tsv for the C program, then times the Swift side
enum LineItemsBench {
    static func run(folder: String, cells: String) throws {
        let batch = PortfolioLoader.loadScenarios(paths: [folder], jobs: ProcessInfo.processInfo.activeProcessorCount)
        let projections = batch.scenarios.map(\.projection)
        // The same cells, one row per line: number, scenario, period, category, item, cents, key.
        var text = ""
        var rows = 0
        for (index, projection) in projections.enumerated() {
            for period in projection.periods {
                for line in period.lines {
                    text += "\(index + 1)\t\(projection.scenario.name)\t\(period.label)\t\(line.category.title)\t\(line.item)\t\(line.amount.cents)\t\(line.key)\n"
                    rows += 1
                }
            }
        }
        try text.write(toFile: cells, atomically: true, encoding: .utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lcbench-lineitems-\(getpid()).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var best = Double.infinity
        for _ in 0..<5 {
            let start = ContinuousClock.now
            try PortfolioWorkbook.writeLineItemsWorkbook(projections, to: path)
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        print(String(format: "swift line items: %d rows, best of 5: %.3f s", rows, best))
    }
}

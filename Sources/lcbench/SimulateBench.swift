import Foundation
import LCLoader
import LCModel

/// `lcbench simulate FILE [RUNS]`: the live-uncertainty benchmark on its own (10,000 draws, one
/// core, in process, percentiles and tornado included, as `/api/analyze` computes them), so a
/// profiler sees nothing else. Prints the best and the median of `runs` runs.
enum SimulateBench {
    static func run(path: String, runs: Int) throws {
        let loaded = try ScenarioLoader.load(path: path)
        guard let uncertainty = loaded.scenario.uncertainty else {
            print("\(path) has no uncertainty: section")
            return
        }
        let projection = Projector.project(loaded.scenario)
        let clock = ContinuousClock()
        var times: [Double] = []
        var sink = 0.0
        for _ in 0..<max(1, runs) {
            let start = clock.now
            let summary = Simulation.run(projection, uncertainty: uncertainty, draws: 10_000, jobs: 1)
            let elapsed = clock.now - start
            sink += Double(summary.total.stats.p50.cents)
            times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
        }
        times.sort()
        let best = times[0], median = times[times.count / 2]
        print("Simulation.run, 10,000 draws, 1 core: best \(String(format: "%.2f", best)) ms, median \(String(format: "%.2f", median)) ms of \(times.count) (checksum \(Int(sink) % 1000))")
    }
}

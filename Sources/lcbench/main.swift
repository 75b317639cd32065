import Foundation
import LCLoader
import LCModel

// lcbench: what exact money costs per operation, and what one exact projection costs.
// Run by scripts/bench.sh (`make bench`) from a release build; prints one figure per line.
//
//   .build/release/lcbench [scenario.yaml]
//   .build/release/lcbench lineitems FOLDER CELLS.tsv   (benchmark 3, see LineItemsBench)
//   .build/release/lcbench simulate scenario.yaml [RUNS]  (the live-uncertainty figure alone,
//                                                          best and median of RUNS; for profiling)

if CommandLine.arguments.count == 4 && CommandLine.arguments[1] == "lineitems" {
    try LineItemsBench.run(folder: CommandLine.arguments[2], cells: CommandLine.arguments[3])
    exit(0)
}
if CommandLine.arguments.count >= 3 && CommandLine.arguments[1] == "simulate" {
    let runs = CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 200 : 200
    try SimulateBench.run(path: CommandLine.arguments[2], runs: runs)
    exit(0)
}

let iterations = 2_000_000
let clock = ContinuousClock()

/// Nanoseconds per iteration of `body`, best of three runs (the machine is shared and noisy).
func measure(_ label: String, _ body: () -> Int64) {
    var best = Double.infinity
    var sink: Int64 = 0
    for _ in 0..<3 {
        let start = clock.now
        sink &+= body()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds * 1e9 / Double(iterations))
    }
    print("\(label.padding(toLength: 58, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", best)) ns/op   (checksum \(sink % 1000))")
}

// A stipend line: educators × hours × months × rate, rounded once to cents.
let rates = (0..<16).map { Decimal(string: "4\($0 % 10).\($0)5")! }
let hours = Decimal(4)
measure("Decimal: 3 multiplies + round to cents (Money)") {
    var sum: Int64 = 0
    for i in 0..<iterations {
        let exact = Decimal(i & 31) * hours * 10 * rates[i & 15]
        sum &+= Money(rounding: exact).cents
    }
    return sum
}
measure("Decimal: 1 multiply only") {
    var sum: Int64 = 0
    var acc = Decimal(0)
    for i in 0..<iterations {
        acc = rates[i & 15] * hours
        if i & 1023 == 0 { sum &+= Int64(truncating: NSDecimalNumber(decimal: acc)) }
    }
    return sum
}
let rateCents = (0..<16).map { Int64(4000 + $0 * 105) }
measure("Int64 cents: 3 multiplies (+ exact, no rounding needed)") {
    var sum: Int64 = 0
    for i in 0..<iterations {
        sum &+= Int64(i & 31) * 4 * 10 * rateCents[i & 15]
    }
    return sum
}
let rateMilli = (0..<16).map { Int64(40_050 + $0 * 1_005) }   // rates in tenths of a cent
measure("Int64 fixed point: 3 multiplies + round half away to cents") {
    var sum: Int64 = 0
    for i in 0..<iterations {
        let tenths = Int64(i & 31) * 4 * 10 * rateMilli[i & 15]
        sum &+= (tenths + 5) / 10
    }
    return sum
}
let rateDoubles = rates.map { Double($0.plainText)! }
measure("Double: 3 multiplies + round to cents (simulation only)") {
    var sum: Int64 = 0
    for i in 0..<iterations {
        let x = Double(i & 31) * 4 * 10 * rateDoubles[i & 15] * 100
        sum &+= Int64(x + x * 1e-14 + 0.5)
    }
    return sum
}

// One whole exact projection (Decimal arithmetic, every line and advisory).
if CommandLine.arguments.count > 1 {
    let loaded = try ScenarioLoader.load(path: CommandLine.arguments[1])
    let runs = 2_000
    var best = Double.infinity
    var sink: Int64 = 0
    for _ in 0..<3 {
        let start = clock.now
        for _ in 0..<runs { sink &+= Projector.project(loaded.scenario).total.cents }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds * 1e6 / Double(runs))
    }
    print("Projector.project(\(CommandLine.arguments[1])): \(String(format: "%.1f", best)) µs/projection (checksum \(sink % 1000))")
    let parseRuns = 500
    let start = clock.now
    for _ in 0..<parseRuns { sink &+= Int64(try ScenarioLoader.parse(loaded.source, file: "x").scenario.years) }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    print("ScenarioLoader.parse (YAML + validation): \(String(format: "%.1f", seconds * 1e6 / Double(parseRuns))) µs/file")
}

// Live uncertainty: 10,000 draws of the scenario's uncertain inputs, in process, on one core,
// with the percentiles (what the web page would compute as a person types). Best of 20.
if CommandLine.arguments.count > 1 {
    let loaded = try ScenarioLoader.load(path: CommandLine.arguments[1])
    if let uncertainty = loaded.scenario.uncertainty {
        let projection = Projector.project(loaded.scenario)
        var best = Double.infinity
        var sink = 0.0
        for _ in 0..<20 {
            let start = clock.now
            let summary = Simulation.run(projection, uncertainty: uncertainty, draws: 10_000, jobs: 1)
            let elapsed = clock.now - start
            sink += Double(summary.total.stats.p50.cents)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds * 1e3)
        }
        let verdict = best <= 5 ? "meets" : "MISSES"
        print("Simulation.run, 10,000 draws, 1 core, in process: \(String(format: "%.2f", best)) ms (best of 20; goal <= 5 ms: \(verdict)) (checksum \(Int(sink) % 1000))")
    }
}

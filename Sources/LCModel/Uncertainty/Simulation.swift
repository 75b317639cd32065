import Dispatch
import Foundation

/// Monte Carlo over the full projection: draws every uncertain input, re-costs every line with
/// the compiled projection, and summarises each year and the total.
///
/// ```swift
/// let projection = Projector.project(scenario)
/// let summary = Simulation.run(projection, uncertainty: scenario.uncertainty!, draws: 100_000, seed: 1, jobs: 2)
/// summary.total.stats.p90      // Money
/// summary.years[0].probabilityOverFunding
/// ```
///
/// Draw `i` of input `j` reads counter `i · inputs + j` of `CounterRandom(seed)`, and results
/// are gathered by draw index, so the summary is the same whatever `jobs` is.
public enum Simulation {
    /// Used by `simulate` and by `report` when no option says otherwise (docs/uncertainty.md).
    public static let defaultDraws = 100_000
    public static let defaultSeed: UInt64 = 1
    public static let maximumDraws = 50_000_000

    /// The summary `report` attaches to its `ReportContext` when the scenario has an
    /// `uncertainty:` section: default draws and seed, so `lcbudget simulate FILE` shows the
    /// same figures. `nil` without the section. `jobs` changes only the speed.
    public static func reportSummary(_ projection: Projection, jobs: Int = 1) -> SimulationSummary? {
        guard let uncertainty = projection.scenario.uncertainty else { return nil }
        return run(projection, uncertainty: uncertainty, draws: defaultDraws, seed: defaultSeed, jobs: jobs)
    }

    /// The term keys each uncertain input drives: its own field's and its followers'.
    static func slots(_ scenario: Scenario, _ uncertainty: Uncertainty) -> [[String]] {
        let catalog = UncertainField.catalog(for: scenario)
        return uncertainty.inputs.map { input in
            ([input.path] + input.followers).flatMap { path in
                catalog.first { $0.path == path }?.termKeys(in: scenario) ?? []
            }
        }
    }

    /// The compiled projection and each input's sampler, ready to draw.
    static func prepare(_ projection: Projection, _ uncertainty: Uncertainty) -> (CompiledProjection, [InputSampler]) {
        let program = CompiledProjection(projection, slots: slots(projection.scenario, uncertainty))
        return (program, uncertainty.inputs.map(InputSampler.init))
    }

    /// Lines whose simulated cents at every input's base value differ from the exact projection
    /// (empty when the compiled arithmetic reproduces it, as it should).
    public static func mismatchesAtBase(_ projection: Projection, uncertainty: Uncertainty) -> [String] {
        mismatchesAtBase(projection, uncertainty: uncertainty, program: prepare(projection, uncertainty).0)
    }

    static func mismatchesAtBase(_ projection: Projection, uncertainty: Uncertainty, program: CompiledProjection) -> [String] {
        let catalog = UncertainField.catalog(for: projection.scenario)
        let base = uncertainty.inputs.map { input in
            (catalog.first { $0.path == input.path }?.value(in: projection.scenario) ?? 0).binary
        }
        let (lines, _) = program.periodTotals(at: base.isEmpty ? [0] : base)
        var mismatches: [String] = []
        var index = 0
        for period in projection.periods {
            for line in period.lines {
                if lines[index] != Double(line.amount.cents) {
                    mismatches.append("\(period.label) \(line.key): simulated \(lines[index]) cents, exact \(line.amount.cents)")
                }
                index += 1
            }
        }
        return mismatches
    }

    /// Runs `draws` draws on `jobs` threads and summarises them; `progress` (0…1) is called now
    /// and then from one thread.
    public static func run(_ projection: Projection, uncertainty: Uncertainty,
                           draws requested: Int = defaultDraws, seed: UInt64 = defaultSeed, jobs requestedJobs: Int = 1,
                           progress: (@Sendable (Double) -> Void)? = nil) -> SimulationSummary {
        let draws = max(1, min(requested, maximumDraws))
        let years = projection.scenario.years
        // Compiled once: the draws and the check that base values reproduce the projection share it.
        let (program, samplers) = prepare(projection, uncertainty)
        let totals = draw(program, samplers, years: years, draws: draws, seed: seed, jobs: requestedJobs, progress: progress)
        defer { totals.deallocate() }

        let funding = projection.scenario.funding == nil ? nil : projection.funding.map { Double($0.funded.cents) }
        let totalFunded = funding?.reduce(0, +)
        // Each output (the years, then the total) is summarised on its own, so on `jobs` threads
        // as the draws were: each reorders only its own region of `totals`.
        let thresholds = (0..<years).map { funding?[$0] } + [totalFunded]
        let summaries = UnsafeMutableBufferPointer<(SimulatedStats, Int?)>.allocate(capacity: years + 1)
        defer { summaries.deallocate() }
        let shared = SharedBuffer(totals), results = SharedSummaries(summaries)
        let summarise: @Sendable (Int) -> Void = { output in
            let region = UnsafeMutableBufferPointer(rebasing: shared.buffer[(output * draws)..<((output + 1) * draws)])
            (results.buffer.baseAddress! + output).initialize(to: Statistics.summarise(region, threshold: thresholds[output]))
        }
        let summarisers = max(1, min(requestedJobs, years + 1))
        DedicatedThreads.run(count: summarisers) { worker in
            for output in stride(from: worker, through: years, by: summarisers) { summarise(output) }
        }
        var figures: [SimulatedFigure] = []
        for year in 1...years {
            let period = projection.periods[year]
            let (stats, over) = summaries[year - 1]
            figures.append(SimulatedFigure(label: period.label, year: year, base: period.total, stats: stats,
                                           funded: thresholds[year - 1].map { Money(cents: Int64($0)) }, drawsOverFunding: over, draws: draws))
        }
        let region = UnsafeMutableBufferPointer(rebasing: totals[(years * draws)..<((years + 1) * draws)])
        let (stats, over) = summaries[years]
        let histogram = Statistics.histogram(region, low: stats.min, high: stats.max)
        let total = SimulatedFigure(label: "Total", year: nil, base: projection.total, stats: stats,
                                    funded: totalFunded.map { Money(cents: Int64($0)) }, drawsOverFunding: over, draws: draws)
        return SimulationSummary(scenario: projection.scenario.name, draws: draws, seed: seed, inputs: uncertainty.inputs,
                                 years: figures, total: total, histogram: histogram,
                                 tornado: Tornado.bars(projection, uncertainty: uncertainty),
                                 reproducesBase: mismatchesAtBase(projection, uncertainty: uncertainty, program: program).isEmpty)
    }

    /// The simulated totals, laid out output by output: year 1's `draws` totals, …, year Y's,
    /// then the whole budget's (planning included). The caller deallocates.
    static func draw(_ program: CompiledProjection, _ samplers: [InputSampler], years: Int, draws: Int, seed: UInt64,
                     jobs requestedJobs: Int, progress: (@Sendable (Double) -> Void)?) -> UnsafeMutableBufferPointer<Double> {
        let results = UnsafeMutableBufferPointer<Double>.allocate(capacity: (years + 1) * draws)
        let shared = SharedBuffer(results)
        let jobs = max(1, min(requestedJobs, draws))
        let random = CounterRandom(seed: seed)
        let inputCount = samplers.count
        let periods = years + 1

        // Threads of their own, not Dispatch's pool: on Linux the pool starts its second thread
        // late (about 20 ms into a million-draw run, a tenth of it), and no draw waits on another.
        DedicatedThreads.run(count: jobs) { job in
            let start = draws * job / jobs, end = draws * (job + 1) / jobs
            var inputs = [Double](repeating: 0, count: max(inputCount, 1))
            var lines = program.baseLines
            var stack = [Double](repeating: 0, count: program.stackSize + 1)
            var totals = [Double](repeating: 0, count: periods)
            let out = shared.buffer
            program.ops.withUnsafeBufferPointer { ops in
            program.references.withUnsafeBufferPointer { refs in
            samplers.withUnsafeBufferPointer { samplers in
            inputs.withUnsafeMutableBufferPointer { x in
            lines.withUnsafeMutableBufferPointer { l in
            stack.withUnsafeMutableBufferPointer { s in
            totals.withUnsafeMutableBufferPointer { t in
                let x = x.baseAddress!, l = l.baseAddress!, s = s.baseAddress!, t = t.baseAddress!
                for i in start..<end {
                    let counter = UInt64(i) &* UInt64(inputCount)
                    for j in 0..<inputCount {
                        x[j] = samplers[j].value(at: random.unit(counter &+ UInt64(j)))
                    }
                    program.evaluate(ops: ops, references: refs, inputs: x, lines: l, stack: s, totals: t)
                    var total = t[0]
                    for year in 1..<periods {
                        total += t[year]
                        out[(year - 1) * draws + i] = t[year]
                    }
                    out[years * draws + i] = total
                    if job == 0, let progress, (i - start) & 0x3FFF == 0 {
                        progress(Double(i - start) / Double(max(end - start, 1)))
                    }
                }
            }}}}}}}
        }
        progress?(1)
        return results
    }
}

/// Lets worker threads write disjoint parts of one buffer (each writes only its own draws).
private struct SharedBuffer: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Double>
    init(_ buffer: UnsafeMutableBufferPointer<Double>) { self.buffer = buffer }
}

/// Lets worker threads each write one summary of one buffer.
private struct SharedSummaries: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<(SimulatedStats, Int?)>
    init(_ buffer: UnsafeMutableBufferPointer<(SimulatedStats, Int?)>) { self.buffer = buffer }
}

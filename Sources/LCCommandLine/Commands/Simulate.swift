import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCReports

extension LCBudget {
    /// Monte Carlo over a scenario's `uncertainty:` section: how likely the budget is to run over.
    struct Simulate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Simulate a scenario's uncertain inputs: percentiles, risk of running over funding, tornado.",
            discussion: """
            The scenario needs an uncertainty: section naming the inputs that are guesses and \
            their distributions (docs/uncertainty.md). Each draw re-costs every line of the \
            projection with drawn inputs, in binary floating point, each line rounded to cents. \
            Shown per year and in total: the exact base, mean, P10, P50, P90, min and max, and \
            the share of draws whose cost exceeds the funding. The tornado gives the exact total \
            (decimal arithmetic) with one input at its P10 and at its P90, the rest at base, \
            widest swing first.

            The same seed gives the same results whatever --jobs is. A progress bar appears on \
            standard error when it is a terminal and the run takes more than half a second.

            Examples:
              lcbudget simulate scenarios/riverside-uncertain.yaml
              lcbudget simulate scenarios/riverside-uncertain.yaml \\
                  --draws 1000000 --jobs 2
              lcbudget simulate scenarios/riverside-uncertain.yaml --seed 7 \\
                  --format json > risk.json
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

        @Argument(help: ArgumentHelp("The scenario file (with an uncertainty: section).", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("Number of draws (1 to \(Simulation.maximumDraws)).", valueName: "n"))
        var draws: Int = Simulation.defaultDraws

        @Option(help: ArgumentHelp("Seed of the random numbers; the same seed gives the same results.", valueName: "s"))
        var seed: UInt64 = Simulation.defaultSeed

        @Option(help: ArgumentHelp("Threads to use (default: the number of processors).", valueName: "n"))
        var jobs: Int?

        @Option(help: "Output format: table or json.")
        var format: Format = .table

        func validate() throws {
            guard (1...Simulation.maximumDraws).contains(draws) else {
                throw ValidationError("--draws must be from 1 to \(Simulation.maximumDraws), found \(draws).")
            }
            if let jobs, !(1...256).contains(jobs) {
                throw ValidationError("--jobs must be from 1 to 256, found \(jobs).")
            }
        }

        func run() throws {
            let analysis = try Analysis.load(path: file)
            let bar = ProgressBar.forStandardError()
            var progress: (@Sendable (Double) -> Void)?
            if let bar { progress = { fraction in bar.update(fraction) } }
            let summary = try analysis.simulation(draws: draws, seed: seed,
                                                  jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                                  progress: progress)
            bar?.finish()
            switch format {
            case .table: Console.out(SimulationTable.render(summary))
            case .json: Console.raw(SimulationJSON.render(summary))
            }
        }
    }
}

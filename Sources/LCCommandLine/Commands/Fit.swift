import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCReports

extension LCBudget {
    /// Finds the largest value of one field that a budget affords.
    struct Fit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the largest participants, leaders, stipend rate, years or leader share a budget affords.",
            discussion: """
            Varies one field of the scenario and finds the largest value whose total (with \
            --per-year: every project year's total; the planning on-ramp is not a year) is at \
            most AMOUNT, exactly: total(v) <= AMOUNT < total(v + step). Steps: 1 participant, \
            $0.01 of hourly rate, 1 year, 0.01 of leader share, 1 leader. A field may be named \
            by its last part (leaders, hourly_rate, leader_share). Field ranges are respected \
            (participants >= leaders, years 1-5, share 0-1). Prints the result, the projection \
            at that value and the advisories it triggers. When nothing fits, it names the costs \
            the field cannot move and by how much they exceed the budget.

            Exit status: 0 when a value fits, 1 on bad input, 2 when even the smallest value \
            costs more than the budget.

            Examples:
              lcbudget fit scenarios/teacher-identity-pilot.yaml --budget 100000 \\
                  --vary participants
              lcbudget fit scenarios/district-two-year.yaml --budget 410000 \\
                  --vary stipends.hourly_rate --per-year
              lcbudget fit scenarios/district-two-year.yaml \\
                  --budget '$400,000' --vary years --format json
              lcbudget fit scenarios/riverside-worked-example.yaml \\
                  --budget 500000 --vary leaders
              lcbudget fit scenarios/teacher-identity-pilot.yaml \\
                  --budget 100000 --keep-guide
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

        @Argument(help: ArgumentHelp("The scenario file.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("The budget, in dollars (e.g. 500000, 500000.00, $500,000).", valueName: "amount"))
        var budget: String

        @Option(help: ArgumentHelp("The field to vary: \(FitVariable.allCases.map(\.rawValue).joined(separator: ", ")) (with --keep-guide, participants when left out).", valueName: "field"))
        var vary: String?

        @Flag(help: "Apply every recommendation the engine can price first, and keep following them: the largest cohort (or other field) that still follows the guide.")
        var keepGuide = false

        /// The field: --vary, or participants with --keep-guide.
        var field: String { vary ?? "participants" }

        @Flag(help: "The budget is per project year: every year's total must fit.")
        var perYear = false

        @Option(help: "Output format: table or json.")
        var format: Format = .table

        /// Dollars to money (`BudgetFit.parseBudget`, shared with the web workspace).
        static func parseBudget(_ text: String) -> Money? { BudgetFit.parseBudget(text) }

        /// Larger than any total a valid scenario can reach (FieldRegistry+Bounds.swift: < $4 × 10^15)
        /// and far inside exact money.
        static let maximumBudget = Money(cents: 1_000_000_000_000_000_000)

        func validate() throws {
            let digits = budget.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "$", with: "")
            let whole = digits.split(separator: ".", omittingEmptySubsequences: false).first ?? ""
            if !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }),
               whole.drop(while: { $0 == "0" }).count > 17 || (Fit.parseBudget(budget).map { $0 > Fit.maximumBudget } ?? false) {
                throw ValidationError("--budget is larger than the maximum \(Fit.maximumBudget.formatted()); found '\(budget)'")
            }
            if Fit.parseBudget(budget) == nil {
                throw ValidationError("--budget must be an amount of dollars >= 0 with at most two decimals, such as 500000 or 500000.00; found '\(budget)'")
            }
            if vary == nil && !keepGuide {
                throw ValidationError("--vary is needed (one of \(FitVariable.allCases.map(\.rawValue).joined(separator: ", "))), unless --keep-guide looks for the largest cohort")
            }
            if FitVariable.named(field) == nil {
                throw ValidationError("--vary must be one of \(FitVariable.allCases.map(\.rawValue).joined(separator: ", ")); found '\(field)'")
            }
        }

        func run() throws {
            let loaded = try Analysis.load(path: file).loaded
            let variable = FitVariable.named(field)!
            let amount = Fit.parseBudget(budget)!
            let result: FitResult
            do {
                result = try BudgetFit.fit(loaded.scenario, vary: variable, budget: amount, perYear: perYear,
                                           leaderRateFollows: loaded.locations["stipends.leader_hourly_rate"] == nil,
                                           keepGuide: keepGuide)
            } catch {
                throw CommandFailure(file: file, error.description)
            }
            switch format {
            case .table: Console.out(FitReport.text(result))
            case .json: Console.raw(FitReport.json(result).rendered() + "\n")
            }
            if case .nothingFits = result.outcome { throw ExitCode(2) }
        }
    }
}

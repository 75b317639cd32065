import Foundation
import TestSupport

/// Runs the built `lcbudget` (found beside the test bundle: `LCBudgetBinary`) to completion.
func lcbudget(_ arguments: String..., in directory: URL? = nil) throws -> Run {
    try lcbudget(arguments, in: directory)
}

/// `lcbudget(_:in:)` with the arguments as an array; `environment` adds to (or replaces in) the
/// test's own environment (`["COLUMNS": "80"]`).
func lcbudget(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
    try LCBudgetBinary.run(arguments, in: directory, environment: environment)
}

func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

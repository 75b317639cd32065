import Foundation
import TestSupport
import LCLoader
import LCModel

func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
func m(_ text: String) -> Money { Money(rounding: d(text)) }

/// A small valid scenario; each bad-input test changes one line. Line numbers are in the comments.
let validYAML = """
format: 1
name: "Test community"
goal: student-identity
start: 2027-08
years: 2
cohort:
  participants: 24
  leaders: 3
meetings:
  per_year: 10
stipends:
  hourly_rate: 50
  hours_per_month: 4
substitutes:
  days_per_participant: 2
  daily_rate: 200
funding:
  - source: "Fund"
    by_year: [1000, 1000]

"""
// 1 format, 2 name, 3 goal, 4 start, 5 years, 6 cohort, 7 participants, 8 leaders, 9 meetings,
// 10 per_year, 11 stipends, 12 hourly_rate, 13 hours_per_month, 14 substitutes,
// 15 days_per_participant, 16 daily_rate, 17 funding, 18 - source, 19 by_year

extension String {
    /// The text with exactly one occurrence of `old` replaced (traps if `old` is absent, so a
    /// test cannot silently test the valid file).
    func replacingOnce(_ old: String, _ new: String) -> String {
        guard let range = range(of: old) else { preconditionFailure("\(old) not in the text") }
        return replacingCharacters(in: range, with: new)
    }
}

/// The diagnostics the pipeline throws (loading, then the line-key check), as printed lines;
/// `[]` when the text loads.
func errors(_ text: String, file: String = "s.yaml") -> [String] {
    do {
        _ = try Analysis(text: text, file: file)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// The diagnostics `load` throws for a file on disk.
func loadErrors(_ path: String) -> [String] {
    do {
        _ = try ScenarioLoader.load(path: path)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}


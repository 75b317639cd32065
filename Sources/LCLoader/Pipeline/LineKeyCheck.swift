import Foundation
import LCModel

/// A line key the scenario file names (`form_524: { other.0: contractual }`, a source's
/// `covers: [food.meals]`) and where it stands; checked once the lines are booked.
public struct LineKeyReference: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        case form524
        /// `funding[source].covers`
        case covers(source: Int)
    }

    public var place: Place
    public var key: String
    public var location: SourceLocation
    // Made by the loader only (its memberwise initializer).
}

/// The pipeline's check stage: every line key a file names must be a line (or, in `form_524`,
/// a category) of the booked projection. The keys do not depend on the calendar or on any
/// amount, only on which sections and years the scenario has.
enum LineKeyCheck {
    static func problems(_ references: [LineKeyReference], in projection: Projection) -> [Diagnostic] {
        guard !references.isEmpty else { return [] }
        let keys = projection.lineRows.map(\.key)
        let categories = Set(projection.periods.flatMap { $0.lines.map(\.category.rawValue) })
        var problems: [Diagnostic] = []
        // The mistake, then the nearest valid key, or every valid key when none is near.
        func notALine(_ message: String, _ key: String, _ candidates: [String], _ at: SourceLocation) {
            let fix = Suggestion.nearest(to: key, in: candidates).map { "; did you mean '\($0)'?" }
                ?? "; its lines are \(candidates.joined(separator: ", "))"
            problems.append(Diagnostic(.error, message + fix, at: at))
        }
        for reference in references {
            let key = reference.key
            switch reference.place {
            case .form524:
                if key == "indirect" || key.hasPrefix("indirect.") {
                    problems.append(Diagnostic(.error, "form_524.\(key): indirect costs are always line 10 and cannot be moved", at: reference.location))
                } else if !keys.contains(key) && !categories.contains(key) {
                    let candidates = keys.filter { !$0.hasPrefix("indirect") } + categories.filter { $0 != "indirect" }.sorted()
                    notALine("form_524 names '\(key)', which is not a line or category of this scenario", key, candidates, reference.location)
                }
            case .covers(let source):
                let path = "funding[\(source)]"
                if !keys.contains(key) {
                    notALine("\(path).covers names '\(key)', which is not a line of this scenario", key, keys, reference.location)
                } else if let category = CostCategory(rawValue: String(key.prefix { $0 != "." })),
                          projection.scenario.fundingTerms.source(source).covers?.contains(category) == true {
                    problems.append(Diagnostic(.error, "\(path).covers names \(key) and its whole category \(category.rawValue); keep one", at: reference.location))
                }
            }
        }
        return problems.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
    }
}

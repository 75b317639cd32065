import Foundation

/// What educators said in the guide's Educator Input Questionnaire, as the scenario keeps it
/// (`educator_input:`, docs/questionnaire.md): how many answered, and the words the brief quotes
/// in "What educators told us". `lcbudget questionnaire import --apply` writes it.
///
/// ```yaml
/// educator_input:
///   responses: 30
///   quotes:
///     - "Time to try things with colleagues I trust, without being judged on the first attempt."
/// ```
public struct EducatorInput: Sendable, Equatable {
    /// At most this many quotes: a brief carries a handful of voices, not a survey.
    public static let maximumQuotes = 8
    /// Characters a quote may hold (the questionnaire's selection rule keeps them shorter).
    public static let maximumQuoteCharacters = 600

    public var responses: Int
    public var quotes: [String]

    public init(responses: Int, quotes: [String]) { (self.responses, self.quotes) = (responses, quotes) }
}

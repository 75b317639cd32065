import LCModel

/// "What educators told us": the questionnaire's answer count and the quotes the scenario keeps
/// (`educator_input:`); nil without the section, so a brief without it is unchanged.
///
/// ```swift
/// EducatorVoiceView(scenario)?.responses   // "30 educators"
/// ```
struct EducatorVoiceView {
    struct Quote {
        let text: String
    }

    let responses: String
    let quotes: [Quote]
    let hasQuotes: Bool

    init?(_ s: Scenario) {
        guard let input = s.educatorInput else { return nil }
        responses = Formatting.count(input.responses, "educators")
        quotes = input.quotes.map(Quote.init)
        hasQuotes = !quotes.isEmpty
    }
}

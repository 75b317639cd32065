import Foundation
import LCModel

/// Reads `educator_input:` (docs/questionnaire.md): how many educators answered the
/// questionnaire and the words the brief quotes, with `file:line:column` errors.
///
/// ```yaml
/// educator_input:
///   responses: 30
///   quotes: ["Time to try things with colleagues I trust."]
/// ```
extension ScenarioReader {
    static let educatorInputKeys = ["responses", "quotes"]

    func readEducatorInput(_ top: MappingReader) -> EducatorInput? {
        guard let e = top.section("educator_input", allowed: Self.educatorInputKeys) else { return nil }
        let responses = e.whole("responses")
        var quotes: [String] = []
        if e.has("quotes") {
            guard let entries = e.list("quotes") else { return nil }
            let name = e.qualified("quotes")
            if entries.count > EducatorInput.maximumQuotes {
                validation.error("\(name) lists \(entries.count) quotes, at most \(EducatorInput.maximumQuotes) are allowed; keep the ones that speak for the most educators", at: entries[EducatorInput.maximumQuotes])
                return nil
            }
            for (index, entry) in entries.enumerated() {
                guard let text = MappingReader.text(entry, name: "\(name)[\(index)]", nonEmpty: true, validation: validation) else { return nil }
                if text.count > EducatorInput.maximumQuoteCharacters {
                    validation.error("\(name)[\(index)] has \(text.count) characters, at most \(EducatorInput.maximumQuoteCharacters) are allowed; shorten the quote", at: entry)
                    return nil
                }
                quotes.append(text)
            }
        }
        guard let responses else { return nil }
        return EducatorInput(responses: responses, quotes: quotes)
    }
}

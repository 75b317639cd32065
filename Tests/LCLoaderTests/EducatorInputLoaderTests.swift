import Foundation
import TestSupport
import Testing
@testable import LCLoader
import LCModel

/// `educator_input:` (docs/questionnaire.md): read when right, and each mistake at its place.
/// The section starts on line 20 (`validYAML` ends with an empty line 20).
@Suite struct EducatorInputLoaderTests {
    @Test func readsResponsesAndQuotes() throws {
        let text = validYAML + "educator_input:\n  responses: 30\n  quotes:\n    - \"Time with colleagues I trust.\"\n"
        let input = try #require(try ScenarioLoader.parse(text, file: "s.yaml").scenario.educatorInput)
        #expect(input == EducatorInput(responses: 30, quotes: ["Time with colleagues I trust."]))
        #expect(try ScenarioLoader.parse(validYAML, file: "s.yaml").scenario.educatorInput == nil)
    }

    @Test func eachMistakeAtItsPlace() {
        #expect(errors(validYAML + "educator_input:\n  quotes: []\n").count == 1)
        #expect(errors(validYAML + "educator_input:\n  responses: 0\n").first?.hasPrefix("s.yaml:21:14: error: educator_input.responses") == true)
        let nine = (1...9).map { "    - \"Quote \($0)\"" }.joined(separator: "\n")
        #expect(errors(validYAML + "educator_input:\n  responses: 9\n  quotes:\n\(nine)\n")
                == ["s.yaml:31:7: error: educator_input.quotes lists 9 quotes, at most 8 are allowed; keep the ones that speak for the most educators"])
        #expect(errors(validYAML + "educator_input:\n  responses: 9\n  quote: []\n").first?.contains("did you mean 'quotes'") == true)
    }
}

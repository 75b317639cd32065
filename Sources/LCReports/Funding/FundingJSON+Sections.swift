import Foundation
import LCModel

/// `ed524SectionA`, `ed524SectionB`, `ed524Unfunded`: the ED 524 split by who pays
/// (`ED524Sections`), lines 1-12 with the `ed524` key's columns (docs/funding.md).
extension FundingJSON {
    /// The three keys, in order.
    static func sectionPairs(_ p: Projection) -> [(String, JSONValue)] {
        let sections = ED524Sections(p)
        return [("ed524SectionA", section(sections, .sectionA)), ("ed524SectionB", section(sections, .sectionB)),
                ("ed524Unfunded", section(sections, .unfunded))]
    }

    static func section(_ sections: ED524Sections, _ part: ED524Part) -> JSONValue {
        .object([("lines", .array(ED524Line.allCases.map { line in
            .object([("line", .int(line.rawValue)), ("title", .string(line.title)),
                     ("periods", byPeriod(sections.periods) { sections.amount(part, line, period: $0) }),
                     ("total", .money(sections.total(part, line)))])
        }))])
    }
}

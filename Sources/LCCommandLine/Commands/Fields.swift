import ArgumentParser
import LCModel

extension LCBudget {
    /// `lcbudget fields`: every scenario field with its type, range, default, unit and the guide's
    /// advice, from the one field registry.
    struct Fields: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every scenario field: type, range, default, unit, what it feeds and the guide's advice.",
            discussion: """
            Formats (--format):
              markdown  the field tables of docs/scenario-format.md (the page is
                        generated from this)
              json      one object per field (path, group, kind, unit, minimum,
                        maximum, default, label, help, recommendation, workbook
                        name, whether it may be uncertain or fitted, …)

            Examples:
              lcbudget fields
              lcbudget fields --format markdown --uncertain
              lcbudget fields --format json > fields.json
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

        @Option(help: "Output format: markdown or json.")
        var format: Format = .markdown

        @Flag(help: "With markdown: only the fields an uncertainty section may name (the table of docs/uncertainty.md).")
        var uncertain = false

        func run() throws {
            switch format {
            case .markdown: Console.out(uncertain ? FieldRegistry.uncertainMarkdown() : FieldRegistry.markdown())
            case .json: Console.out(FieldRegistry.json())
            }
        }
    }
}

import LCModel

/// The spec's JSON shape (`lcbudget project FILE --format json`), plus documented extra keys.
public enum ProjectionJSON {
    public static func document(_ p: Projection) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("format", .int(1)),
            ("scenario", .string(p.scenario.name)),
            ("periods", .array(p.periods.map(period))),
            ("categoryTotals", .object(p.categoryTotals.map { ($0.0.rawValue, .money($0.1)) })),
            ("total", .money(p.total)),
            ("presentValue", .money(p.presentValue)),
            ("perParticipantYear", .money(p.perParticipantYear)),
            ("perStudentReached", .money(p.perStudentReached)),
            ("funding", .array(p.funding.map { f in
                .object([("year", .int(f.year)), ("funded", .money(f.funded)), ("gap", .money(f.gap))])
            })),
            ("advisories", .array(p.advisories.map { a in
                .object([("code", .string(a.code.rawValue)), ("severity", .string(a.severity.rawValue)),
                         ("message", .string(a.message)), ("recommendation", .string(a.recommendation))])
            })),
        ]
        if let organization = p.scenario.organization { pairs.insert(("organization", .string(organization)), at: 2) }
        pairs += FundingJSON.pairs(p)
        return .object(pairs)
    }

    public static func render(_ p: Projection) -> String { document(p).rendered() + "\n" }

    static func period(_ period: Period) -> JSONValue {
        .object([
            ("index", .int(period.index)),
            ("label", .string(period.label)),
            ("total", .money(period.total)),
            ("lines", .array(period.lines.filter { !$0.amount.isZero }.map { line in
                .object([("category", .string(line.category.rawValue)), ("item", .string(line.item)),
                         ("amount", .money(line.amount)), ("key", .string(line.key)),
                         ("participantSupport", .bool(line.participantSupport))])
            })),
        ])
    }
}

import Foundation
import LCModel

/// The funding views' keys in `lcbudget project --format json`, after the spec's keys:
/// `ed524`, `sf424a`, `whoPays`, `fiscalYears`, `constantDollars`, then `ed524SectionA`,
/// `ed524SectionB`, `ed524Unfunded` (docs/funding.md).
public enum FundingJSON {
    public static func pairs(_ p: Projection) -> [(String, JSONValue)] {
        [("ed524", ed524(p)), ("sf424a", sf424a(p)), ("whoPays", whoPays(p)),
         ("fiscalYears", fiscalYears(p)), ("constantDollars", constantDollars(p))]
            + sectionPairs(p)
    }

    static func share(_ value: Decimal) -> JSONValue {
        var v = value, rounded = Decimal()
        NSDecimalRound(&rounded, &v, 6, .plain)
        return .number(rounded.plainText)
    }

    static func byPeriod(_ periods: [(index: Int, label: String)], _ amount: (Int) -> Money) -> JSONValue {
        .array(periods.map { .object([("period", .int($0.index)), ("label", .string($0.label)), ("amount", .money(amount($0.index)))]) })
    }

    public static func ed524(_ p: Projection) -> JSONValue {
        let form = FederalFormView(p)
        return .object([
            ("lines", .array(ED524Line.allCases.map { line in
                .object([("line", .int(line.rawValue)), ("title", .string(line.title)),
                         ("periods", byPeriod(form.periods) { form.amount(line, period: $0) }),
                         ("total", .money(form.total(line))),
                         ("items", .array(form.keys(on: line).map { .string($0) }))])
            })),
            ("mapping", .array(form.assignments.map { a in
                .object([("key", .string(a.key)), ("category", .string(a.category.rawValue)), ("item", .string(a.item)),
                         ("ed524", .int(a.ed524.rawValue)), ("sf424a", .string(a.sf424a.rawValue)),
                         ("overridden", .bool(a.overridden))])
            })),
        ])
    }

    public static func sf424a(_ p: Projection) -> JSONValue {
        let form = FederalFormView(p)
        return .object([("classes", .array(SF424AClass.allCases.map { c in
            .object([("class", .string(c.rawValue)), ("title", .string(c.title)),
                     ("periods", byPeriod(form.periods) { form.amount(objectClass: c, period: $0) }),
                     ("total", .money(form.total(objectClass: c)))])
        }))])
    }

    public static func whoPays(_ p: Projection) -> JSONValue {
        let who = FundingAllocation(p)
        // Line keys in the projection's order, so the objects' key order is stable.
        let keys = p.lineRows.map(\.key)
        func byLine(_ amounts: [String: Money], _ keys: [String]) -> JSONValue {
            .object(keys.compactMap { key in amounts[key].map { (key, .money($0)) } })
        }
        return .object([
            ("periods", .array(who.periods.map { period in
                .object([
                    ("period", .int(period.index)), ("label", .string(period.label)),
                    ("budgetCost", .money(period.budgetCost)), ("inKindAdded", .money(period.inKindAdded)),
                    ("cost", .money(period.cost)), ("allocated", .money(period.allocated)), ("gap", .money(period.gap)),
                    ("federal", .money(period.federal)), ("nonFederal", .money(period.nonFederal)),
                    ("sources", .array(period.sources.map { s in
                        .object([("source", .string(s.source)), ("kind", .string(s.kind.rawValue)), ("federal", .bool(s.federal)),
                                 ("federalShare", .number(s.federalShare.plainText)), ("federalPaid", .money(s.federalPaid)),
                                 ("available", .money(s.available)), ("allocated", .money(s.allocated)),
                                 ("unused", .money(s.unused)), ("inKindAdded", .money(s.inKindAdded)),
                                 ("share", share(period.share(of: s))),
                                 ("byCategory", .object(CostCategory.allCases.compactMap { c in
                                     s.byCategory[c].map { (c.rawValue, .money($0)) } })),
                                 ("byLine", byLine(s.byLine, keys))])
                    })),
                    ("gapByCategory", .object(CostCategory.allCases.compactMap { c in
                        period.gapByCategory[c].map { (c.rawValue, .money($0)) } })),
                    ("gapByLine", byLine(period.gapByLine, keys)),
                ])
            })),
            ("cost", .money(who.cost)), ("gap", .money(who.gap)),
            ("federal", .money(who.federal)), ("nonFederal", .money(who.nonFederal)),
            ("inKindAdded", .money(who.inKindAdded)),
        ])
    }

    public static func fiscalYears(_ p: Projection) -> JSONValue {
        let fy = FiscalYearView(p)
        let sources = p.scenario.funding ?? []
        return .object([
            ("startMonth", .int(fy.startMonth)),
            ("years", .array(fy.years.map { y in
                .object([("label", .string(y.label)), ("first", .string(y.first.iso)), ("last", .string(y.last.iso)),
                         ("total", .money(y.total)),
                         ("categoryTotals", .object(CostCategory.allCases.map { ($0.rawValue, .money(y.byCategory[$0] ?? .zero)) })),
                         ("sources", .array(sources.indices.map { i in
                             .object([("source", .string(sources[i].source)), ("amount", .money(y.bySource[i] ?? .zero))]) })),
                         ("inKindAdded", .money(y.inKindAdded)), ("gap", .money(y.gap))])
            })),
            ("total", .money(fy.total)),
        ])
    }

    public static func constantDollars(_ p: Projection) -> JSONValue {
        let cd = ConstantDollars(p)
        return .object([
            ("baseYear", .string("Year 1")),
            ("periods", .array(cd.periods.map { r in
                .object([("index", .int(r.index)), ("label", .string(r.label)), ("nominal", .money(r.nominal)),
                         ("constant", .money(r.constant)), ("presentValue", .money(r.presentValue))])
            })),
            ("categoryTotals", .object(CostCategory.allCases.map { ($0.rawValue, .money(cd.categoryTotal($0, in: p))) })),
            ("nominal", .money(cd.nominal)), ("constant", .money(cd.constant)), ("presentValue", .money(cd.presentValue)),
        ])
    }
}

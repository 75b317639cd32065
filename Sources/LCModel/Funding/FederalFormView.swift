/// One budget line as it appears on the federal forms.
public struct FormAssignment: Sendable, Equatable {
    public var key: String
    public var category: CostCategory
    public var item: String
    public var ed524: ED524Line
    public var sf424a: SF424AClass { ed524.sf424aClass }
    /// True when the scenario's `form_524:` put the line there.
    public var overridden: Bool
}

/// The projection on ED Form 524 Section A and SF-424A Section B: every amount per line
/// of the form, per period, with totals.
///
/// ```swift
/// let form = FederalFormView(projection)
/// form.amount(.personnel, period: 1)   // Year 1, line 1
/// form.total(.total) == projection.total
/// ```
/// Every amount is a sum of the projection's rounded lines; line 12 (and SF-424A k) of a
/// period equals that period's total.
public struct FederalFormView: Sendable {
    /// The periods shown as columns: planning only when it has costs, then every project year.
    public var periods: [(index: Int, label: String)]
    /// Every budget line with its form line, in projection order (each key once).
    public var assignments: [FormAssignment]
    private var amounts: [Int: [ED524Line: Money]]

    public init(_ projection: Projection) {
        var amounts: [Int: [ED524Line: Money]] = [:]
        var assignments: [FormAssignment] = []
        var seen = Set<String>()
        for period in projection.periods {
            var byLine: [ED524Line: Money] = [:]
            for item in period.lines {
                let (line, overridden) = FederalFormMapping.line(for: item, in: projection.scenario)
                byLine[line, default: .zero] += item.amount
                if seen.insert(item.key).inserted {
                    assignments.append(FormAssignment(key: item.key, category: item.category, item: item.item,
                                                      ed524: line, overridden: overridden))
                }
            }
            let direct = (1...8).compactMap { ED524Line(rawValue: $0) }.map { byLine[$0] ?? .zero }.sum()
            byLine[.totalDirect] = direct
            byLine[.total] = direct + (byLine[.indirect] ?? .zero) + (byLine[.trainingStipends] ?? .zero)
            amounts[period.index] = byLine
        }
        self.amounts = amounts
        self.assignments = assignments
        let showPlanning = projection.planning.lines.contains { !$0.amount.isZero }
        self.periods = projection.periods.filter { $0.index > 0 || showPlanning }.map { ($0.index, $0.label) }
    }

    /// ED 524 line `line` in period `period` (0 = planning).
    public func amount(_ line: ED524Line, period: Int) -> Money { amounts[period]?[line] ?? .zero }

    /// ED 524 line `line` over every period.
    public func total(_ line: ED524Line) -> Money { amounts.keys.sorted().map { amount(line, period: $0) }.sum() }

    /// SF-424A object class `objectClass` in period `period`.
    public func amount(objectClass: SF424AClass, period: Int) -> Money {
        switch objectClass {
        case .totalDirect: amount(.totalDirect, period: period) + amount(.trainingStipends, period: period)
        case .indirect: amount(.indirect, period: period)
        case .totals: amount(.total, period: period)
        default: ED524Line.assignable.filter { $0.sf424aClass == objectClass }.map { amount($0, period: period) }.sum()
        }
    }

    /// SF-424A object class over every period.
    public func total(objectClass: SF424AClass) -> Money {
        amounts.keys.sorted().map { amount(objectClass: objectClass, period: $0) }.sum()
    }

    /// The budget lines on ED 524 line `line`.
    public func keys(on line: ED524Line) -> [String] { assignments.filter { $0.ed524 == line }.map(\.key) }
}

import Foundation
import LCModel

/// What the justification's template sees: every budget line with its arithmetic, the
/// escalation, fringe and indirect rules, and the per-year table, all from one `Projection`.
struct JustificationModel {
    struct Cell { let amount: String }
    struct Row {
        let title: String
        let cells: [Cell]
        let total: String
    }
    struct Table {
        let periods: [Cell]
        let rows: [Row]
        let totals: Row
    }
    struct Escalation {
        let kind, rate, years, factor: String
    }
    struct Step {
        let label, arithmetic, amount: String
        let escalated: Escalation?
    }
    struct Line {
        let item, key: String
        let participantSupport: Bool
        let steps: [Step]
        /// The ED 524 line it falls on (`1. Personnel`), and whether the scenario's `form_524` put it there.
        let formLine: String
        let formLineOverridden: Bool
    }
    struct Section {
        let title: String
        let lines: [Line]
    }
    struct Fringe {
        let name, rate, basis: String
    }
    struct EscalationRule {
        let kind, rate, categories: String
    }
    struct IndirectYear {
        let label, direct, excluded, base, arithmetic: String
    }
    struct Indirect {
        let rate: String
        let isMTDC, employees: Bool
        let excludedCategories: String
        let years: [IndirectYear]
    }

    let name: String
    let organization: String?
    let start, end, years, educators, total: String
    /// The one gap's sentence (`Unfunded.sentence`); nil without funding sources.
    let unfunded: String?
    /// What each funding source is asked for: what the who-pays allocation has it pay.
    struct Request {
        let source, amount: String
    }
    let requests: [Request]
    let hasRequests: Bool
    let table: Table
    let sections: [Section]
    let fringe: [Fringe]
    let hasFringe: Bool
    let escalation: [EscalationRule]
    let hasEscalation: Bool
    let indirect: Indirect?
    /// `ED 524`, and its Section A by period (`Form524View`).
    let formName = Form524View.formName
    let formSummary: Form524View
    /// The recorded run the justification belongs to (its footer).
    var run: RunView?

    init(_ p: Projection) {
        let s = p.scenario
        name = s.name
        organization = s.organization
        start = Formatting.month(s.start)
        end = Formatting.month(p.lastMonth)
        years = Formatting.years(s.years)
        educators = Formatting.count(s.cohort(inYear: 1).participants, "educators")
        total = Formatting.money(p.total)
        unfunded = Unfunded.sentence(p)
        let who = FundingAllocation(p)
        requests = (s.funding ?? []).enumerated().map { index, source in
            Request(source: source.source, amount: Formatting.money(who.total(ofSource: index).allocated))
        }
        hasRequests = !requests.isEmpty

        let shownPeriods = p.periods.filter { $0.index > 0 || !$0.lines.isEmpty }
        let rows = CostCategory.allCases.filter { !p.categoryTotal($0).isZero }.map { category in
            Row(title: category.title, cells: shownPeriods.map { Cell(amount: Formatting.money($0.total(of: category))) },
                total: Formatting.money(p.categoryTotal(category)))
        }
        table = Table(periods: shownPeriods.map { Cell(amount: $0.label) }, rows: rows,
                      totals: Row(title: "Total", cells: shownPeriods.map { Cell(amount: Formatting.money($0.total)) },
                                  total: Formatting.money(p.total)))

        sections = JustificationModel.sections(p)
        fringe = JustificationModel.fringe(p)
        hasFringe = !fringe.isEmpty
        escalation = JustificationModel.escalation(p)
        hasEscalation = !escalation.isEmpty
        indirect = JustificationModel.indirect(p)
        formSummary = Form524View(FederalFormView(p))
    }

    /// One section per category, one entry per budget line (by key), one step per period it costs in.
    static func sections(_ p: Projection) -> [Section] {
        var keys: [String] = []
        for period in p.periods {
            for line in period.lines where !line.amount.isZero && line.category != .indirect && !keys.contains(line.key) {
                keys.append(line.key)
            }
        }
        let form = FederalFormView(p)
        let lines: [(CostCategory, Line)] = keys.compactMap { key in
            let found = p.periods.compactMap { period in period.line(key).map { (period, $0) } }
                .filter { !$0.1.amount.isZero }
            guard let first = found.first?.1 else { return nil }
            let steps = found.map { period, line in
                Step(label: period.label, arithmetic: Arithmetic.text(of: line, in: period),
                     amount: Formatting.money(line.amount), escalated: escalationNote(line, in: p))
            }
            let assignment = form.assignments.first { $0.key == key }
            return (first.category, Line(item: first.item, key: key, participantSupport: first.participantSupport, steps: steps,
                                         formLine: assignment?.ed524.numberedTitle ?? "",
                                         formLineOverridden: assignment?.overridden ?? false))
        }
        return CostCategory.allCases.compactMap { category in
            let mine = lines.filter { $0.0 == category }.map(\.1)
            return mine.isEmpty ? nil : Section(title: category.title, lines: mine)
        }
    }

    static func escalationNote(_ line: LineItem, in p: Projection) -> Escalation? {
        guard let factor = Arithmetic.growth(of: line), !Arithmetic.isSilent(factor),
              case .growth(let key, let exponent) = factor.term else { return nil }
        let goods = key == "escalation.goods"
        return Escalation(kind: goods ? "goods" : "compensation",
                          rate: Formatting.percent(goods ? p.scenario.escalation.goods : p.scenario.escalation.compensation),
                          years: Formatting.years(exponent), factor: Arithmetic.text(of: factor))
    }

    /// The fringe rates the projection applied, each with the pay it applies to.
    static func fringe(_ p: Projection) -> [Fringe] {
        var order: [String] = []
        var rates: [String: Decimal] = [:]
        var bases: [String: [String]] = [:]
        for period in p.periods {
            for line in period.lines where !line.amount.isZero {
                guard case .shareOf(let rate, let keys) = line.basis, case .input(let input) = rate.term else { continue }
                if !order.contains(input) { order.append(input) }
                rates[input] = rate.value
                for name in keys.compactMap({ period.line($0) }).filter({ !$0.amount.isZero }).map({ $0.item.lowercasedFirst })
                where !(bases[input] ?? []).contains(name) {
                    bases[input, default: []].append(name)
                }
            }
        }
        return order.map { input in
            let name = switch input {
            case "fringe.extra_duty": "Extra-duty fringe"
            case "fringe.substitutes": "Substitute fringe"
            case "buyouts.benefits_rate": "Full-time benefits on release time"
            default: input
            }
            return Fringe(name: name, rate: Formatting.percent(rates[input] ?? 0), basis: Formatting.list(bases[input] ?? []))
        }
    }

    /// Which categories grow with which escalation rate (only when a later year applies one).
    static func escalation(_ p: Projection) -> [EscalationRule] {
        var categories: [String: [CostCategory]] = [:]
        for period in p.years {
            for line in period.lines where !line.amount.isZero {
                guard let factor = Arithmetic.growth(of: line), !Arithmetic.isSilent(factor),
                      case .growth(let key, _) = factor.term else { continue }
                if !(categories[key] ?? []).contains(line.category) { categories[key, default: []].append(line.category) }
            }
        }
        return [("escalation.compensation", "compensation", p.scenario.escalation.compensation),
                ("escalation.goods", "goods", p.scenario.escalation.goods)].compactMap { key, kind, rate in
            guard let list = categories[key] else { return nil }
            return EscalationRule(kind: kind, rate: Formatting.percent(rate),
                                  categories: Formatting.list(list.sorted().map { $0.title.lowercasedFirst }))
        }
    }

    static func indirect(_ p: Projection) -> Indirect? {
        guard let rule = p.scenario.indirect else { return nil }
        let years = p.years.compactMap { period -> IndirectYear? in
            guard let line = period.line("indirect.indirect") else { return nil }
            return IndirectYear(label: period.label, direct: Formatting.money(period.directTotal),
                                excluded: Formatting.money(period.excludedAmount(of: line)),
                                base: Formatting.money(period.baseAmount(of: line) ?? .zero),
                                arithmetic: Arithmetic.text(of: line, in: period))
        }
        let excluded = rule.base == .mtdc && !p.scenario.cohort.employees
            ? CostCategory.participantSupportWhenNotEmployees.sorted().map { $0.title.lowercasedFirst } : []
        return Indirect(rate: Formatting.percent(rule.rate), isMTDC: rule.base == .mtdc,
                        employees: p.scenario.cohort.employees, excludedCategories: Formatting.list(excluded),
                        years: years)
    }
}

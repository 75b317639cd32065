import Foundation
import LCModel

/// One advisory, turned into a recommendation with its price from the engine (`Remedy`).
///
/// Exactly one of the code-specific fields is set (or flag true), so a template writes one
/// sentence per advisory code:
/// `{{#stipendRate}}Raise the stipend from {{from}} to the guide's {{to}} an hour …{{/stipendRate}}`.
struct RecommendationView {
    /// What a fix changes in cost, from `Remedy`.
    struct Cost {
        let firstYear, total, overYears: String
        let noCost: Bool
    }
    struct Change {
        let from, to: String
        let cost: Cost
    }
    struct YearsChange {
        let from, to, goal, addedCost: String
    }
    struct Gap {
        let label, gap: String
    }
    /// A recommendation the engine cannot price, with the guide's figure to quote.
    struct Unpriced {
        let guideFigure: String
    }
    struct FundingGap {
        let shortYears: [Gap]
        let total: String
    }

    let code: String
    /// The engine's advisory message (figures from the scenario).
    let message: String
    /// The guide's recommendation behind the check, in the model's words.
    let guide: String

    var stipendRate, addStipends, leaderShare, leaderRate: Change?
    var leaderRateUnpriced = false
    var leaderBuyoutUnpriced: Unpriced?
    var extendYears: YearsChange?
    var kickoff, onramp: Change?
    var onrampUnpriced: Unpriced?
    var meetingLength, coaching: Change?
    var coachingUnpriced = false
    var childcareMissing = false
    var foodMissing = false
    var kitsMissing = false
    var fundingGap: FundingGap?
    var otherwise = false

    init(_ advisory: Advisory, in p: Projection) {
        code = advisory.code.rawValue
        message = advisory.message
        guide = advisory.recommendation
        let remedy = Remedy.for(advisory, in: p)
        let cost = remedy.map { r in
            Cost(firstYear: Formatting.change(r.firstYearDelta), total: Formatting.change(r.totalDelta),
                 overYears: Formatting.years(r.after.scenario.years), noCost: r.totalDelta.isZero)
        }
        switch (advisory.code, remedy?.change, cost) {
        case (_, .stipendRate(let from, let to)?, let cost?):
            stipendRate = Change(from: Formatting.money(from), to: Formatting.money(to), cost: cost)
        case (_, .addStipends(let rate, let hours)?, let cost?):
            addStipends = Change(from: "\(Formatting.number(hours)) h/month", to: Formatting.money(rate), cost: cost)
        case (.leaderRateNotIncreased, .leaderShare(let from, let to)?, let cost?):
            leaderRate = Change(from: Formatting.percent(from), to: Formatting.percent(to), cost: cost)
        case (_, .leaderShare(let from, let to)?, let cost?):
            leaderShare = Change(from: Formatting.percent(from), to: Formatting.percent(to), cost: cost)
        case (_, .years(let from, let to)?, _):
            extendYears = YearsChange(from: Formatting.years(from), to: Formatting.years(to), goal: p.scenario.goal.phrase,
                                addedCost: Formatting.change(remedy!.totalDelta))
        case (_, .kickoff(let from, let to)?, let cost?):
            kickoff = Change(from: Formatting.month(from), to: Formatting.month(to), cost: cost)
        case (_, .onrampMonths(let from, let to)?, let cost?):
            onramp = Change(from: Formatting.count(from, "months"), to: Formatting.count(to, "months"), cost: cost)
        case (_, .meetingMinutes(let from, let to)?, let cost?):
            meetingLength = Change(from: Formatting.count(from, "minutes"), to: Formatting.count(to, "minutes"), cost: cost)
        case (_, .coachingSessions(let from, let to)?, let cost?):
            coaching = Change(from: Formatting.count(from, "sessions"), to: Formatting.count(to, "sessions"), cost: cost)
        case (.leaderRateNotIncreased, _, _): leaderRateUnpriced = true
        case (.leaderBuyoutBelowGuide, _, _): leaderBuyoutUnpriced = Unpriced(guideFigure: Formatting.percent(Guide.leaderShare))
        case (.onrampShort, _, _): onrampUnpriced = Unpriced(guideFigure: Formatting.count(Guide.onrampMonths, "months"))
        case (.noCoaching, _, _): coachingUnpriced = true
        case (.childcareMissing, _, _): childcareMissing = true
        case (.foodMissing, _, _): foodMissing = true
        case (.kitsMissing, _, _): kitsMissing = true
        case (.fundingGap, _, _):
            fundingGap = FundingGap(
                shortYears: zip(p.years, p.funding).filter { $0.1.gap > .zero }
                    .map { Gap(label: $0.0.label.lowercasedFirst, gap: Formatting.money($0.1.gap)) },
                total: Formatting.money(p.shortfall))
        default:
            // A code with no sentence of its own reads as the guide's recommendation alone.
            otherwise = true
        }
    }
}

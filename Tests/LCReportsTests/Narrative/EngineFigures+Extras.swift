import Foundation
import LCModel

/// The figures of the model views beside the projection: the federal form, the calendar, the
/// simulation and the variance. Each is read from the model value itself, never from a text.
extension EngineFigures {
    /// ED 524 Section A amounts (`FederalFormView`); the form's line titles and name are labels,
    /// not figures, so they are removed before scanning like the scenario's names.
    mutating func addForm524(_ p: Projection) {
        let form = FederalFormView(p)
        for line in ED524Line.allCases {
            money.insert(form.total(line).decimal)
            for period in form.periods { money.insert(form.amount(line, period: period.index).decimal) }
        }
        names += ED524Line.allCases.map(\.numberedTitle) + ["ED 524"]
    }

    /// Meeting counts per year, blackouts named, moved meetings, clock times and conflicts.
    mutating func add(_ schedule: Schedule) {
        for year in 1...max(1, schedule.years) {
            numbers.formUnion([Decimal(year), Decimal(schedule.meetingCount(inYear: year)),
                               Decimal(schedule.coachingCount(inYear: year))])
        }
        var blackoutNames = Set<String>()
        for blackout in schedule.blackouts { blackoutNames.insert(blackout.name.lowercased()) }
        numbers.insert(Decimal(blackoutNames.count))
        numbers.insert(Decimal(schedule.meetings.filter { $0.status == .moved }.count))
        numbers.insert(Decimal(schedule.conflicts.count))
        for event in schedule.events {
            times.insert(event.time.description)
            if let end = event.end { times.insert(end.time.description) }
            months.insert(event.month)
        }
        names += schedule.blackouts.map(\.name) + [schedule.calendar.location].compactMap { $0 }
        // The year at a glance: each held meeting's day, and its focus and step (scenario text).
        for event in schedule.agendaMeetings {
            if let date = event.date { dates.insert(date) }
            names += [event.agenda?.focus, event.agenda?.step].compactMap { $0 }
        }
    }

    /// The total's percentiles and base, each year's funding, the draws and the seed.
    mutating func add(_ summary: SimulationSummary) {
        for figure in summary.years + [summary.total] {
            let st = figure.stats
            money.formUnion([figure.base, st.mean, st.p10, st.p50, st.p90, st.min, st.max].map(\.decimal))
            if let funded = figure.funded { money.insert(funded.decimal) }
            if let over = figure.drawsOverFunding {
                probabilities.append(Decimal(over) / Decimal(figure.draws))
            }
        }
        numbers.formUnion([Decimal(summary.draws), Decimal(summary.seed)])
        names += summary.inputs.map(\.path)
    }

    /// Every line's budget, spending and remainder, its shares as whole percents (the variance's
    /// own rounding, `Variance.percent`: half away from zero), and the as-of date.
    mutating func add(_ variance: Variance) {
        dates.insert(variance.asOf)
        let lines = variance.periods.flatMap { $0.lines + [$0.total] } + [variance.total]
        for line in lines {
            money.formUnion([line.budgeted.decimal, line.spent.decimal, line.remaining.decimal])
            for share in [line.spentShare, line.elapsedShare].compactMap({ $0 }) {
                shares.insert(Decimal(share.roundedToCents()) / 100)
            }
        }
        for period in variance.periods { shares.insert(Decimal(period.elapsedShare.roundedToCents()) / 100) }
    }
}

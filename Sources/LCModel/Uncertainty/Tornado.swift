import Foundation

/// One-way sensitivity: for each uncertain input, the exact total with that input at its P10
/// and at its P90 and every other input at its base value, widest swing first.
///
/// These are few runs, so they use the exact projector (`Decimal`), not the simulation's
/// arithmetic. P10 and P90 rather than the distribution's ends, so every kind of distribution
/// (a normal has no ends) is treated alike and one unlikely extreme does not dominate.
public enum Tornado {
    public static let lowQuantile = 0.1
    public static let highQuantile = 0.9

    public static func bars(_ projection: Projection, uncertainty: Uncertainty) -> [TornadoBar] {
        let scenario = projection.scenario
        let catalog = UncertainField.catalog(for: scenario)
        var bars: [(Int, TornadoBar)] = []
        for (index, input) in uncertainty.inputs.enumerated() {
            guard let field = catalog.first(where: { $0.path == input.path }) else { continue }
            let sampler = InputSampler(input)
            let low = exactValue(input, sampler.value(at: lowQuantile))
            let high = exactValue(input, sampler.value(at: highQuantile))
            func total(at value: Decimal) -> Money {
                var moved = scenario
                for path in [input.path] + input.followers {
                    catalog.first { $0.path == path }?.setValue(value, in: &moved)
                }
                // Booked only (no advisories: a total is all a bar needs), on the projection's own
                // schedule (no calendar field may be uncertain, so moving an input never moves it).
                return Projector.book(moved, schedule: projection.schedule).total
            }
            bars.append((index, TornadoBar(input: input.path, baseValue: field.value(in: scenario),
                                           lowValue: low, highValue: high,
                                           totalAtLow: total(at: low), totalAtHigh: total(at: high))))
        }
        return bars.sorted { a, b in
            a.1.swing != b.1.swing ? a.1.swing > b.1.swing : a.0 < b.0
        }.map(\.1)
    }

    /// A quantile as an exact input value: a listed value for `discrete`, a whole number for
    /// integer fields, otherwise the double to 6 decimals; kept inside the field's range.
    static func exactValue(_ input: UncertainInput, _ value: Double) -> Decimal {
        var exact: Decimal
        if case .discrete(let values, _) = input.distribution,
           let listed = values.min(by: { abs($0.binary - value) < abs($1.binary - value) }) {
            exact = listed
        } else if input.isInteger {
            exact = Decimal(Int(value.rounded(.toNearestOrAwayFromZero)))
        } else {
            exact = Decimal(string: String(format: "%.6f", value), locale: Locale(identifier: "en_US_POSIX")) ?? 0
        }
        if let lower = input.lowerBound, exact < lower { exact = lower }
        if let upper = input.upperBound, exact > upper { exact = upper }
        return exact
    }
}

import Foundation

/// What a Monte Carlo run found: the pure value every view of the simulation reads
/// (`simulate`'s table and JSON, the workbook's Uncertainty sheet, the brief's paragraph).
///
/// Figures are `Money` (whole cents) but were computed in binary floating point, each line
/// rounded to cents; `arithmeticNote` says so in words for every view to print. Percentiles
/// are nearest-rank: P10 is the ⌈0.1·n⌉-th smallest of the n draws.
public struct SimulationSummary: Sendable, Equatable {
    public var scenario: String
    public var draws: Int
    public var seed: UInt64
    public var inputs: [UncertainInput]
    /// One per project year, in order.
    public var years: [SimulatedFigure]
    /// The whole budget (planning included).
    public var total: SimulatedFigure
    /// The total's draws in up to 20 equal-width bins from min to max (for a histogram chart).
    public var histogram: [HistogramBin]
    /// One bar per uncertain input, widest swing first.
    public var tornado: [TornadoBar]
    /// At every input's base value the simulation's arithmetic gave the exact projection's
    /// lines to the cent (always true unless a line's exact value sits within 10⁻¹⁴ of itself below a half cent).
    public var reproducesBase: Bool

    public static let arithmeticNote =
        "Simulated in binary floating point, each line rounded to cents; the projection itself is exact."
    public static let percentileRule = "nearest rank"

    /// The P10–P90 range of the total, for sentences such as "most likely between $X and $Y".
    public var totalRange: (p10: Money, p90: Money) { (total.stats.p10, total.stats.p90) }
}

/// Distribution of one simulated figure (a year's total or the whole budget).
public struct SimulatedStats: Sendable, Equatable {
    public var mean, p10, p50, p90, min, max: Money
}

/// One simulated row: a project year or the total, with its exact base and its funding risk.
public struct SimulatedFigure: Sendable, Equatable {
    /// "Year 1" … or "Total".
    public var label: String
    /// 1-based project year; `nil` for the total.
    public var year: Int?
    /// The exact projection's figure.
    public var base: Money
    public var stats: SimulatedStats
    /// What the funding sources give (`nil` when the scenario lists no funding).
    public var funded: Money?
    /// Draws whose cost exceeded `funded` (`nil` without funding).
    public var drawsOverFunding: Int?
    public var draws: Int

    /// The share of draws whose cost exceeded the funding, 0…1 (`nil` without funding).
    public var probabilityOverFunding: Double? {
        drawsOverFunding.map { Double($0) / Double(max(draws, 1)) }
    }
}

/// Draws whose total fell in [lower, upper).
public struct HistogramBin: Sendable, Equatable {
    public var lower: Money
    /// Exclusive, except that the last bin also holds the maximum.
    public var upper: Money
    public var count: Int
}

/// One bar of the tornado: the exact total with one input at its P10 and at its P90, every
/// other input at its base value.
public struct TornadoBar: Sendable, Equatable {
    public var input: String
    public var baseValue: Decimal
    /// The input's P10 and P90 (whole numbers for integer fields; 6 decimals at most otherwise).
    public var lowValue, highValue: Decimal
    /// Exact projector totals (Decimal arithmetic, rounded lines), not simulated.
    public var totalAtLow, totalAtHigh: Money

    /// |total at high − total at low|.
    public var swing: Money {
        let difference = totalAtHigh - totalAtLow
        return difference.cents < 0 ? -difference : difference
    }
}

import Foundation

/// One visible term of a line's arithmetic: its exact value, what it counts, and which
/// scenario inputs it comes from.
///
/// Views never recompute a line: the justification prints the factors (`21 educators ×
/// 4 h/month × …`), and the workbook turns each `Term` into a formula over its named
/// assumptions. Both read the same `Factor`s the projector multiplied.
///
/// `exact` is what the projector multiplies (50 minutes ÷ 60 is the fraction 5/6); `value` is
/// the same number as a `Decimal` for views to print (a quotient that does not end is cut there
/// after 38 digits, which only the display sees).
public struct Factor: Sendable, Equatable {
    public var value: Decimal
    public var exact: Exact
    public var unit: FactorUnit
    public var term: Term

    /// A factor whose value is a decimal input as written.
    public init(_ value: Decimal, _ unit: FactorUnit, _ term: Term) {
        self.init(value, exact: Exact(value), unit, term)
    }

    /// A computed factor (an escalation power, minutes ÷ 60): `value` is derived from `exact`.
    public init(exact: Exact, _ unit: FactorUnit, _ term: Term) {
        self.init(exact.decimal, exact: exact, unit, term)
    }

    /// A whole number (a head count, meetings, a 0/1 switch).
    public init(count: Int, _ unit: FactorUnit, _ term: Term) {
        self.init(Decimal(count), exact: Exact(count), unit, term)
    }

    /// Both forms at once, when the caller already has both (they must be the same number).
    public init(_ value: Decimal, exact: Exact, _ unit: FactorUnit, _ term: Term) {
        (self.value, self.exact, self.unit, self.term) = (value, exact, unit, term)
    }
}

/// What a factor measures, for people ("21 educators", "4 h/month", "$50.00/h").
public enum FactorUnit: Sendable, Equatable {
    /// A head count, with its noun in the plural ("educators", "leaders", "families").
    case count(String)
    case hoursPerMonth
    case hoursPerMeeting
    case hours
    /// Months or meetings in a year ("10 months").
    case months
    case meetings
    case sessions
    case days
    case hourlyRate
    case dailyRate
    /// Money per unit with its noun ("per educator", "per person per meeting").
    case moneyPer(String)
    /// Money per year.
    case annual
    /// A share of salary or of other lines (0.5 = 50%).
    case share
    /// An escalation multiplier (1.03² …).
    case growth(years: Int)
    /// 0 or 1: a switch such as "meetings run after hours".
    case flag
}

/// Where a factor comes from: the inputs a workbook formula names.
///
/// Input keys are the Assumptions keys of `InputCatalog` (for example `stipends.hourly_rate`,
/// `cohort.y2.participants`).
public indirect enum Term: Sendable, Equatable {
    case input(String)
    /// `a - b` (participants who are not leaders).
    case difference(Term, Term)
    /// `a + b`.
    case sum(Term, Term)
    /// `(1 + input)^exponent`.
    case growth(String, exponent: Int)
    /// `ceil(a / b)`.
    case ceilRatio(Term, Term)
    /// `a / constant` (minutes to hours).
    case ratio(Term, Decimal)
    /// A constant with no input behind it.
    case constant(Decimal)
}

/// How a line's amount follows from its inputs.
public enum Basis: Sendable, Equatable {
    /// Round(Π factors).
    case product([Factor])
    /// Round(rate × Σ the named rounded lines of the same period) — fringe lines.
    case shareOf(rate: Factor, lines: [String])
    /// Round(rate × base) — indirect; the base is the period's direct lines, less participant
    /// support lines for `mtdc`.
    case indirect(rate: Factor, base: Indirect.Base, excluded: [CostCategory])
}

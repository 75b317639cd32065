import Foundation

/// Why the registry's maxima make every figure safe: the largest total a valid scenario can
/// reach, worked out from the maxima, is far inside `Int64` cents.
///
/// Money is `Int64` cents: at most 9,223,372,036,854,775,807 ¢ ≈ $9.22 × 10^16. The worst case
/// takes every field at its maximum at once (P = participants ≤ 10,000; N + L = P), 5 years,
/// both escalations at +0.25 compounding to c, g ≤ 1.25^4 = 2.44140625 in year 5, M ≤ 366
/// meetings a year (a calendar places at most one a day; `meetings.per_year` itself is ≤ 12),
/// and at most 20,000 `other` costs and funding amounts (a file holds at most 20,000 values).
///
/// Per project year, in dollars:
///
/// | line | bound | ≤ |
/// | --- | --- | --- |
/// | stipends (participants + leaders) | P · (744 + 744) h · 366 · $10,000 · c | 1.330 × 10^14 |
/// | stipend fringe (share ≤ 1) | ≤ stipends | 1.330 × 10^14 |
/// | release time (both lines) | P · $10,000,000 · (1 + 1) · c | 4.883 × 10^11 |
/// | release-time benefits (≤ 1) | ≤ release time | 4.883 × 10^11 |
/// | substitutes | P · 366 days · $100,000 · c | 8.936 × 10^11 |
/// | substitute fringe (≤ 1) | ≤ substitutes | 8.936 × 10^11 |
/// | food | (P + 10,000 guests) · 366 · $10,000 · g | 1.788 × 10^11 |
/// | childcare | 10,000 · 24 h · $10,000 · 366 · g | 2.145 × 10^12 |
/// | kits | P · $1,000,000 · g (refresh share ≤ 1) | 2.442 × 10^10 |
/// | coaching | 10,000 sessions · P groups · 1,440/60 h · $10,000 · c | 5.860 × 10^13 |
/// | credentials | P · $1,000,000 · g | 2.442 × 10^10 |
/// | other | 20,000 · $1,000,000,000 · g | 4.883 × 10^13 |
/// | **direct** | sum of the above | **< 3.9 × 10^14** |
/// | indirect (rate ≤ 1) | ≤ direct | < 3.9 × 10^14 |
/// | **year total** | | **< 7.8 × 10^14** |
///
/// Planning on-ramp: 10,000 people · 744 h · 60 months · $10,000 = 4.464 × 10^12, plus its
/// fringe (≤ 1): < 9 × 10^12. So the total of 5 years and planning is < 5 × 7.8 × 10^14 +
/// 9 × 10^12 < 4 × 10^15 dollars = 4 × 10^17 ¢, about 23 times below the `Int64` limit. The
/// present value is at most the total (the discount rate is ≥ 0, so every factor is ≤ 1);
/// per-participant and per-student figures are the total divided by a count ≥ 1; funding sums
/// at most 20,000 · $1,000,000,000 = 2 × 10^13, and a gap lies between −(funded) and the year's
/// total. Each rounded line is within a cent of its exact value, so sums of rounded lines obey
/// the same bounds. `FieldBoundsTests` recomputes this table from the registry's maxima (so a
/// raised maximum that breaks it fails a test) and projects an all-maximum scenario.
extension FieldRegistry {
    /// The largest whole-file bound the arithmetic above allows, in dollars, recomputed from the
    /// registry's maxima: the figure `FieldBoundsTests` compares with `Int64.max` cents.
    ///
    /// ```swift
    /// FieldRegistry.worstCaseTotal(values: 20_000, meetings: 366) < Decimal(Int64.max) / 100   // true
    /// ```
    public static func worstCaseTotal(values: Int, meetings: Int) -> Decimal {
        func max(_ path: String) -> Decimal { field(path)?.maximum ?? 0 }
        let p = max("cohort.participants"), m = Decimal(meetings), n = Decimal(values)
        let years = max("years")
        let c = Decimal.power(1 + max("escalation.compensation"), NSDecimalNumber(decimal: years - 1).intValue)
        let g = Decimal.power(1 + max("escalation.goods"), NSDecimalNumber(decimal: years - 1).intValue)
        let stipends = p * (max("stipends.hours_per_month") + max("stipends.leader_extra_hours_per_month")) * m
            * Swift.max(max("stipends.hourly_rate"), max("stipends.leader_hourly_rate")) * c
        let release = p * max("buyouts.salary") * (max("buyouts.leader_share") + max("buyouts.participant_share")) * c
        let substitutes = p * max("substitutes.days_per_participant") * max("substitutes.daily_rate") * c
        let food = (p + max("food.guests_per_meeting")) * m * max("food.per_person_per_meeting") * g
        let childcare = max("childcare.families") * max("childcare.hours_per_meeting") * max("childcare.hourly_rate") * m * g
        let kits = p * max("kits.per_participant") * Swift.max(1, max("kits.refresh_share")) * g
        let coaching = max("coaching.sessions_per_year") * p * (max("coaching.minutes") / 60) * max("coaching.coach_hourly_rate") * c
        let credentials = p * max("credentials.per_participant") * g
        let other = n * max("other.*.annual") * g
        let direct = stipends * (1 + max("fringe.extra_duty")) + release * (1 + max("buyouts.benefits_rate"))
            + substitutes * (1 + max("fringe.substitutes")) + food + childcare + kits + coaching + credentials + other
        let year = direct * (1 + max("indirect.rate"))
        let planning = max("planning.team_size") * max("planning.hours_per_month") * max("planning.onramp_months")
            * max("planning.hourly_rate") * (1 + max("fringe.extra_duty"))
        return years * year + planning
    }
}

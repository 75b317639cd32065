import Foundation

/// A scenario's decimal inputs as `Exact` values, converted once per projection (a conversion
/// reads Foundation's public API and costs far more than the arithmetic, so no line converts
/// its own factors).
///
/// ```swift
/// let x = ExactInputs(scenario)
/// x.coachingHours   // minutes / 60, exactly (5/6 for 50 minutes)
/// ```
struct ExactInputs {
    var planningHours = Exact.zero, planningRate = Exact.zero
    var extraDuty = Exact.zero, substituteFringe = Exact.zero
    var stipendHours = Exact.zero, stipendRate = Exact.zero, leaderHours = Exact.zero, leaderRate = Exact.zero
    var salary = Exact.zero, leaderShare = Exact.zero, participantShare = Exact.zero, benefitsRate = Exact.zero
    var substituteDays = Exact.zero, substituteRate = Exact.zero
    var foodPerPerson = Exact.zero
    var childcareHours = Exact.zero, childcareRate = Exact.zero
    var kitPrice = Exact.zero, refreshShare = Exact.zero
    var coachingHours = Exact.zero, coachRate = Exact.zero
    var credentialPrice = Exact.zero
    var other: [Exact] = []
    var indirectRate = Exact.zero
    var compensation = Exact.zero, goods = Exact.zero

    init(_ s: Scenario) {
        extraDuty = Exact(s.fringe.extraDuty)
        substituteFringe = Exact(s.fringe.substitutes)
        compensation = Exact(s.escalation.compensation)
        goods = Exact(s.escalation.goods)
        if let p = s.planning { planningHours = Exact(p.hoursPerMonth); planningRate = Exact(p.hourlyRate) }
        if let st = s.stipends {
            stipendHours = Exact(st.hoursPerMonth)
            stipendRate = Exact(st.hourlyRate)
            leaderHours = stipendHours + Exact(st.leaderExtraHoursPerMonth)
            leaderRate = Exact(st.leaderHourlyRate)
        }
        if let bo = s.buyouts {
            salary = Exact(bo.salary)
            leaderShare = Exact(bo.leaderShare)
            participantShare = Exact(bo.participantShare)
            benefitsRate = Exact(bo.benefitsRate)
        }
        if let sub = s.substitutes { substituteDays = Exact(sub.daysPerParticipant); substituteRate = Exact(sub.dailyRate) }
        if let food = s.food { foodPerPerson = Exact(food.perPersonPerMeeting) }
        if let care = s.childcare { childcareHours = Exact(care.hoursPerMeeting); childcareRate = Exact(care.hourlyRate) }
        if let kits = s.kits { kitPrice = Exact(kits.perParticipant); refreshShare = Exact(kits.refreshShare) }
        if let co = s.coaching {
            // The rules' only division, kept as a fraction: the line divides last, at its rounding.
            coachingHours = Exact(co.minutes) / Exact(60)
            coachRate = Exact(co.coachHourlyRate)
        }
        if let cr = s.credentials { credentialPrice = Exact(cr.perParticipant) }
        other = s.other.map { Exact($0.annual) }
        if let ind = s.indirect { indirectRate = Exact(ind.rate) }
    }
}

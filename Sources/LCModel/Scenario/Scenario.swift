import Foundation

/// One educator learning community and how it is paid for: the validated contents of a
/// scenario file (format 1, docs/scenario-format.md).
///
/// Optional sections are `nil` when the file leaves them out; defaults the spec fixes are
/// already applied. Money inputs and rates are exact `Decimal`s.
public struct Scenario: Sendable, Equatable {
    public var format: Int = 1
    public var name: String
    public var organization: String?
    public var goal: Goal
    public var start: YearMonth
    public var years: Int
    public var schoolYearStartMonth: Int = NSDecimalNumber(decimal: FieldRegistry.defaultNumber("school_year_start_month")).intValue
    public var discountRate: Decimal = FieldRegistry.defaultNumber("discount_rate")

    public var cohort: Cohort
    public var meetings: Meetings
    public var stipends: Stipends?
    public var fringe: Fringe = Fringe()
    public var buyouts: Buyouts?
    public var substitutes: Substitutes?
    public var food: Food?
    public var childcare: Childcare?
    public var kits: Kits?
    public var coaching: Coaching?
    public var credentials: Credentials?
    public var planning: Planning?
    public var other: [OtherCost] = []
    public var escalation: Escalation = Escalation()
    public var indirect: Indirect?
    /// `nil` when the file has no `funding:` list (then there is no FUNDING_GAP advisory).
    public var funding: [FundingSource]?
    /// `nil` when the file has no `calendar:` section (then M is `meetings.per_year`); docs/calendar.md.
    public var calendar: CommunityCalendar?
    /// First month of the district's fiscal year (`fiscal_year_start_month`, default 7 = July).
    public var fiscalYearStartMonth: Int = NSDecimalNumber(decimal: FieldRegistry.defaultNumber("fiscal_year_start_month")).intValue
    /// Federal-form overrides, indirect-cost terms and who-pays details (docs/funding.md).
    public var fundingTerms: FundingTerms = FundingTerms()
    /// The `uncertainty:` section (docs/uncertainty.md); `nil` when the file has none.
    public var uncertainty: Uncertainty?
    /// What educators answered in the questionnaire (`educator_input:`, docs/questionnaire.md).
    public var educatorInput: EducatorInput?

    public init(name: String, goal: Goal, start: YearMonth, years: Int, cohort: Cohort, meetings: Meetings) {
        (self.name, self.goal, self.start, self.years, self.cohort, self.meetings) = (name, goal, start, years, cohort, meetings)
    }

    /// The cohort counts in project year `year` (1-based), from `by_year` when given.
    public func cohort(inYear year: Int) -> CohortYear {
        if let byYear = cohort.byYear, year - 1 < byYear.count { return byYear[year - 1] }
        return CohortYear(participants: cohort.participants, leaders: cohort.leaders)
    }
}

/// What the community is meant to change; decides the minimum duration the guide recommends.
public enum Goal: String, Sendable, CaseIterable {
    case teacherIdentity = "teacher-identity"
    case studentIdentity = "student-identity"
    case studentOutcomes = "student-outcomes"

    /// Years the guide says the goal needs at least.
    public var minimumYears: Int {
        switch self {
        case .teacherIdentity: 1
        case .studentIdentity: 2
        case .studentOutcomes: 3
        }
    }

    /// Plain words for people: "shift teacher identity".
    public var phrase: String {
        switch self {
        case .teacherIdentity: "shift teachers' identity as makers and learners"
        case .studentIdentity: "shift students' identity as makers and learners"
        case .studentOutcomes: "improve student outcomes"
        }
    }
}

/// A calendar month, `2027-08`.
public struct YearMonth: Sendable, Hashable, Comparable {
    public var year, month: Int

    public init(year: Int, month: Int) { (self.year, self.month) = (year, month) }

    /// `2027-08` → August 2027 (a year from 1900, a month from 01 to 12); `nil` otherwise.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month), year >= 1900 else { return nil }
        self.init(year: year, month: month)
    }

    /// `months` later (or earlier when negative).
    public func adding(months: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + months
        return YearMonth(year: index / 12, month: index % 12 + 1)
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    /// `2027-08`
    public var iso: String { String(format: "%04d-%02d", year, month) }

    /// `August 2027`
    public var monthAndYear: String { "\(YearMonth.monthNames[month - 1]) \(year)" }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
}

public struct Cohort: Sendable, Equatable {
    /// Educators including leaders.
    public var participants: Int
    public var leaders: Int = 0
    public var studentsPerEducator: Decimal = 0
    /// Participants are the grantee's own staff: their pay is payroll, nothing is participant support.
    public var employees: Bool = true
    public var byYear: [CohortYear]?

    public init(participants: Int, leaders: Int = 0) { (self.participants, self.leaders) = (participants, leaders) }
}

/// The cohort in one project year.
public struct CohortYear: Sendable, Equatable {
    public var participants, leaders: Int
    /// Participants who are not leaders (N in the cost rules).
    public var nonLeaders: Int { participants - leaders }

    public init(participants: Int, leaders: Int = 0) { (self.participants, self.leaders) = (participants, leaders) }
}

public struct Meetings: Sendable, Equatable {
    /// Monthly whole-group meetings per year (M).
    public var perYear: Int
    public var minutes: Decimal = FieldRegistry.defaultNumber("meetings.minutes")
    public var afterHours: Bool = false

    public init(perYear: Int, minutes: Decimal = FieldRegistry.defaultNumber("meetings.minutes"), afterHours: Bool = false) {
        (self.perYear, self.minutes, self.afterHours) = (perYear, minutes, afterHours)
    }
}

public struct Stipends: Sendable, Equatable {
    public var hourlyRate, hoursPerMonth, leaderHourlyRate: Decimal
    public var leaderExtraHoursPerMonth: Decimal = 0

    public init(hourlyRate: Decimal, hoursPerMonth: Decimal, leaderHourlyRate: Decimal? = nil,
                leaderExtraHoursPerMonth: Decimal = 0) {
        self.hourlyRate = hourlyRate
        self.hoursPerMonth = hoursPerMonth
        self.leaderHourlyRate = leaderHourlyRate ?? hourlyRate
        self.leaderExtraHoursPerMonth = leaderExtraHoursPerMonth
    }
}

/// Employer costs on extra pay, as shares of that pay.
public struct Fringe: Sendable, Equatable {
    public var extraDuty: Decimal = 0
    public var substitutes: Decimal = 0
    public init(extraDuty: Decimal = 0, substitutes: Decimal = 0) {
        (self.extraDuty, self.substitutes) = (extraDuty, substitutes)
    }
}

public struct Buyouts: Sendable, Equatable {
    public var salary, benefitsRate, leaderShare, participantShare: Decimal
    public init(salary: Decimal, benefitsRate: Decimal, leaderShare: Decimal, participantShare: Decimal = 0) {
        (self.salary, self.benefitsRate, self.leaderShare, self.participantShare) = (salary, benefitsRate, leaderShare, participantShare)
    }
}

public struct Substitutes: Sendable, Equatable {
    public var daysPerParticipant, dailyRate: Decimal
    public var includeLeaders: Bool = false
    public init(daysPerParticipant: Decimal, dailyRate: Decimal, includeLeaders: Bool = false) {
        (self.daysPerParticipant, self.dailyRate, self.includeLeaders) = (daysPerParticipant, dailyRate, includeLeaders)
    }
}

public struct Food: Sendable, Equatable {
    public var perPersonPerMeeting: Decimal
    public var guestsPerMeeting: Int = 0
    public init(perPersonPerMeeting: Decimal, guestsPerMeeting: Int = 0) {
        (self.perPersonPerMeeting, self.guestsPerMeeting) = (perPersonPerMeeting, guestsPerMeeting)
    }
}

public struct Childcare: Sendable, Equatable {
    public var families: Int
    public var hoursPerMeeting, hourlyRate: Decimal
    public init(families: Int, hoursPerMeeting: Decimal, hourlyRate: Decimal) {
        (self.families, self.hoursPerMeeting, self.hourlyRate) = (families, hoursPerMeeting, hourlyRate)
    }
}

public struct Kits: Sendable, Equatable {
    public var perParticipant: Decimal
    public var refreshShare: Decimal = 0
    public init(perParticipant: Decimal, refreshShare: Decimal = 0) {
        (self.perParticipant, self.refreshShare) = (perParticipant, refreshShare)
    }
}

public struct Coaching: Sendable, Equatable {
    public var sessionsPerYear: Int
    public var minutes: Decimal
    public var groupSize: Int
    public var coachHourlyRate: Decimal
    public init(sessionsPerYear: Int, minutes: Decimal, groupSize: Int, coachHourlyRate: Decimal) {
        (self.sessionsPerYear, self.minutes, self.groupSize, self.coachHourlyRate) = (sessionsPerYear, minutes, groupSize, coachHourlyRate)
    }
}

public struct Credentials: Sendable, Equatable {
    public var perParticipant: Decimal
    public init(perParticipant: Decimal) { self.perParticipant = perParticipant }
}

/// The on-ramp before year 1.
public struct Planning: Sendable, Equatable {
    public var onrampMonths, teamSize: Int
    public var hoursPerMonth, hourlyRate: Decimal
    public init(onrampMonths: Int, teamSize: Int, hoursPerMonth: Decimal, hourlyRate: Decimal) {
        (self.onrampMonths, self.teamSize, self.hoursPerMonth, self.hourlyRate) = (onrampMonths, teamSize, hoursPerMonth, hourlyRate)
    }
}

public struct OtherCost: Sendable, Equatable {
    public var name: String
    public var annual: Decimal
    public init(name: String, annual: Decimal) { (self.name, self.annual) = (name, annual) }
}

public struct Escalation: Sendable, Equatable {
    public var compensation: Decimal = 0
    public var goods: Decimal = 0
    public init(compensation: Decimal = 0, goods: Decimal = 0) {
        (self.compensation, self.goods) = (compensation, goods)
    }
}

public struct Indirect: Sendable, Equatable {
    public enum Base: String, Sendable {
        case totalDirect = "total_direct"
        case mtdc
    }
    public var rate: Decimal
    public var base: Base = .totalDirect
    public init(rate: Decimal, base: Base = .totalDirect) { (self.rate, self.base) = (rate, base) }
}

public struct FundingSource: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case district, grant, partner
        case inKind = "in_kind"
        case other
    }
    public var source: String
    public var kind: Kind
    /// Exactly `years` amounts.
    public var byYear: [Decimal]
    public init(source: String, kind: Kind, byYear: [Decimal]) {
        (self.source, self.kind, self.byYear) = (source, kind, byYear)
    }
}

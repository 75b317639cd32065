import Foundation
import LCModel

/// What the brief's templates see: the projection's figures, already formatted for people.
///
/// Built only from a `Projection` and pure model computations over it (`Remedy`, `GuideTheme`,
/// `Guide`). Templates hold the words; every figure they print is a field here. Field names
/// are the template variables documented in `docs/reports.md`.
struct BriefModel {
    struct Cohort {
        let educators, leaders: String
        let hasLeaders: Bool
        let studentsPerEducator: String?
    }
    struct CohortYear {
        let label, educators, leaders: String
    }
    struct Planning {
        let months, start, total: String
    }
    struct YearFigure {
        let label, months, educators, total: String
    }
    struct Theme {
        let title, total, buys: String
        let isTime, isValuingExpertise, isCommunityAndConnection, isToolsAndMaterials, isAdministration: Bool
    }
    struct Duration {
        let goal, years, guideYears: String
        let meetsGuide: Bool
        let teacherIdentityYears, studentIdentityYears, studentOutcomesYears: String
    }
    struct PerStudent {
        let amount, students: String
    }

    let name: String
    let organization: String?
    let citation: String
    let cohort: Cohort
    let cohortChanges: [CohortYear]?
    let hasCohortChanges: Bool
    let meetingsPerYear, meetingMinutes: String
    let afterHours: Bool
    let start, end, years: String
    let planning: Planning?

    let total: String
    let perYear: [YearFigure]
    let perEducatorYear: String
    let perStudent: PerStudent?
    let presentValue, discountRate: String
    let themes: [Theme]
    let duration: Duration
    let funding: FundingView?
    let recommendations: [RecommendationView]
    let hasRecommendations: Bool
    /// The HTML brief's inline SVG chart (already escaped markup); empty for Markdown.
    var chart: String = ""
    /// When the community meets and what it avoids; nil without a `calendar:`.
    let calendar: CalendarView?
    /// "What educators told us"; nil without `educator_input:`.
    let voice: EducatorVoiceView?
    /// "Year at a glance" (date, focus, step of every meeting); nil without `calendar.agenda`.
    let agenda: AgendaView?
    /// "How sure are we": nil unless the run simulated an `uncertainty:` section.
    var uncertainty: UncertaintyView?
    /// "Spending so far": nil unless the record holds actual spending.
    var variance: VarianceView?
    /// The recorded run the brief belongs to (its footer).
    var run: RunView?

    init(_ p: Projection) {
        let s = p.scenario
        name = s.name
        organization = s.organization
        citation = Guide.citation
        let first = s.cohort(inYear: 1)
        cohort = Cohort(educators: Formatting.count(first.participants, "educators"),
                        leaders: Formatting.count(first.leaders, "leaders"),
                        hasLeaders: first.leaders > 0,
                        studentsPerEducator: s.cohort.studentsPerEducator > 0
                            ? Formatting.count(s.cohort.studentsPerEducator, "students") : nil)
        let counts = (1...s.years).map { s.cohort(inYear: $0) }
        cohortChanges = counts.allSatisfy({ $0 == first }) ? nil : p.years.map { period in
            let year = s.cohort(inYear: period.index)
            return CohortYear(label: period.label, educators: Formatting.count(year.participants, "educators"),
                              leaders: Formatting.count(year.leaders, "leaders"))
        }
        hasCohortChanges = cohortChanges != nil
        // With a calendar, M is the count it schedules each year (the cost rules' M), not `meetings.per_year`.
        let schedule = p.calendarSchedule
        let m = (1...s.years).map { s.meetingsPerYear(inYear: $0, schedule: schedule) }
        meetingsPerYear = m.min() == m.max() ? Formatting.count(m[0], "times")
            : "\(Formatting.number(Decimal(m.min()!))) to \(Formatting.count(m.max()!, "times"))"
        meetingMinutes = Formatting.count(s.meetings.minutes, "minutes")
        afterHours = s.meetings.afterHours
        start = Formatting.month(s.start)
        end = Formatting.month(p.lastMonth)
        years = Formatting.years(s.years)
        planning = s.planning.map { plan in
            Planning(months: Formatting.count(plan.onrampMonths, "months"),
                     start: Formatting.month(p.planning.firstMonth),
                     total: Formatting.money(p.planning.total))
        }

        total = Formatting.money(p.total)
        perYear = p.years.map { period in
            YearFigure(label: period.label,
                       months: "\(Formatting.month(period.firstMonth)) to \(Formatting.month(period.lastMonth))",
                       educators: Formatting.count(s.cohort(inYear: period.index).participants, "educators"),
                       total: Formatting.money(period.total))
        }
        perEducatorYear = Formatting.money(p.perParticipantYear)
        perStudent = p.perStudentReached.map {
            PerStudent(amount: Formatting.money($0), students: Formatting.count(p.studentsReached, "student-years"))
        }
        presentValue = Formatting.money(p.presentValue)
        discountRate = Formatting.percent(s.discountRate)
        themes = GuideTheme.allCases.compactMap { theme in
            let amount = p.total(of: theme)
            guard !amount.isZero else { return nil }
            let bought = theme.categories.filter { !p.categoryTotal($0).isZero }.map(BriefModel.phrase)
            return Theme(title: BriefModel.title(theme), total: Formatting.money(amount), buys: Formatting.list(bought).capitalizedFirst,
                         isTime: theme == .time, isValuingExpertise: theme == .valuingExpertise,
                         isCommunityAndConnection: theme == .communityAndConnection,
                         isToolsAndMaterials: theme == .toolsAndMaterials, isAdministration: theme == .administration)
        }
        duration = Duration(goal: s.goal.phrase, years: Formatting.years(s.years),
                            guideYears: Formatting.years(Guide.years(for: s.goal)),
                            meetsGuide: s.years >= s.goal.minimumYears,
                            teacherIdentityYears: Formatting.years(Guide.years(for: .teacherIdentity)),
                            studentIdentityYears: Formatting.years(Guide.years(for: .studentIdentity)),
                            studentOutcomesYears: Formatting.years(Guide.years(for: .studentOutcomes)))
        funding = FundingView(p)
        recommendations = p.advisories.map { RecommendationView($0, in: p) }
        hasRecommendations = !recommendations.isEmpty
        calendar = CalendarView(p)
        agenda = calendar?.agenda
        voice = EducatorVoiceView(s)
    }

    /// The guide's name for a theme.
    static func title(_ theme: GuideTheme) -> String {
        switch theme {
        case .time: "Time"
        case .valuingExpertise: "Valuing educators' expertise"
        case .communityAndConnection: "Community and connection"
        case .toolsAndMaterials: "Tools and materials"
        case .administration: "Running the program"
        }
    }

    /// What a category buys, in a principal's words.
    static func phrase(_ category: CostCategory) -> String {
        switch category {
        case .planning: "a paid planning on-ramp"
        case .buyouts: "release time for leaders and educators"
        case .substitutes: "substitute cover"
        case .stipends: "stipends for educators' time"
        case .credentials: "continuing-education credits"
        case .food: "food at every meeting"
        case .childcare: "childcare during meetings"
        case .coaching: "coaching between meetings"
        case .kits: "prototyping kits"
        case .other: "other direct costs"
        case .indirect: "the district's indirect costs"
        }
    }
}

/// How the community is paid for, year by year.
struct FundingView {
    struct Source {
        let source, kind, amounts: String
    }
    struct Year {
        let label, cost, funded: String
        let gap, surplus: String?
        let balanced: Bool
    }
    let sources: [Source]
    let years: [Year]
    let totalFunded: String
    let totalGap: String?
    let hasGap: Bool
    /// The one gap's sentence (`Unfunded.sentence`).
    let unfunded: String?

    init?(_ p: Projection) {
        guard let list = p.scenario.funding else { return nil }
        sources = list.map { source in
            let amounts = source.byYear.map { Money(rounding: $0) }
            let text = Set(amounts).count == 1
                ? "\(Formatting.money(amounts[0])) a year"
                : Formatting.list(zip(p.years, amounts).map { "\(Formatting.money($1)) in \($0.label.lowercasedFirst)" })
            return Source(source: source.source, kind: FundingView.kind(source.kind), amounts: text)
        }
        years = zip(p.years, p.funding).map { period, f in
            Year(label: period.label, cost: Formatting.money(f.cost), funded: Formatting.money(f.funded),
                 gap: f.gap > .zero ? Formatting.money(f.gap) : nil,
                 surplus: f.gap < .zero ? Formatting.money(-f.gap) : nil,
                 balanced: f.gap.isZero)
        }
        totalFunded = Formatting.money(p.totalFunded)
        hasGap = !p.shortYears.isEmpty
        // The short years' gaps (cost less funding); a surplus year is not assumed to carry over.
        totalGap = p.shortfall > .zero ? Formatting.money(p.shortfall) : nil
        unfunded = Unfunded.sentence(p)
    }

    static func kind(_ kind: FundingSource.Kind) -> String {
        switch kind {
        case .district: "district"
        case .grant: "grant"
        case .partner: "partner"
        case .inKind: "in-kind"
        case .other: "other"
        }
    }
}

import LCReports

/// The scenario "New community" starts from: every recommendation of the guide followed, so
/// once its five open fields are filled it raises no advisory (docs/web.md). Only what has no
/// sensible default is left empty: name, organization, goal, start and cohort size.
///
/// ```swift
/// let yaml = YAMLEmitter.yaml(NewCommunity.document)   // format: 1 … (name, goal, … left out)
/// ```
///
/// The figures are the guide's (a 10-month community meeting monthly for 2 hours, $50 an hour
/// for 4 hours a month, food and kits, monthly small-group coaching, a 6-month planning
/// on-ramp) or modest ones a district changes (food, kit and coaching prices). Three years
/// is the least the guide recommends for the most ambitious goal (student outcomes), so no
/// goal makes it too short; meetings are after school, so childcare is budgeted. There are no
/// leaders (a buyout needs a salary) and no funding yet (a gap needs sources to compare).
public enum NewCommunity {
    public static let yaml = """
        format: 1
        name: ""
        organization: ""
        goal: ""
        start: ""
        years: 3
        school_year_start_month: 9
        discount_rate: 0.03
        cohort:
          participants: ""
          leaders: 0
          students_per_educator: 25
        meetings:
          per_year: 10
          minutes: 120
          after_hours: true
        stipends:
          hourly_rate: 50.00
          hours_per_month: 4
        fringe:
          extra_duty: 0.10
          substitutes: 0
        food:
          per_person_per_meeting: 12
          guests_per_meeting: 1
        childcare:
          families: 4
          hours_per_meeting: 2.5
          hourly_rate: 20
        kits:
          per_participant: 100
          refresh_share: 0.25
        coaching:
          sessions_per_year: 10
          minutes: 30
          group_size: 3
          coach_hourly_rate: 75
        planning:
          onramp_months: 6
          team_size: 3
          hours_per_month: 3
          hourly_rate: 50
        escalation:
          compensation: 0.03
          goods: 0.025

        """

    /// The template as a document: the open fields are empty text.
    public static var document: LCReports.JSONValue { YAMLTree(text: yaml)!.document }
}

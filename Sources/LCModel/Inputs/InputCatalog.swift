import Foundation

/// Every numeric input of a scenario, keyed the way `Term`s name them, with the workbook name,
/// unit, bounds and guide note of each: the rows of the Assumptions sheet.
///
/// ```swift
/// let inputs = InputCatalog.inputs(for: scenario)
/// inputs.first { $0.key == "stipends.hourly_rate" }?.name   // "StipendHourlyRate"
/// ```
///
/// The catalog lists the inputs of the sections the scenario has (plus the always-present
/// cohort, meetings, fringe, escalation and discount rate), so every key any line's `Term`
/// reads is here (tests check this against the projector).
public enum InputCatalog {
    public static func inputs(for s: Scenario) -> [ScenarioInput] {
        inputs(for: s, schedule: CalendarScheduler.schedule(for: s))
    }

    /// Counts the catalogs built in a task, for the test that one report builds one.
    @TaskLocal public static var counter: ComputationCounter?

    /// The same with the scenario's calendar schedule already computed (`Projection.calendarSchedule`).
    public static func inputs(for s: Scenario, schedule: Schedule?) -> [ScenarioInput] {
        counter?.increment()
        var out: [ScenarioInput] = []
        func add(_ spec: FieldSpec, key: String? = nil, name: String? = nil, label: String? = nil,
                 value: Decimal, note: String? = nil) {
            let flag = spec.kind == .boolean
            out.append(ScenarioInput(key: key ?? spec.path, name: name ?? spec.workbookName ?? spec.path,
                                     section: spec.workbookSection, label: label ?? spec.label, value: value,
                                     kind: spec.inputKind, unit: flag ? "1 = yes, 0 = no" : spec.unit,
                                     minimum: flag ? 0 : spec.minimum ?? 0,
                                     maximum: flag ? 1 : (spec.maximumIsLimit ? nil : spec.maximum),
                                     note: note ?? spec.workbookNote ?? ""))
        }
        func field(_ path: String) -> FieldSpec { FieldRegistry.field(path)! }

        for spec in FieldRegistry.all where spec.workbookName != nil && spec.path != "discount_rate" {
            switch spec.path {
            case "cohort.participants":
                // One pair of counts per project year, so a year can be changed on its own.
                let leaders = field("cohort.leaders")
                for year in 1...s.years {
                    let cohort = s.cohort(inYear: year)
                    let source = s.cohort.byYear == nil ? "cohort.participants (the same every year)" : "cohort.by_year[\(year - 1)]"
                    add(spec, key: "cohort.y\(year).participants", name: "ParticipantsYear\(year)",
                        label: "Educators in year \(year), leaders included", value: Decimal(cohort.participants),
                        note: "From \(source). \(spec.workbookNote ?? "")")
                    add(leaders, key: "cohort.y\(year).leaders", name: "LeadersYear\(year)", label: "Leaders in year \(year)",
                        value: Decimal(cohort.leaders))
                }
            case "cohort.leaders", "cohort.by_year.*.participants", "cohort.by_year.*.leaders":
                continue
            case "other.*.annual":
                for (i, other) in s.other.enumerated() {
                    add(spec, key: "other.\(i).annual", name: "OtherCost\(i + 1)Annual", label: other.name, value: other.annual)
                }
            default:
                // A section the scenario leaves out has no inputs (fringe and escalation always read).
                guard let value = spec.value(in: s) else { continue }
                switch value {
                case .number(let number): add(spec, value: number)
                case .flag(let flag): add(spec, value: flag ? 1 : 0)
                case .text: continue
                }
                if spec.path == "coaching.sessions_per_year", s.coachingFollowsCalendar {
                    // With a calendar coaching rule, each year's sessions are the touch-points it dates.
                    for year in 1...s.years {
                        out.append(ScenarioInput(
                            key: s.coachingInput(inYear: year), name: "ScheduledCoachingYear\(year)", section: spec.workbookSection,
                            label: "Coaching touch-points on the calendar in year \(year)", value: Decimal(s.coachingSessions(inYear: year, schedule: schedule)),
                            kind: .count, unit: spec.unit, minimum: 0, maximum: FieldRegistry.field("meetings.per_year")?.maximum,
                            note: "Counted from the calendar's coaching rule, school year and blackouts; this, not CoachingSessionsPerYear, is year \(year)'s coaching sessions."))
                    }
                }
                if spec.path == "meetings.per_year", s.calendar != nil {
                    // With a calendar, each year's M is the number of meetings it actually places.
                    for year in 1...s.years {
                        out.append(ScenarioInput(
                            key: s.meetingsInput(inYear: year), name: "ScheduledMeetingsYear\(year)", section: spec.workbookSection,
                            label: "Meetings on the calendar in year \(year)", value: Decimal(s.meetingsPerYear(inYear: year, schedule: schedule)),
                            kind: .count, unit: "meetings", minimum: 0, maximum: spec.maximum,
                            note: "Counted from the calendar section (meeting rule, school year and blackouts); this, not MeetingsPerYear, is year \(year)'s M."))
                    }
                }
            }
        }
        let discount = field("discount_rate")
        add(discount, value: s.discountRate)
        return out
    }

    /// The structural choices of the scenario, for the record (they decide which lines exist
    /// and which are participant support, so they are changed in the scenario file).
    public static func settings(for s: Scenario) -> [ScenarioSetting] {
        var out = [
            ScenarioSetting(key: "goal", label: "Goal", value: s.goal.rawValue,
                            note: "The guide: at least \(s.goal.minimumYears) year\(s.goal.minimumYears == 1 ? "" : "s") to \(s.goal.phrase) (check DURATION_SHORT_FOR_GOAL)."),
            ScenarioSetting(key: "start", label: "First month of year 1", value: s.start.iso,
                            note: "The guide: kick off in summer or a pre-term planning period (check KICKOFF_MIDYEAR)."),
            ScenarioSetting(key: "years", label: "Project years", value: String(s.years),
                            note: "Each year is a column of the Budget sheet."),
            ScenarioSetting(key: "school_year_start_month", label: "School year starts in",
                            value: YearMonth.monthNames[s.schoolYearStartMonth - 1], note: "Used by the kickoff check."),
            ScenarioSetting(key: "cohort.employees", label: "Participants are the grantee's employees",
                            value: s.cohort.employees ? "yes" : "no",
                            note: "When no, stipends, food, childcare, kits and credentials are participant support costs."),
        ]
        if let sub = s.substitutes {
            out.append(ScenarioSetting(key: "substitutes.include_leaders", label: "Substitutes also cover leaders",
                                       value: sub.includeLeaders ? "yes" : "no",
                                       note: "Decides whether coverage counts all educators or only non-leaders."))
        }
        if let indirect = s.indirect {
            out.append(ScenarioSetting(key: "indirect.base", label: "Indirect cost base", value: indirect.base.rawValue,
                                       note: indirect.base == .mtdc
                                           ? "Modified total direct costs: direct costs less participant support."
                                           : "All direct costs."))
        }
        return out
    }
}

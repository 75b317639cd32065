import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCReports

extension LCBudget {
    /// Prints a scenario's meeting calendar and writes it as an iCalendar file.
    ///
    /// Named `CalendarCommand` (command name `calendar`) so it never shadows Foundation's `Calendar`.
    struct CalendarCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: "Show the dated meeting calendar of a scenario and write it as an iCalendar (.ics) file.",
            discussion: """
            The scenario needs a calendar: section (docs/calendar.md). Each project year gets one \
            whole-group meeting, and one coaching touch-point, per month of the school year, on the \
            rule's day or, when a blackout, a weekend or the school year's edge blocks it, on the \
            nearest permitted day of the same month. A month with no permitted day is reported as a \
            conflict. The count of placed meetings per year is the M the budget uses.

            --ics writes an RFC 5545 file for Google Calendar, Outlook or Apple Calendar (written to \
            a temporary file and renamed into place; an existing file is replaced). DTSTAMP comes \
            from SOURCE_DATE_EPOCH, so the same scenario always gives the same bytes.

            Examples:
              lcbudget calendar scenarios/calendar-sample.yaml
              lcbudget calendar scenarios/calendar-sample.yaml --format json
              lcbudget calendar scenarios/calendar-sample.yaml --ics out/meetings.ics
              lcbudget calendar scenarios/calendar-sample.yaml \\
                  --ics out/all.ics --include-blackouts
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

        @Argument(help: ArgumentHelp("The scenario file.", valueName: "file"))
        var file: String

        @Option(help: "Output format: table or json.")
        var format: Format = .table

        @Option(help: ArgumentHelp("Also write the schedule as an iCalendar file to this path.", valueName: "path"))
        var ics: String?

        @Flag(help: "Put the blackouts into the iCalendar file as all-day 'No meetings' events.")
        var includeBlackouts = false

        func run() throws {
            let analysis = try Analysis.load(path: file)
            let loaded = analysis.loaded
            let schedule = try analysis.requireSchedule()
            let advisories = CalendarAdvisor.advisories(for: loaded.scenario, schedule: schedule)
            if let ics {
                let stamp = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? 1_767_225_600
                let community = Slug.communityHash(name: loaded.scenario.name, organization: loaded.scenario.organization)
                let text = ICalendar.render(schedule, community: community, stamp: stamp,
                                            includeBlackouts: includeBlackouts)
                try Console.write(text, to: ics, force: true, option: "--ics")
            }
            switch format {
            case .table: Console.out(ScheduleTable.render(schedule, advisories: advisories))
            case .json: Console.raw(ScheduleJSON.render(schedule, advisories: advisories))
            }
            if let ics, format == .table { Console.out("wrote \(ics)\n") }
        }
    }
}

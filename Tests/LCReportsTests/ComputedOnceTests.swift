import Foundation
import Testing
@testable import LCLoader
@testable import LCModel
@testable import LCReports

/// The calendar's schedule is computed once per run: the loader computes it (to check the texts
/// it composes), the projection keeps it, and the workbook, brief, justification and calendar
/// file all read `Projection.schedule` instead of scheduling again.
@Suite struct ComputedOnceTests {
    @Test func aReportRunSchedulesTheCalendarOnce() throws {
        let path = NarrativeFixtures.repositoryRoot.appendingPathComponent("scenarios/calendar-sample.yaml").path
        let counter = ComputationCounter()
        var names: [String] = []
        try CalendarScheduler.$counter.withValue(counter) {
            let loaded = try ScenarioLoader.load(path: path)
            let projection = loaded.project()
            let context = ReportContext(projection: projection, source: loaded.source)
            names = try ReportBundle.files(slug: "s", context: context).map(\.name)
        }
        // Every output of a report was made, the calendar file and workbook among them ...
        #expect(names.contains("s.ics") && names.contains("s.xlsx") && names.contains("s-brief.html"))
        // ... from one schedule.
        #expect(counter.count == 1)
    }

    /// Without the loader's schedule the projector computes it once itself, and a scenario
    /// without a calendar never schedules.
    @Test func theProjectorSchedulesOnceAndOnlyWithACalendar() throws {
        let sample = try ScenarioLoader.load(path: NarrativeFixtures.repositoryRoot.appendingPathComponent("scenarios/calendar-sample.yaml").path)
        let counter = ComputationCounter()
        let projection = CalendarScheduler.$counter.withValue(counter) { Projector.project(sample.scenario) }
        #expect(counter.count == 1)
        #expect(projection.schedule == CalendarScheduler.schedule(for: sample.scenario))
        #expect(projection == sample.project())
        let none = ComputationCounter()
        CalendarScheduler.$counter.withValue(none) { _ = NarrativeFixtures.riverside }
        #expect(none.count == 0)
    }
}

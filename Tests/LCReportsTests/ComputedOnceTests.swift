import Foundation
import Testing
@testable import LCLoader
@testable import LCModel
@testable import LCReports

/// The calendar's schedule is computed once per run: the loader computes it (to check the texts
/// it composes), the projection keeps it, and the workbook, brief, justification and calendar
/// file all read `Projection.schedule` instead of scheduling again.
@Suite struct ComputedOnceTests {
    @Test(arguments: ["calendar-sample.yaml", "riverside-uncertain.yaml"])
    func aReportRunSchedulesTheCalendarOnce(scenario: String) throws {
        let path = NarrativeFixtures.repositoryRoot.appendingPathComponent("scenarios/\(scenario)").path
        let counter = ComputationCounter(), catalogs = ComputationCounter()
        var names: [String] = []
        try CalendarScheduler.$counter.withValue(counter) {
            try InputCatalog.$counter.withValue(catalogs) {
                let loaded = try ScenarioLoader.load(path: path)
                let projection = loaded.project()
                var context = ReportContext(projection: projection, source: loaded.source)
                context.uncertainty = Simulation.reportSummary(projection, jobs: 1)
                // Rendered and written, as `report` does (a workbook is made when it is written).
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("once-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                for file in try ReportBundle.files(slug: "s", context: context) {
                    try file.write(folder.appendingPathComponent(file.name))
                    names.append(file.name)
                }
            }
        }
        // Every output of a report was made, the calendar file and workbook among them ...
        #expect(names.contains("s.xlsx") && names.contains("s-brief.html"))
        // ... from one schedule (none without a calendar) and one input catalog.
        #expect(counter.count == (scenario == "calendar-sample.yaml" ? 1 : 0))
        #expect(names.contains("s.ics") == (scenario == "calendar-sample.yaml"))
        #expect(catalogs.count == 1)
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

import Foundation
import LCModel

extension ReportBundle {
    /// `<slug>.ics`: the meeting calendar, when the scenario has a `calendar:` section.
    ///
    /// The schedule is the projection's own (`Projection.calendarSchedule`), the one whose
    /// meeting counts it costed.
    static func calendarFiles(slug: String, context: ReportContext) throws -> [ReportFile] {
        guard let schedule = context.projection.calendarSchedule else { return [] }
        let stamp = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? 1_767_225_600
        let scenario = context.projection.scenario
        let community = Slug.communityHash(name: scenario.name, organization: scenario.organization)
        return [.text("\(slug).ics", ICalendar.render(schedule, community: community, stamp: stamp, run: context.run))]
    }
}

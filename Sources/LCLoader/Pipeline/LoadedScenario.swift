import Foundation
import LCModel

/// A scenario as read from a file: the model plus what the file said and where.
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    /// The path as given.
    public var file: String
    /// The file's text, byte for byte as read, for the store's record of runs.
    public var source: String
    /// Dotted YAML path (`stipends.hourly_rate`) -> where its value stands.
    public var locations: [String: SourceLocation]
    /// The calendar's schedule, computed once while loading (nil without a `calendar:`).
    public var schedule: Schedule? = nil
    /// The `form_524` and `covers:` line keys the file names, with where; checked against the
    /// projection's lines by `Analysis` (a line key is only known once the lines are).
    public var lineKeyReferences: [LineKeyReference] = []

    /// The projection of the loaded scenario, reusing the schedule computed while loading.
    /// It skips the pipeline's check stage (line keys): for a scenario the pipeline has already
    /// accepted (`Analysis.loaded`); anything reading a file starts from `Analysis` instead.
    ///
    /// ```swift
    /// let projection = try Analysis.load(path: "scenarios/calendar-sample.yaml").loaded.project()
    /// ```
    public func project() -> Projection {
        Projector.project(scenario, schedule: calendarSchedule)
    }

    /// The schedule the projection books with: the one computed while loading.
    var calendarSchedule: Schedule? {
        scenario.calendar == nil ? nil : schedule ?? CalendarScheduler.schedule(for: scenario)
    }

    /// Where an input (an Assumptions key or YAML path) stands in the file, falling back to its section.
    public func location(of input: String?) -> SourceLocation {
        guard var path = input else { return SourceLocation(file: file, line: 1, column: 1) }
        while true {
            if let location = locations[path] { return location }
            guard let dot = path.lastIndex(of: ".") else { break }
            path = String(path[..<dot])
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }
}

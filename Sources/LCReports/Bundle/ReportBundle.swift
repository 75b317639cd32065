import Foundation
import LCModel

/// Everything a report run knows: the one projection, and optional extras other stages add.
public struct ReportContext: Sendable {
    public let projection: Projection
    /// The projection's named inputs (`InputCatalog`), built once for every view of the run:
    /// the workbook's Assumptions sheet and the brief's words for uncertain inputs.
    public let inputs: [ScenarioInput]
    /// The scenario file's text (for the record and for provenance notes).
    public var source: String
    /// A district's own templates, replacing the shipped ones file by file.
    public var templatesDirectory: URL?
    /// Budget against actuals, when the record holds actual spending for this scenario (`report --db`).
    public var variance: Variance?
    /// The Monte Carlo summary when the scenario has `uncertainty:` (`Simulation.reportSummary`).
    public var uncertainty: SimulationSummary?
    /// The recorded run these files belong to; every output names it (workbook properties,
    /// brief and justification footers, ICS) so a reader can match a file to its record.
    public var run: RunStamp?
    /// `report --funder`: the funding source (its index) whose request is written too.
    public var funder: Int?

    public init(projection: Projection, source: String, templatesDirectory: URL? = nil) {
        self.projection = projection
        self.inputs = InputCatalog.inputs(for: projection.scenario, schedule: projection.calendarSchedule)
        self.source = source
        self.templatesDirectory = templatesDirectory
    }
}

/// Which recorded run a set of outputs belongs to: the run's id in the record and the SHA-256
/// of the scenario's source text.
///
/// ```swift
/// RunStamp(runID: 12, sourceSHA256: "9f86d0…").footer   // "Run 12 · scenario SHA-256 9f86d0…"
/// ```
public struct RunStamp: Sendable, Equatable {
    public var runID: Int64
    public var sourceSHA256: String

    public init(runID: Int64, sourceSHA256: String) { (self.runID, self.sourceSHA256) = (runID, sourceSHA256) }

    public var footer: String { "Run \(runID) · scenario SHA-256 \(sourceSHA256)" }
}

/// One output file of `lcbudget report`: its name in `--out` and how to write it to a path.
public struct ReportFile: Sendable {
    public var name: String
    public var write: @Sendable (URL) throws -> Void

    public init(name: String, write: @escaping @Sendable (URL) throws -> Void) {
        (self.name, self.write) = (name, write)
    }

    /// A file whose whole contents are known up front, created new (never through a symlink).
    public static func text(_ name: String, _ contents: String) -> ReportFile {
        ReportFile(name: name) { url in try SafeFile.create(url, Data(contents.utf8)) }
    }
}

/// The files `lcbudget report` writes, all views of the one projection.
///
/// Each stage adds its files in its own extension (`ReportBundle+Workbook.swift`, …); this list
/// is the only place that names them together.
public enum ReportBundle {
    public static func files(slug: String, context: ReportContext) throws -> [ReportFile] {
        var files: [ReportFile] = []
        files += try workbookFiles(slug: slug, context: context)
        files += try narrativeFiles(slug: slug, context: context)
        files += try calendarFiles(slug: slug, context: context)
        files += funderFiles(slug: slug, context: context)
        return files
    }

    /// Every name `files(slug:context:)` can produce for `slug`, whichever the scenario needs:
    /// publishing a new set retires the ones it no longer has (a calendar removed from the scenario).
    public static func possibleNames(slug: String) -> [String] {
        ["\(slug).xlsx", "\(slug)-brief.md", "\(slug)-brief.html", "\(slug)-justification.md", "\(slug).ics"]
    }

}

extension ReportContext {
    /// The context `lcbudget report` (and the web workspace's downloads) write from: the
    /// projection and its source, the record's variance when given, and the Monte Carlo summary
    /// when the scenario marks inputs uncertain (`Simulation.reportSummary`, fixed seed, so the
    /// same file gives the same bytes whatever `jobs` is).
    ///
    /// ```swift
    /// let context = ReportContext.report(projection, source: loaded.source, variance: nil)
    /// let files = try ReportBundle.files(slug: Slug.make(projection.scenario.name), context: context)
    /// ```
    public static func report(_ projection: Projection, source: String, templatesDirectory: URL? = nil,
                              variance: Variance?, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) -> ReportContext {
        var context = ReportContext(projection: projection, source: source, templatesDirectory: templatesDirectory)
        context.variance = variance
        context.uncertainty = Simulation.reportSummary(projection, jobs: jobs)
        return context
    }
}

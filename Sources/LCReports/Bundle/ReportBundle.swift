import Foundation
import LCModel

/// Everything a report run knows: the one projection, and optional extras other stages add.
public struct ReportContext: Sendable {
    public var projection: Projection
    /// The scenario file's text (for the record and for provenance notes).
    public var source: String
    /// A district's own templates, replacing the shipped ones file by file.
    public var templatesDirectory: URL?
    /// Budget against actuals, when the record holds actual spending for this scenario (`report --db`).
    public var variance: Variance?
    /// The Monte Carlo summary when the scenario has `uncertainty:` (`Simulation.reportSummary`).
    public var uncertainty: SimulationSummary?

    public init(projection: Projection, source: String, templatesDirectory: URL? = nil) {
        self.projection = projection
        self.source = source
        self.templatesDirectory = templatesDirectory
    }
}

/// One output file of `lcbudget report`: its name in `--out` and how to write it to a path.
public struct ReportFile: Sendable {
    public var name: String
    public var write: @Sendable (URL) throws -> Void

    public init(name: String, write: @escaping @Sendable (URL) throws -> Void) {
        self.name = name
        self.write = write
    }

    /// A file whose whole contents are known up front.
    public static func text(_ name: String, _ contents: String) -> ReportFile {
        ReportFile(name: name) { url in try Data(contents.utf8).write(to: url) }
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
        return files
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

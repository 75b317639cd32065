import Foundation
import LCModel
import XlsxWriter

/// The live budget workbook: one projection written as an .xlsx whose every figure is a
/// formula over the Assumptions sheet, carrying the engine's figure as its cached value.
///
/// ```swift
/// try BudgetWorkbook.write(projection, to: "out/riverside.xlsx")
/// ```
///
/// Sheets, in order (`sheetNames`): Summary, Assumptions, Budget, Line items, Funding,
/// Advisories, then the funding analytics (`AnalyticsSheet`: Who pays, fiscal years, the federal
/// forms, constant dollars) and, when the run has them, Variance, Calendar and Uncertainty (see
/// docs/workbook.md). Nothing here computes a figure: formulas are built from each line's `Basis`
/// and `Term`s, cached values are read from the `Projection`.
public enum BudgetWorkbook {
    public struct Options: Sendable {
        /// Written as the document's creation and modification time (see `creationDate`).
        public var created: Date
        /// libxlsxwriter's constant-memory mode. libxlsxwriter 1.1.4 cannot write tables in
        /// this mode, so Line items then gets an autofilter instead of a table; every sheet is
        /// written top to bottom either way, so both modes give the same cells.
        public var constantMemory: Bool
        /// The recorded run, written as the custom properties "lcbudget run" and
        /// "Scenario SHA-256" (File > Properties > Custom).
        public var run: RunStamp?

        public init(created: Date = BudgetWorkbook.creationDate(), constantMemory: Bool = false, run: RunStamp? = nil) {
            (self.created, self.constantMemory, self.run) = (created, constantMemory, run)
        }
    }

    /// Sheet names, used in formulas across sheets.
    enum SheetName {
        static let summary = "Summary"
        static let assumptions = "Assumptions"
        static let budget = "Budget"
        static let lineItems = "Line items"
        static let funding = "Funding"
        static let advisories = "Advisories"
        static let variance = "Variance"
        static let calendar = "Calendar"
        static let uncertainty = "Uncertainty"
    }

    /// What a report run knows beyond the projection; each adds a sheet when present.
    public struct Extras: Sendable {
        /// Budget against actuals: the **Variance** sheet.
        public var variance: Variance?
        /// The Monte Carlo summary: the **Uncertainty** sheet.
        public var uncertainty: SimulationSummary?
        /// The projection's inputs when the caller has built them (`ReportContext.inputs`), so
        /// the run builds the catalog once; built here otherwise.
        public var inputs: [ScenarioInput]?

        public init(variance: Variance? = nil, uncertainty: SimulationSummary? = nil) {
            (self.variance, self.uncertainty) = (variance, uncertainty)
        }
    }

    /// Writes the workbook to `path` (which libxlsxwriter creates on close).
    ///
    /// After the six budget sheets come the funding analytics (ED 524, SF-424A with the
    /// form mapping below it, Who pays, Fiscal years, Constant dollars), then Variance, Calendar and Uncertainty when
    /// `extras` or the scenario provide them.
    public static func write(_ projection: Projection, extras: Extras = Extras(), to path: String,
                             options: Options = Options()) throws {
        let workbook = try Workbook(path: path, options: .init(constantMemory: options.constantMemory))
        let writer = try Writer(projection: projection, extras: extras, workbook: workbook, options: options)
        try writer.writeProperties()
        try writer.writeSummary()
        try writer.writeAssumptions()
        try writer.writeBudget()
        try writer.writeLineItems()
        try writer.writeFunding()
        try writer.writeAdvisories()
        try writer.writeFundingAnalytics()
        if let variance = extras.variance { try writer.writeVariance(variance) }
        if let schedule = writer.schedule { try writer.writeCalendar(schedule) }
        if let summary = extras.uncertainty { try writer.writeUncertainty(summary) }
        try workbook.close()
    }

    /// The sheet names a workbook of `projection` with `extras` has, in order.
    public static func sheetNames(_ projection: Projection, extras: Extras = Extras()) -> [String] {
        [SheetName.summary, SheetName.assumptions, SheetName.budget, SheetName.lineItems, SheetName.funding,
         SheetName.advisories]
            + AnalyticsSheet.layout(projection).map(\.name)
            + (extras.variance == nil ? [] : [SheetName.variance])
            + (projection.calendarSchedule == nil ? [] : [SheetName.calendar])
            + (extras.uncertainty == nil ? [] : [SheetName.uncertainty])
    }

    /// The fixed creation date when `SOURCE_DATE_EPOCH` is unset or not a whole number:
    /// 2026-01-01T00:00:00Z.
    public static let defaultCreationDate = Date(timeIntervalSince1970: 1_767_225_600)

    /// `SOURCE_DATE_EPOCH` (whole seconds since 1970) when set and valid, else
    /// `defaultCreationDate`, so the same scenario always gives the same bytes.
    public static func creationDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        guard let text = environment["SOURCE_DATE_EPOCH"]?.trimmingCharacters(in: .whitespaces),
              let seconds = Int64(text), seconds >= 0 else { return defaultCreationDate }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}

/// Why the workbook could not be built from a projection (a projection and catalog out of step).
public enum BudgetWorkbookError: Error, CustomStringConvertible, Equatable {
    case unknownInput(String, line: String)
    case unknownLine(String, referencedBy: String)

    public var description: String {
        switch self {
        case .unknownInput(let key, let line):
            "the line \(line) reads the input \(key), which the Assumptions sheet does not list"
        case .unknownLine(let key, let by):
            "the line \(by) is a share of the line \(key), which the Budget sheet does not have"
        }
    }
}

extension BudgetWorkbook {
    /// Everything one run needs: the projection, the open workbook, formats and where each
    /// figure lives. Sheets are written by its extensions, each top to bottom.
    struct Writer {
        let projection: Projection
        let workbook: Workbook
        let options: Options
        let styles: WorkbookStyles
        let inputs: [ScenarioInput]
        let assumptions: AssumptionsLayout
        let budget: BudgetLayout
        let funding: FundingLayout
        let extras: Extras
        /// The funding analytics sheets and their tables.
        let analytics: [AnalyticsSheet]
        /// The scenario's calendar, when it has one.
        let schedule: Schedule?
        /// Every sheet, added up front so charts and formulas can name sheets written later.
        let sheets: [String: Worksheet]

        init(projection: Projection, extras: Extras, workbook: Workbook, options: Options) throws {
            self.projection = projection
            self.extras = extras
            analytics = AnalyticsSheet.layout(projection)
            schedule = projection.calendarSchedule
            self.workbook = workbook
            self.options = options
            styles = try WorkbookStyles(workbook)
            inputs = extras.inputs ?? InputCatalog.inputs(for: projection.scenario, schedule: projection.calendarSchedule)
            assumptions = AssumptionsLayout(inputs: inputs, settings: InputCatalog.settings(for: projection.scenario))
            budget = BudgetLayout(projection)
            funding = FundingLayout(projection)
            var sheets: [String: Worksheet] = [:]
            for name in BudgetWorkbook.sheetNames(projection, extras: extras) {
                sheets[name] = try workbook.addWorksheet(name)
            }
            self.sheets = sheets
        }

        func sheet(_ name: String) -> Worksheet { sheets[name]! }

        var scenario: Scenario { projection.scenario }

        func writeProperties() throws {
            let s = projection.scenario
            var properties = DocumentProperties(
                title: "\(s.name): budget",
                subject: "Educator learning community budget",
                author: "lcbudget",
                company: s.organization,
                category: "Budget",
                keywords: "educator learning community, budget, \(s.goal.rawValue)",
                comments: "Every figure is a formula over the Assumptions sheet; change an assumption and the budget follows.",
                created: options.created)
            if let run = options.run {
                properties.custom = [CustomProperty(name: "lcbudget run", value: "\(run.runID)"),
                                     CustomProperty(name: "Scenario SHA-256", value: run.sourceSHA256)]
            }
            try workbook.setProperties(properties)
        }

        /// Prints one page wide with the header rows repeated, rows as tall as their wrapped
        /// text, no chart cut in two, and a footer with the scenario and page number
        /// (`Worksheet.fitForPrinting`). Called after a sheet's last cell.
        func printSetup(_ sheet: Worksheet, headerRows: ClosedRange<Int>) throws {
            // The name is cut to what the footer's 255 bytes leave, so no name can fail the write.
            let codes = "&L&RPage &P of &N"
            let name = Worksheet.headerFooterText(scenario.name, limit: 100,
                                                  maxBytes: Worksheet.maxHeaderFooterBytes - codes.utf8.count)
            try sheet.fitForPrinting(repeatRows: headerRows, header: "&C&A", footer: "&L\(name)&RPage &P of &N")
        }
    }
}

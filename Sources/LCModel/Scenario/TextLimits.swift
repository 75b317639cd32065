/// The limits every writer puts on text, in the unit each writer counts, so a scenario the
/// loader accepts (and `check` passes) is one `report` and `batch` can always write.
///
/// - A workbook cell holds at most 32,767 UTF-16 code units (Excel's count; libxlsxwriter and
///   `XlsxWriter.Worksheet.write` refuse more). A combining accent or an emoji counts more than
///   the one character a reader sees: "e" + U+0301 is 2, "👩🏽‍🏫" is 7.
/// - A printed header or footer holds at most 255 UTF-8 bytes, codes included. The workbook's
///   footer shows the scenario's name shortened to fit in bytes (`Worksheet.headerFooterText`),
///   so no name is refused for it.
/// - A sheet name holds at most 31 UTF-16 code units; no scenario text names a sheet.
///
/// Each text field of a scenario is at most `fieldUTF16` code units (the loader refuses more),
/// and the texts the model composes from several fields into one cell (a calendar event's
/// reasons, the calendar's sentence and advisories) are checked by `composedTextProblems`.
///
/// ```swift
/// TextLimits.composedTextProblems(scenario)   // [] for every real scenario
/// ```
public enum TextLimits {
    /// A name, note or source: any real one fits, and a cell holding one and a few words always can.
    public static let fieldUTF16 = 2_000
    /// Excel's limit on a cell's text, in UTF-16 code units.
    public static let cellUTF16 = 32_767
    /// Excel's limit on a printed header or footer, in UTF-8 bytes (libxlsxwriter's count).
    public static let headerFooterBytes = 255
    /// Excel's limit on a sheet name, in UTF-16 code units.
    public static let sheetNameUTF16 = 31

    /// A composed text that would not fit a workbook cell: the scenario input to point at and
    /// what to do about it.
    public struct Problem: Sendable, Equatable {
        public var input, message: String
    }

    /// The texts the model composes from several of the scenario's texts and a workbook writes
    /// into one cell, each checked against `cellUTF16`: a calendar event's reasons (the names of
    /// the blackouts on its rule day), the calendar's summary sentence and its advisories.
    public static func composedTextProblems(_ scenario: Scenario) -> [Problem] {
        composedTextProblems(scenario, schedule: CalendarScheduler.schedule(for: scenario))
    }

    /// The same with the scenario's schedule already computed.
    public static func composedTextProblems(_ scenario: Scenario, schedule: Schedule?) -> [Problem] {
        guard scenario.calendar != nil, let schedule else { return [] }
        var out: [Problem] = []
        func check(_ text: String, _ what: String) {
            let units = text.utf16.count
            guard units > cellUTF16 else { return }
            out.append(Problem(input: "calendar.blackouts",
                message: "the blackout names make \(what) \(units) characters (UTF-16 code units, as Excel counts them), more than a workbook cell's \(cellUTF16); shorten the blackout names or list fewer blackouts on the same days"))
        }
        for event in schedule.events where !event.reasons.isEmpty {
            check(event.reasons.joined(separator: "; "), "the reasons of the \(event.month.monthAndYear) \(event.kind.rawValue)")
        }
        check(schedule.summarySentence, "the calendar's summary sentence")
        for advisory in CalendarAdvisor.advisories(for: scenario, schedule: schedule) {
            check(advisory.message, "the \(advisory.code.rawValue) advisory")
        }
        // One message per kind of text is enough to act on.
        var seen: Set<String> = []
        return out.filter { seen.insert(String($0.message.prefix { $0 != "(" })).inserted }.prefix(3).map { $0 }
    }
}

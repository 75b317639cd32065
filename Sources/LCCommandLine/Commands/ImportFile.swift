import ArgumentParser
import Foundation
import LCLoader
import LCModel
import LCStore

/// The arguments `actuals import` and `attendance import` share.
struct ImportArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The recorded scenario's name.", valueName: "scenario-name"))
    var scenario: String

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
    var file: String

    @Flag(help: "Import the file even though the same content was imported before.")
    var again = false

    @OptionGroup var store: StoreOptions
}

/// What `actuals import` and `attendance import` share: read the file, check every row against
/// the recorded scenario's periods, and store it all in one transaction or nothing.
enum ImportFile {
    static func run(kind: ImportKind, _ input: ImportArguments) throws {
        let (name, file, again, options) = (input.scenario, input.file, input.again, input.store)
        let text = try CSVFile.read(path: file)
        let (store, budget) = try RecordedBudget.load(name, options: options, forWriting: true)
        let scenario = budget.projection.scenario
        let calendar = ProjectCalendar(scenario)
        let importedAt = RecordClock.now()
        let midWrite = TestHooks.midImport
        let summary: ImportSummary
        do {
            switch kind {
            case .actuals:
                let rows = try ActualsCSV.parse(text, file: file, calendar: calendar)
                summary = try store.importActuals(rows.map { ($0.line, $0.value) }, scenario: scenario.name, fileName: file,
                                                  content: text, again: again, importedAt: importedAt, midWrite: midWrite)
            case .attendance:
                let rows = try AttendanceCSV.parse(text, file: file, calendar: calendar, allowDuplicates: again)
                summary = try store.importAttendance(rows.map { ($0.line, $0.value) }, scenario: scenario.name, fileName: file,
                                                     content: text, again: again, importedAt: importedAt, midWrite: midWrite)
            }
        } catch let error as ScenarioError {
            throw CommandFailure(error, then: "\(file) was not imported; nothing was written. Fix the rows above and import it again.")
        }
        let repeated = summary.repeatOf.map { " (again: same content as import \($0))" } ?? ""
        Console.out("imported \(summary.rowCount) row\(summary.rowCount == 1 ? "" : "s") of \(kind.noun) from \(file) "
                    + "for '\(scenario.name)' as import \(summary.id)\(repeated)\n")
    }
}

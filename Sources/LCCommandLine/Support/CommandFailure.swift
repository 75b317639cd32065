import ArgumentParser
import LCLoader
import LCStore

/// Why a command stopped, as data: the diagnostics to print. Commands throw it (or a loader's
/// `ScenarioError`, or a store's `StoreError`); `LCBudget.main` alone prints them, each once,
/// and exits with status 1, as swift-argument-parser's `exit(withError:)` does.
///
/// ```swift
/// throw CommandFailure("input ended before every question was answered; s.yaml was not written.")
/// // lcbudget: error: input ended before every question was answered; s.yaml was not written.
/// ```
struct CommandFailure: Error {
    var diagnostics: [Diagnostic]

    /// Several files' problems at once (`check`, `compare` read every file before stopping).
    init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// `lcbudget: error: MESSAGE` — a problem with no one file at fault.
    init(_ message: String) { diagnostics = [Diagnostic(.error, message, file: "lcbudget")] }

    /// `FILE: error: MESSAGE`
    init(file: String, _ message: String) { diagnostics = [Diagnostic(.error, message, file: file)] }

    /// A bad file's own diagnostics, then what the command did about it ("nothing was written").
    init(_ error: ScenarioError, then message: String) {
        diagnostics = error.diagnostics + [Diagnostic(.error, message, file: "lcbudget")]
    }

    /// "--out afile/sub: afile is a file, not a folder" and the like: a writer's failure (the
    /// option named when the path came from one).
    init(writing error: any Error, option: String?) {
        self.init(option.map { ReportPublisher.message(error, option: $0) } ?? "\(error)")
    }

    /// The lines to print for any error a command throws, or nil for one ArgumentParser prints
    /// itself (`ExitCode`, help, a usage mistake).
    static func lines(for error: any Error) -> [String]? {
        switch error {
        case let failure as CommandFailure: failure.diagnostics.map(\.description)
        case let failure as ScenarioError: failure.diagnostics.map(\.description)
        case let failure as StoreError: [failure.commandLineText]
        default: nil
        }
    }
}

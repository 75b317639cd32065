import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on standard error, shown only when it is a terminal and only once a
/// run has lasted half a second (short runs print nothing extra).
///
/// Updated from one worker thread; `finish()` is called after the workers are done.
final class ProgressBar: @unchecked Sendable {
    private let start = Date()
    private var shown = false
    private var lastPercent = -1

    /// `nil` when standard error is not a terminal (pipes, files, CI logs stay clean).
    static func forStandardError() -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    func update(_ fraction: Double) {
        guard Date().timeIntervalSince(start) > 0.5 else { return }
        let percent = Int(fraction * 100)
        guard percent != lastPercent else { return }
        lastPercent = percent
        shown = true
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
        FileHandle.standardError.write(Data("\rsimulating [\(bar)] \(percent)%".utf8))
    }

    func finish() {
        guard shown else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 50) + "\r").utf8))
    }
}

import ArgumentParser
import Foundation
import LCReports

/// Standard error and exit-status conventions shared by every command.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(inert(text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes one text file at `path` atomically (never through a symlink, never half-written);
    /// a failure is a `CommandFailure` naming `option`, the option the path came from.
    static func write(_ text: String, to path: String, force: Bool, option: String?) throws {
        let target = URL(fileURLWithPath: path)
        do {
            _ = try AtomicOutput.write([ReportFile.text(target.lastPathComponent, text)],
                                       into: target.deletingLastPathComponent(), force: force)
        } catch {
            throw CommandFailure(writing: error, option: option)
        }
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(inert(text).utf8))
    }

    /// Exactly the bytes given, for output meant for a file or a program: `runs show --source`,
    /// and the JSON and CSV formats, whose own escaping (JSON `\u001b`, CSV quoting and the
    /// leading `'`) is what their readers expect.
    static func raw(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Text made harmless for a terminal: every control character (C0 but tab and line ends,
    /// DEL, C1), bidirectional control and other invisible format character is shown as
    /// `\u{1B}` instead of reaching the terminal, so no recorded name can clear the screen,
    /// set the window title or reverse the text around it.
    ///
    /// ```swift
    /// Console.inert("Ana\u{1B}]0;pwned\u{07}")   // "Ana\\u{1B}]0;pwned\\u{7}"
    /// ```
    static func inert(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { isHostile($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let crlf = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if isHostile(scalar) && !crlf {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isHostile(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default:
            guard scalar.value > 0x7F else { return false }
            let category = scalar.properties.generalCategory
            return category == .format || category == .lineSeparator || category == .paragraphSeparator
        }
    }
}

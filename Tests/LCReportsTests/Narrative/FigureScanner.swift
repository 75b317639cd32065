import Foundation
import LCModel

/// Reads every figure back out of a rendered brief or justification.
enum FigureScanner {
    enum Figure: Equatable, CustomStringConvertible {
        case money(Decimal), percent(Decimal), number(Decimal), month(String), time(String), date(String)
        var description: String {
            switch self {
            case .money(let v): "money \(v)"
            case .percent(let v): "percent \(v)%"
            case .number(let v): "number \(v)"
            case .month(let m): "month \(m)"
            case .time(let t): "time \(t)"
            case .date(let d): "date \(d)"
            }
        }
    }

    /// The text a reader sees: no style sheet, no tags, entities decoded.
    static func visibleText(ofHTML html: String) -> String {
        var text = html.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// Markdown with backslash escapes removed.
    static func unescapedMarkdown(_ text: String) -> String {
        text.replacingOccurrences(of: "\\\\([\\\\`*_\\[\\]<>|#!~])", with: "$1", options: .regularExpression)
    }

    /// Every figure in `text`, after removing the scenario's own names.
    static func figures(in text: String, removing names: [String]) -> [Figure] {
        var text = text
        for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
            text = text.replacingOccurrences(of: name, with: " ")
        }
        var found: [Figure] = []
        let months = YearMonth.monthNames.joined(separator: "|")
        // A day (`February 29, 2028`) and a clock time (`16:00`) are read whole, before the
        // month-and-year and plain numbers they would otherwise split into.
        let pattern = "(\(months)) ([0-9]{1,2}), ([0-9]{4})|([0-9]{1,2}:[0-9]{2})|"
            + "(\(months)) ([0-9]{4})|([+-]?)\\$([0-9][0-9,]*(?:\\.[0-9]+)?)|([0-9][0-9,]*(?:\\.[0-9]+)?)(%?)"
        let regex = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            func group(_ i: Int) -> String? {
                let r = match.range(at: i)
                return r.location == NSNotFound ? nil : ns.substring(with: r)
            }
            func decimal(_ s: String) -> Decimal { Decimal(string: s.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX"))! }
            if let month = group(1), let day = group(2), let year = group(3) {
                found.append(.date("\(month) \(day), \(year)"))
            } else if let time = group(4) {
                found.append(.time(time))
            } else if let month = group(5), let year = group(6) {
                found.append(.month("\(month) \(year)"))
            } else if let amount = group(8) {
                found.append(.money(group(7) == "-" ? -decimal(amount) : decimal(amount)))
            } else if let number = group(9) {
                found.append(group(10) == "%" ? .percent(decimal(number)) : .number(decimal(number)))
            }
        }
        return found
    }

    /// Figures in `text` that the engine did not report.
    static func strangers(in text: String, _ engine: EngineFigures) -> [Figure] {
        figures(in: text, removing: engine.names).filter { figure in
            switch figure {
            case .money(let v): !engine.money.contains(v)
            // A chance of running over is printed to one decimal ("12.3%", "<0.1%", ">99.9%"):
            // it must lie within a tenth of a point of a probability the simulation reported.
            case .percent(let v): !engine.shares.contains(v / 100)
                && !engine.probabilities.contains { abs($0 * 100 - v) < Decimal(string: "0.1")! }
            case .number(let v): !engine.numbers.contains(v)
            case .month(let m): !engine.months.map(\.monthAndYear).contains(m)
            case .time(let t): !engine.times.contains(t)
            case .date(let d): !engine.dates.map { "\(YearMonth.monthNames[$0.month - 1]) \($0.day), \($0.year)" }.contains(d)
            }
        }
    }
}

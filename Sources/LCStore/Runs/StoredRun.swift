import Foundation
import LCModel

/// Which command recorded a run.
public enum RunCommand: String, Sendable {
    case project, report
}

/// A run as the store keeps it: the scenario's text and hash, when and by what, and every
/// projected line and derived figure, so a past report can be reproduced and two runs compared.
public struct StoredRun: Sendable, Equatable {
    public var id: Int64
    public var scenario: String
    public var command: RunCommand
    /// UTC, ISO 8601 (`SOURCE_DATE_EPOCH` when set).
    public var recordedAt: String
    public var toolVersion, sourceFile, sourceText, sourceSHA256, start: String
    public var years: Int
    public var lines: [StoredLine]
    /// Named figures (`total`, `presentValue`, `categoryTotals.food`, `funding.y1.gap`, …); nil = null.
    public var figures: [StoredFigure]
    public var advisories: [StoredAdvisory]

    public func figure(_ name: String) -> Money? { figures.first { $0.name == name }?.amount }
}

public struct StoredLine: Sendable, Equatable {
    public var period: Int
    public var periodLabel, category, item, key: String
    public var amount: Money

    public init(period: Int, periodLabel: String, category: String, item: String, key: String, amount: Money) {
        (self.period, self.periodLabel, self.category, self.item, self.key, self.amount) = (period, periodLabel, category, item, key, amount)
    }

    /// The lines of a projection in the order they are stored (every line, zero lines included).
    public static func lines(of projection: Projection) -> [StoredLine] {
        var lines: [StoredLine] = []
        lines.reserveCapacity(projection.periods.reduce(0) { $0 + $1.lines.count })
        for period in projection.periods {
            // Each line read in place, not copied out whole (its exact fraction and basis
            // included) to keep five of its fields: `batch` does this for every scenario.
            for index in period.lines.indices {
                lines.append(StoredLine(period: period.index, periodLabel: period.label, category: period.lines[index].category.rawValue,
                                        item: period.lines[index].item, key: period.lines[index].key, amount: period.lines[index].amount))
            }
        }
        return lines
    }
}

public struct StoredFigure: Sendable, Equatable {
    public var name: String
    public var amount: Money?

    /// The derived figures of a projection, by name, as the run records them.
    public static func figures(of p: Projection) -> [StoredFigure] {
        var figures: [StoredFigure] = [
            StoredFigure(name: "total", amount: p.total),
            StoredFigure(name: "presentValue", amount: p.presentValue),
            StoredFigure(name: "perParticipantYear", amount: p.perParticipantYear),
            StoredFigure(name: "perStudentReached", amount: p.perStudentReached),
        ]
        figures += p.periods.map { StoredFigure(name: "periods.\($0.index).total", amount: $0.total) }
        figures += p.categoryTotals.map { StoredFigure(name: "categoryTotals.\($0.0.rawValue)", amount: $0.1) }
        if p.scenario.funding != nil {
            for year in p.funding {
                figures.append(StoredFigure(name: "funding.y\(year.year).funded", amount: year.funded))
                figures.append(StoredFigure(name: "funding.y\(year.year).gap", amount: year.gap))
            }
        }
        return figures
    }
}

public struct StoredAdvisory: Sendable, Equatable {
    public var code, severity, message: String
}

/// One row of `lcbudget runs`.
public struct RunSummary: Sendable, Equatable {
    public var id: Int64
    public var scenario: String
    public var command: RunCommand
    public var recordedAt, toolVersion, sourceFile, sourceSHA256: String
    public var total: Money
    /// The report set (`ReportSet.setID`) the run published, for `report` and `batch` runs.
    public var outputSet: String? = nil
}

import Foundation
import LCModel

/// `lcbudget simulate FILE --format json`: the simulation summary with money as exact cents
/// literals and probabilities to six decimals, so output is byte-identical run to run.
public enum SimulationJSON {
    public static func document(_ s: SimulationSummary) -> JSONValue {
        .object([
            ("scenario", .string(s.scenario)),
            ("draws", .int(s.draws)),
            ("seed", .number(String(s.seed))),
            ("arithmetic", .string(SimulationSummary.arithmeticNote)),
            ("percentiles", .string(SimulationSummary.percentileRule)),
            ("reproducesBase", .bool(s.reproducesBase)),
            ("inputs", .array(s.inputs.map { input in
                .object([("input", .string(input.path)), ("distribution", .string(input.distribution.name)),
                         ("parameters", .object(input.distribution.parameters.map { ($0.name, .string($0.value)) })),
                         ("integer", .bool(input.isInteger)),
                         ("alsoDrives", .array(input.followers.map { .string($0) }))])
            })),
            ("years", .array(s.years.map(figure))),
            ("total", figure(s.total)),
            ("histogram", .array(s.histogram.map { bin in
                .object([("lower", .money(bin.lower)), ("upper", .money(bin.upper)), ("draws", .int(bin.count))])
            })),
            ("tornado", .array(s.tornado.map { bar in
                .object([("input", .string(bar.input)), ("base", .number(bar.baseValue.plainText)),
                         ("low", .number(bar.lowValue.plainText)), ("high", .number(bar.highValue.plainText)),
                         ("totalAtLow", .money(bar.totalAtLow)), ("totalAtHigh", .money(bar.totalAtHigh)),
                         ("swing", .money(bar.swing))])
            })),
        ])
    }

    public static func render(_ s: SimulationSummary) -> String { document(s).rendered() + "\n" }

    static func figure(_ f: SimulatedFigure) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let year = f.year { pairs.append(("year", .int(year))) }
        pairs += [
            ("label", .string(f.label)), ("base", .money(f.base)),
            ("mean", .money(f.stats.mean)), ("p10", .money(f.stats.p10)), ("p50", .money(f.stats.p50)),
            ("p90", .money(f.stats.p90)), ("min", .money(f.stats.min)), ("max", .money(f.stats.max)),
            ("funded", .money(f.funded)),
            ("drawsOverFunding", f.drawsOverFunding.map { .int($0) } ?? .null),
            ("probabilityOverFunding", f.probabilityOverFunding.map { .number(String(format: "%.6f", $0)) } ?? .null),
        ]
        return .object(pairs)
    }
}

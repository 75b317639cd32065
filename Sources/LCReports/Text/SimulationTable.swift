import Foundation
import LCModel

/// The terminal view of a Monte Carlo run: inputs, percentiles per year and in total, the chance
/// of exceeding funding, and the tornado.
public enum SimulationTable {
    public static func render(_ s: SimulationSummary) -> String {
        var out = "\(s.scenario)\n"
        out += "Monte Carlo: \(grouped(s.draws)) draws, seed \(s.seed). \(SimulationSummary.arithmeticNote)\n"
        if !s.reproducesBase {
            out += "Note: at base values one or more simulated lines differ from the exact projection by a cent.\n"
        }
        out += "\nUncertain inputs\n"
        let width = s.inputs.map(\.path.count).max() ?? 0
        for input in s.inputs {
            var line = "  " + input.path.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + input.distribution.summary
            if !input.followers.isEmpty { line += "; also drives \(input.followers.joined(separator: ", ")) (left at its default)" }
            out += line + "\n"
        }

        let hasFunding = s.total.funded != nil
        var header = ["", "Base (exact)", "Mean", "P10", "P50", "P90", "Min", "Max"]
        if hasFunding { header += ["Funded", "P(over funding)"] }
        let rows = (s.years + [s.total]).map { figure -> [String] in
            let st = figure.stats
            var row = [figure.label, figure.base.formatted(), st.mean.formatted(), st.p10.formatted(), st.p50.formatted(),
                       st.p90.formatted(), st.min.formatted(), st.max.formatted()]
            if hasFunding {
                row += [figure.funded?.formatted() ?? "", figure.probabilityOverFunding.map(percent) ?? ""]
            }
            return row
        }
        out += "\n" + TextTable(header: header, rows: Array(rows.dropLast()), footer: rows.last).render()
        if !hasFunding { out += "No funding listed: add funding: to see the chance of running over.\n" }
        out += "Percentiles are nearest-rank over the draws; P(over funding) is the share of draws whose cost exceeds the funding.\n"

        out += "\nOne-way sensitivity (tornado): exact total with one input at its P10 / P90, the rest at base\n"
        let tornadoRows = s.tornado.map { bar in
            [bar.input, bar.baseValue.plainText, bar.lowValue.plainText, bar.highValue.plainText,
             bar.totalAtLow.formatted(), bar.totalAtHigh.formatted(), bar.swing.formatted()]
        }
        out += TextTable(header: ["Input", "Base", "P10", "P90", "Total at P10", "Total at P90", "Swing"],
                         rows: tornadoRows, footer: nil).render()
        return out
    }

    /// 12.3% (one decimal; "<0.1%" rather than a misleading 0.0% when some draws ran over).
    static func percent(_ p: Double) -> String {
        if p > 0 && p < 0.0005 { return "<0.1%" }
        if p < 1 && p > 0.9995 { return ">99.9%" }
        return String(format: "%.1f%%", p * 100)
    }

    static func grouped(_ n: Int) -> String { Money.grouped(UInt64(n)) }
}

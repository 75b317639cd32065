import Foundation
import LCModel
import XlsxWriter

/// Formulas built from the projection's own arithmetic (`Basis`, `Factor`, `Term`), never
/// from figures: the workbook repeats the engine's rules over named assumptions.
///
/// - product: `=ROUND(f1*f2*…,2)` (Excel's ROUND is half away from zero, like the engine);
/// - share of lines (fringe): `=ROUND(rate*(C5+C6),2)` over the same period's line cells;
/// - indirect: `=ROUND(rate*C30,2)` on total direct, or `=ROUND(rate*(C30-C8-C14),2)` on
///   modified total direct costs (direct less the participant-support subtotals).
extension BudgetWorkbook.Writer {
    /// The formula of `line` in the period whose Budget column is `column`.
    func formula(for line: LineItem, column: Int) throws -> String {
        switch line.basis {
        case .product(let factors):
            let parts = try factors.map { try term($0.term, line: line) }
            return "=ROUND(\(parts.isEmpty ? "0" : parts.joined(separator: "*")),2)"
        case .shareOf(let rate, let keys):
            let cells = try keys.map { key -> String in
                guard let row = budget.lineRows[key] else { throw BudgetWorkbookError.unknownLine(key, referencedBy: line.key) }
                return CellAddress(row: row, column: column).a1
            }
            let base = cells.isEmpty ? "0" : "(" + cells.joined(separator: "+") + ")"
            return "=ROUND(\(try term(rate.term, line: line))*\(base),2)"
        case .indirect(let rate, _, let excluded):
            var base = CellAddress(row: budget.directTotalRow, column: column).a1
            let less = excluded.compactMap { budget.subtotalRows[$0] }.map { CellAddress(row: $0, column: column).a1 }
            if !less.isEmpty { base = "(" + ([base] + less).joined(separator: "-") + ")" }
            return "=ROUND(\(try term(rate.term, line: line))*\(base),2)"
        }
    }

    /// One term over defined names: `StipendHourlyRate`, `(ParticipantsYear1-LeadersYear1)`,
    /// `(1+CompensationEscalation)^1`, `ROUNDUP(ParticipantsYear1/CoachingGroupSize,0)`.
    func term(_ term: Term, line: LineItem) throws -> String {
        switch term {
        case .input(let key):
            return try name(key, line: line)
        case .difference(let a, let b):
            return "(\(try self.term(a, line: line))-\(try self.term(b, line: line)))"
        case .sum(let a, let b):
            return "(\(try self.term(a, line: line))+\(try self.term(b, line: line)))"
        case .growth(let key, let exponent):
            return "(1+\(try name(key, line: line)))^\(exponent)"
        case .ceilRatio(let a, let b):
            return "ROUNDUP(\(try self.term(a, line: line))/\(try self.term(b, line: line)),0)"
        case .ratio(let a, let divisor):
            return "(\(try self.term(a, line: line))/\(divisor.plainText))"
        case .constant(let value):
            return value < 0 ? "(\(value.plainText))" : value.plainText
        }
    }

    func name(_ key: String, line: LineItem) throws -> String {
        guard let name = assumptions.names[key] else { throw BudgetWorkbookError.unknownInput(key, line: line.key) }
        return name
    }

    /// The defined name of an input the workbook itself needs (discount rate, cohort counts).
    func name(_ key: String) throws -> String {
        guard let name = assumptions.names[key] else { throw BudgetWorkbookError.unknownInput(key, line: "summary") }
        return name
    }
}

import Foundation
import LCModel

/// `lcbudget stipends --format table`: one row per educator, totals, and the reconciliation.
public enum StipendsTable {
    public static func render(_ ledger: StipendLedger) -> String {
        var out = "\(ledger.scenario)\nStipends owed from attendance (paid: meetings, planning and other; coaching unpaid; "
        out += "every attended hour counts toward credentials)\n\n"
        let header = ["Educator", "Role"] + Activity.allCases.map(\.title) + ["Total h", "Paid h", "Owed", "Credential h"]
        let rows = ledger.educators.map { e in
            [e.name, e.roles.map(\.rawValue).joined(separator: ", ")] + Activity.allCases.map { e.hours($0).plainText }
                + [e.totalHours.plainText, e.paidHours.plainText, e.owed.formatted(), e.credentialHours.plainText]
        }
        let footer = ["Total", ""] + Activity.allCases.map { ledger.hours($0).plainText }
            + [ledger.totalHours.plainText, ledger.paidHours.plainText, ledger.totalOwed.formatted(), ledger.credentialHours.plainText]
        out += TextTable(header: header, rows: rows, footer: footer).render()
        out += "\n\(ledger.educators.count) educators, \(ledger.rowCount) attendance rows, \(ledger.rowHours.plainText) hours: "
        out += ledger.reconciles ? "the totals reconcile with the attendance rows.\n" : "THE TOTALS DO NOT RECONCILE with the attendance rows.\n"
        if ledger.unpricedRows > 0 {
            out += "\(ledger.unpricedRows) rows are dated outside the project's periods: counted as credential hours, not paid.\n"
        }
        return out
    }
}

/// `lcbudget stipends --format csv`: one row per educator (no total row, so payroll can import it).
public enum StipendsCSV {
    public static let header = ["educator", "roles", "meeting_hours", "coaching_hours", "planning_hours", "other_hours",
                                "total_hours", "paid_hours", "owed", "credential_hours"]

    public static func render(_ ledger: StipendLedger) -> String {
        var out = CSVField.row(header)
        for e in ledger.educators {
            out += CSVField.row([CSVField.text(e.name), e.roles.map(\.rawValue).joined(separator: " ")]
                + Activity.allCases.map { e.hours($0).plainText }
                + [e.totalHours.plainText, e.paidHours.plainText, e.owed.plain, e.credentialHours.plainText])
        }
        return out
    }
}

/// `lcbudget stipends --format json`.
public enum StipendsJSON {
    public static func render(_ ledger: StipendLedger) -> String {
        func hours(_ value: Decimal) -> JSONValue { .number(value.plainText) }
        func byActivity(_ f: (Activity) -> Decimal) -> JSONValue {
            .object(Activity.allCases.map { ($0.rawValue, hours(f($0))) })
        }
        let value: JSONValue = .object([
            ("scenario", .string(ledger.scenario)),
            ("educators", .array(ledger.educators.map { e in
                .object([
                    ("educator", .string(e.name)),
                    ("roles", .array(e.roles.map { .string($0.rawValue) })),
                    ("hours", byActivity(e.hours)),
                    ("totalHours", hours(e.totalHours)), ("paidHours", hours(e.paidHours)),
                    ("owed", .money(e.owed)), ("credentialHours", hours(e.credentialHours)),
                    ("rows", .int(e.rows)),
                ])
            })),
            ("totals", .object([
                ("hours", byActivity(ledger.hours)),
                ("totalHours", hours(ledger.totalHours)), ("paidHours", hours(ledger.paidHours)),
                ("owed", .money(ledger.totalOwed)), ("credentialHours", hours(ledger.credentialHours)),
            ])),
            ("attendanceRows", .int(ledger.rowCount)),
            ("attendanceHours", hours(ledger.rowHours)),
            ("unpricedRows", .int(ledger.unpricedRows)),
            ("reconciles", .bool(ledger.reconciles)),
        ])
        return value.rendered() + "\n"
    }
}

import Foundation
import Testing
@testable import LCModel

/// Stipends $50/h, leaders $65/h, compensation escalation 3% (year 2: $51.50 and $66.95),
/// planning on-ramp 2 months before a 2027-09 start (2027-07-01..2027-08-31) at $40/h.
func stipendScenario() -> Scenario {
    var s = Scenario(name: "Ledger", goal: .studentIdentity, start: YearMonth(year: 2027, month: 9), years: 2,
                     cohort: Cohort(participants: 10, leaders: 1), meetings: Meetings(perYear: 10))
    s.stipends = Stipends(hourlyRate: 50, hoursPerMonth: 4, leaderHourlyRate: 65)
    s.escalation = Escalation(compensation: Decimal(string: "0.03")!)
    s.planning = Planning(onrampMonths: 2, teamSize: 2, hoursPerMonth: 3, hourlyRate: 40)
    return s
}

@Suite struct StipendLedgerTests {
    func row(_ name: String, _ role: EducatorRole, _ date: String, _ activity: Activity, _ hours: String) -> AttendanceRecord {
        AttendanceRecord(educator: name, role: role, date: CivilDate(iso: date)!, activity: activity,
                         hours: Decimal(string: hours)!)
    }

    var rows: [AttendanceRecord] {
        [
            row("Ana", .participant, "2027-09-15", .meeting, "2"),       // 2 × 50 = 100.00
            row("Ana", .participant, "2027-09-25", .coaching, "0.75"),   // unpaid
            row("Ana", .participant, "2028-09-14", .meeting, "2"),       // 2 × 51.50 = 103.00
            row("Ben", .leader, "2027-07-10", .planning, "3"),           // on-ramp: 3 × 40 = 120.00
            row("Ben", .leader, "2027-10-01", .meeting, "2.5"),          // 2.5 × 65 = 162.50
            row("Ben", .leader, "2028-10-01", .other, "1"),              // 1 × 66.95 = 66.95
            row("Cy", .participant, "2027-10-01", .meeting, "1"),        // 50.00
            row("Cy", .participant, "2027-10-02", .meeting, "0.0001"),   // 0.005 exactly
            row("Cy", .participant, "2027-10-03", .meeting, "0.0001"),   // 0.005: together 0.01, rounded once
            row("Dee", .participant, "2030-01-01", .meeting, "2"),       // outside every period: not paid
        ]
    }

    @Test func handComputedAmounts() {
        let ledger = StipendLedger.compute(scenario: stipendScenario(), attendance: rows)
        #expect(ledger.educators.map(\.name) == ["Ana", "Ben", "Cy", "Dee"])
        let ana = ledger.educators[0], ben = ledger.educators[1], cy = ledger.educators[2], dee = ledger.educators[3]
        #expect(ana.owed == Money(cents: 20_300))
        #expect(ana.paidHours == 4)
        #expect(ana.hours(.coaching) == Decimal(string: "0.75"))
        #expect(ana.credentialHours == Decimal(string: "4.75"))
        #expect(ben.owed == Money(cents: 34_945))
        #expect(ben.roles == [.leader])
        #expect(ben.hours(.planning) == 3 && ben.hours(.other) == 1)
        #expect(cy.owed == Money(cents: 5_001))   // per-row rounding would give 50.02
        #expect(dee.owed == .zero)
        #expect(dee.credentialHours == 2)
        #expect(ledger.unpricedRows == 1)
        #expect(ledger.totalOwed == Money(cents: 20_300 + 34_945 + 5_001))
        #expect(ledger.rowCount == 10)
        #expect(ledger.rowHours == Decimal(string: "14.2502"))
        #expect(ledger.reconciles)
    }

    @Test func ratesByPeriodAndRole() {
        let s = stipendScenario()
        #expect(StipendLedger.rate(s, role: .participant, period: 1) == 50)
        #expect(StipendLedger.rate(s, role: .leader, period: 2) == Decimal(string: "66.95"))
        #expect(StipendLedger.rate(s, role: .leader, period: 0) == 40)
        var none = s
        none.stipends = nil
        #expect(StipendLedger.rate(none, role: .participant, period: 1) == 0)
    }

    @Test func roleChangesAreKeptPerRow() {
        let ledger = StipendLedger.compute(scenario: stipendScenario(), attendance: [
            row("Eve", .participant, "2027-09-15", .meeting, "2"),   // 100.00
            row("Eve", .leader, "2028-09-15", .meeting, "2"),        // 2 × 66.95 = 133.90
        ])
        #expect(ledger.educators[0].roles == [.participant, .leader])
        #expect(ledger.educators[0].owed == Money(cents: 23_390))
    }
}

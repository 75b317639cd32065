import Foundation
import Testing
@testable import LCModel

/// Every figure of the spec's worked-example table, to the cent.
/// The same check runs on the YAML file (LCLoaderTests) and on the binary's JSON (EndToEndTests).
enum WorkedExample {
    static let planningLines = ["planning.onramp": "4500.00", "planning.fringe": "630.00"]
    static let year1Lines = [
        "stipends.participants": "42000.00", "stipends.leaders": "11700.00", "stipends.fringe": "7518.00",
    ]
    static let year1Categories: [CostCategory: String] = [
        .stipends: "61218.00", .buyouts: "140400.00", .substitutes: "8568.00", .food: "3900.00",
        .childcare: "3000.00", .kits: "2880.00", .coaching: "14400.00", .credentials: "1800.00",
        .other: "8000.00", .indirect: "24416.60",
    ]

    static func verify(_ p: Projection) {
        #expect(p.planning.total == m("5130.00"))
        for (key, amount) in planningLines { #expect(p.amount(key, period: 0) == m(amount), "\(key)") }
        #expect(p.periods[1].total == m("268582.60"))
        for (key, amount) in year1Lines { #expect(p.amount(key, period: 1) == m(amount), "\(key)") }
        for (category, amount) in year1Categories {
            #expect(p.periods[1].total(of: category) == m(amount), "\(category)")
        }
        #expect(p.periods[2].total == m("274096.99"))
        #expect(p.total == m("547809.59"))
        #expect(p.categoryTotal(.indirect) == m("49334.51"))
        #expect(p.presentValue == m("539826.18"))
        #expect(p.perParticipantYear == m("11305.82"))
        #expect(p.perStudentReached == m("190.21"))
        #expect(p.funding.map(\.gap) == [m("58582.60"), m("64096.99")])
        #expect(p.codes == [.fundingGap])
    }
}

@Suite struct WorkedExampleModelTests {
    @Test func riversideBuiltInCodeProjectsToThePublishedFigures() {
        WorkedExample.verify(Projector.project(Fixtures.riverside()))
    }
}

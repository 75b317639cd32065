import Foundation
import Testing
@testable import LCModel

@Suite struct ConstantDollarsTests {
    /// Year 2 of the worked example in Year-1 dollars: every compensation line ÷ 1.03 and goods
    /// line ÷ 1.025 gives back year 1's line, except kits (738 ÷ 1.025 = 720, the refresh);
    /// the direct total is 244,166 − 2,880 + 720 = 242,006 and indirect 10% of it, 24,200.60.
    @Test func workedExample() {
        let p = Projector.project(FundingFixtures.riverside())
        let cd = ConstantDollars(p)
        #expect(cd.periods.map(\.constant) == [cents("5130"), cents("268582.60"), cents("266206.60")])
        #expect(cd.lines[2]?["stipends.fringe"] == cents("7518"))
        #expect(cd.lines[2]?["kits.kits"] == cents("720"))
        #expect(cd.lines[2]?["indirect.indirect"] == cents("24200.60"))
        // Present value: 274,096.99 / 1.03 = 266,113.58; the periods sum to the spec's figure.
        #expect(cd.periods[2].presentValue == cents("266113.58"))
        #expect(cd.presentValue == p.presentValue)
        #expect(cd.nominal == p.total)
    }

    @Test func presentValueSplitsExactlyAndNoEscalationMeansNoChange() {
        var g = FundingFixtures.Generator(state: 5)
        for _ in 0..<200 {
            var s = FundingFixtures.generated(&g)
            let p = Projector.project(s)
            #expect(ConstantDollars(p).presentValue == p.presentValue)
            s.escalation = Escalation()
            let flat = Projector.project(s)
            #expect(ConstantDollars(flat).constant == flat.total)
        }
    }
}

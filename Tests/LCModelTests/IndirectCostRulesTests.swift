import Foundation
import Testing
@testable import LCModel

@Suite struct IndirectCostRulesTests {
    func codes(_ s: Scenario) -> [Advisory.Code] { Projector.project(s).advisories.map(\.code) }

    @Test func workedExampleKeepsExactlyOneAdvisory() {
        #expect(codes(FundingFixtures.riverside()) == [.fundingGap])
    }

    @Test func edTrainingCap() {
        var s = FundingFixtures.riverside()
        s.fundingTerms.indirectProgram = .edTraining
        s.indirect = Indirect(rate: Decimal(string: "0.08")!, base: .totalDirect)
        #expect(!codes(s).contains(.indirectEdTrainingCap))
        s.indirect!.rate = Decimal(string: "0.0801")!
        #expect(codes(s).contains(.indirectEdTrainingCap))
    }

    @Test func deMinimisCeilingDependsOnAwardDate() {
        var s = FundingFixtures.riverside()
        s.fundingTerms.deMinimis = true
        s.indirect = Indirect(rate: Decimal(string: "0.15")!, base: .totalDirect)
        #expect(!codes(s).contains(.indirectDeMinimisAboveLimit))                 // no date: 15% allowed
        s.fundingTerms.awardDate = CivilDate(year: 2024, month: 10, day: 1)
        #expect(!codes(s).contains(.indirectDeMinimisAboveLimit))                 // on the revision day
        s.fundingTerms.awardDate = CivilDate(year: 2024, month: 9, day: 30)
        #expect(codes(s).contains(.indirectDeMinimisAboveLimit))                  // before: 10%
        s.indirect!.rate = Decimal(string: "0.10")!
        #expect(!codes(s).contains(.indirectDeMinimisAboveLimit))
        s.fundingTerms.awardDate = nil
        s.indirect!.rate = Decimal(string: "0.1501")!
        #expect(codes(s).contains(.indirectDeMinimisAboveLimit))
    }

    @Test func mtdcWithEmployeesOnFederalAwards() {
        var s = FundingFixtures.riverside()
        s.fundingTerms.sources = [SourceTerms(), SourceTerms(federal: true)]
        #expect(codes(s).contains(.indirectMTDCExcludesNothing))
        s.cohort.employees = false
        #expect(!codes(s).contains(.indirectMTDCExcludesNothing))
        s.cohort.employees = true
        s.indirect!.base = .totalDirect
        #expect(!codes(s).contains(.indirectMTDCExcludesNothing))
    }

    @Test func datesParseStrictly() {
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2023-02-29") == nil)
        #expect(CivilDate(iso: "2024-13-01") == nil)
        #expect(CivilDate(iso: "2024-1-01") == nil)
    }
}

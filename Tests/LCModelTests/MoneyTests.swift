import Foundation
import Testing
@testable import LCModel

@Suite struct MoneyTests {
    @Test func roundsHalfAwayFromZeroAtTheHalfCent() {
        #expect(d("0.005").roundedToCents() == 1)
        #expect(d("-0.005").roundedToCents() == -1)
        #expect(d("2.675").roundedToCents() == 268)
        #expect(d("-2.675").roundedToCents() == -268)
        #expect(d("0.0049999999999").roundedToCents() == 0)
        #expect(d("1234567890123.455").roundedToCents() == 123_456_789_012_346)
    }

    @Test func plainAndFormattedText() {
        #expect(Money(cents: 54_780_959).plain == "547809.59")
        #expect(Money(cents: -5).plain == "-0.05")
        #expect(Money(cents: 54_780_959).formatted() == "$547,809.59")
        #expect(Money(cents: -123_450).formatted() == "-$1,234.50")
        #expect(Money(cents: 123_450).formatted(cents: false) == "$1,235")
    }

    @Test func exactDecimalLiteralsOnly() {
        #expect(Decimal(exactly: "50.00") == 50)
        #expect(Decimal(exactly: "-0.1") == d("-0.1"))
        #expect(Decimal(exactly: ".5") == d("0.5"))
        #expect(Decimal(exactly: "+5") == 5)
        // Foundation alone would read a prefix of these (1.2, 1, 0, 0); they must be refused.
        for bad in ["1.2.3", "1-2", "--1", "-", ".", "1..2", "2.5e3", "", "0x10", "1,000", "٣"] {
            #expect(Decimal(exactly: bad) == nil, "\(bad) must be refused")
        }
    }
}

import Foundation
import TestSupport
import Testing
@testable import LCLoader
import LCModel

/// CSV amounts and hours are bounded, and a number too large says so (not "not a number").
@Suite struct CSVLimitTests {
    static func actualsErrors(_ amount: String) -> [String] {
        importErrors {
            _ = try ActualsCSV.parse("date,category,item,amount,payer,memo\n2027-09-14,food,Dinner,\(amount),Deli,\n",
                                     file: "a.csv", calendar: importCalendar())
        }
    }

    @Test func theLargestAmountEitherWayIsAccepted() throws {
        for amount in ["1000000000", "\"$1,000,000,000.00\"", "-1000000000.00"] {
            #expect(Self.actualsErrors(amount) == [], "\(amount)")
        }
    }

    @Test(arguments: ["92233720368547758.07", "1000000000.01", "$1,000,000,001", "99999999999999999999999999999999"])
    func amountsPastTheMaximumAreRefusedAsLarger(amount: String) {
        #expect(Self.actualsErrors(amount.contains(",") ? "\"\(amount)\"" : amount)
                == ["a.csv:2:24: error: amount '\(amount)' is larger than the maximum $1,000,000,000.00 for one row"])
    }

    @Test func hugeRefundsAndTooManyDecimalsSayWhatIsWrong() {
        #expect(Self.actualsErrors("-92233720368547758.07")
                == ["a.csv:2:24: error: amount '-92233720368547758.07' is a refund larger than the maximum $1,000,000,000.00 for one row"])
        #expect(Self.actualsErrors("10.005")
                == ["a.csv:2:24: error: amount '10.005' has more than two decimals; write whole cents (e.g. 1234.50)"])
        #expect(Self.actualsErrors("1e9") == ["a.csv:2:24: error: amount '1e9' is not a number of dollars (e.g. 1234.50)"])
    }

    @Test func hoursTooLongToReadAreMoreThanADay() {
        let errors = importErrors {
            _ = try AttendanceCSV.parse("educator,role,date,activity,hours\nAna,participant,2027-09-14,meeting,100000000000000000000000\n",
                                        file: "t.csv", calendar: importCalendar())
        }
        #expect(errors.count == 1 && errors[0].hasSuffix("error: hours 100000000000000000000000 is more than 24 in one row; split it by day"))
    }
}

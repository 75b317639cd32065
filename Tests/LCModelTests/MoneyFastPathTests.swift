import Foundation
import TestSupport
import Testing
@testable import LCModel

/// The quick paths of exact money (`Money.decimal`, `Decimal(exactly:)`) give the same value AND
/// the same representation (exponent and significand digits) as the Foundation operations they
/// replace, so every later Decimal operation behaves exactly as before.
@Suite struct MoneyFastPathTests {
    /// Exponent, significand digits, sign and value: what distinguishes two Decimal representations.
    func representation(_ value: Decimal) -> String { "\(value.exponent) \(value.significand) \(value.sign) \(value)" }

    @Test func decimalOfCentsIsTheDivisionByAHundred() {
        var rng = SplitMix(seed: 11)
        let special: [Int64] = [0, 1, -1, 10, 100, -100, 1200, 120_000, 99, 101, 5, -5, 1_000_000_000_000,
                                -987_654_321_012, 1 << 52, -(1 << 52)]
        for cents in special + (0..<20_000).map({ _ in Int64(bitPattern: rng.next()) % 10_000_000_000_000 }) {
            let money = Money(cents: cents)
            #expect(representation(money.decimal) == representation(Decimal(cents) / 100), "\(cents)")
        }
    }

    @Test func plainLiteralsParseAsFoundationDoes() {
        let texts = ["50.00", "0.5", ".5", "-0.1", "72000", "0.0300", "007", "2.5", "120", "1234567.89", "+3", "10.",
                     "-12.500", "999999999999999999", "0.00000000000000001", "65.00", "0.14",
                     "0", "0.00", "-0", "1234567890123456789", "0.000000000000000001"]
        for text in texts {
            let slow = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
            #expect(Decimal(exactly: text).map(representation) == representation(slow), "\(text)")
            #expect(Exact(text) == Exact(slow), "\(text)")
        }
        #expect(Decimal(exactly: "0.00") == 0 && Decimal(exactly: "1234567890123456789") != nil)
        #expect(Decimal(exactly: "1e3") == nil && Decimal(exactly: "1.2.3") == nil)
        // More than 30 digits is refused (a limit of the scenario format, not of `Exact`).
        #expect(Decimal(exactly: String(repeating: "1", count: 31)) == nil && Exact(String(repeating: "1", count: 31)) != nil)
    }
}

/// SplitMix64, seeded, for repeatable samples (TestSupport's).
private typealias SplitMix = SplitMix64

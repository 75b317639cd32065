import Foundation
import Testing
@testable import LCModel

/// `Decimal.centsByDigits` (the integer rounding `roundedToCents` now takes) gives exactly the
/// cents Foundation's `NSDecimalRound` gives, on the products the projector forms.
@Suite struct CentsFastPathTests {
    static func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    /// A factor like the projector's: counts, hours, rates with cents, shares, escalation
    /// (negative too), and minutes over 60 (a division that is often not exact).
    static func factor(_ rng: inout SeededGenerator) -> Decimal {
        switch Int.random(in: 0..<7, using: &rng) {
        case 0: return Decimal(Int.random(in: 0...400, using: &rng))
        case 1: return Decimal(sign: .plus, exponent: -2, significand: Decimal(Int.random(in: 1...9_999, using: &rng)))
        case 2: return Decimal(sign: .plus, exponent: -2, significand: Decimal(Int.random(in: 1...2_000_000, using: &rng)))
        case 3: return Decimal(sign: .plus, exponent: -4, significand: Decimal(Int.random(in: 0...10_000, using: &rng)))
        case 4:
            let rate = Decimal(sign: .plus, exponent: -4, significand: Decimal(Int.random(in: -900...1_200, using: &rng)))
            return Decimal.power(1 + rate, Int.random(in: 0...4, using: &rng))
        case 5: return Decimal(Int.random(in: 1...240, using: &rng)) / 60
        default: return Decimal(sign: .plus, exponent: -1, significand: Decimal(Int.random(in: 1...100, using: &rng)))
        }
    }

    @Test func randomFactorProductsRoundAsFoundationDoes() {
        #expect(Decimal.digitsLayoutHolds, "the digits are read from the bytes on this platform")
        var rng = SeededGenerator(seed: 20_261_130)
        var fast = 0, fallback = 0, halves = 0
        for _ in 0..<30_000 {
            var product = Decimal(1)
            for _ in 0..<Int.random(in: 1...6, using: &rng) { product *= Self.factor(&rng) }
            if Bool.random(using: &rng) { product = -product }
            let expected = product.roundedToCentsByFoundation()
            #expect(product.roundedToCents() == expected, "\(product)")
            if let cents = product.centsByDigits() {
                #expect(cents == expected, "\(product)")
                fast += 1
                // Exactly half a cent past a whole cent: the rounding rule itself is exercised.
                var mills = product * 1000
                var whole = Decimal()
                NSDecimalRound(&whole, &mills, 0, .down)
                if whole == mills, (whole / 10).description.hasSuffix(".5") { halves += 1 }
            } else {
                fallback += 1
            }
        }
        // Neither path is vacuous: most products take the digits, divisions by 60 often do not.
        #expect(fast > 15_000)
        #expect(fallback > 500)
        #expect(halves > 50)
    }

    @Test func halfCentBoundariesRoundAwayFromZero() {
        let cases: [(String, Int64)] = [
            ("0.005", 1), ("-0.005", -1), ("0.0049999", 0), ("-0.0049999", 0), ("0.0050001", 1),
            ("12.345", 1235), ("-12.345", -1235), ("12.335", 1234), ("1.995", 200), ("-1.995", -200),
            ("0", 0), ("-0", 0), ("100", 10_000), ("-92233720368547.75", -9_223_372_036_854_775),
            ("0.000000000000000000005", 0), ("1e3", 100_000),
        ]
        for (text, cents) in cases {
            let value = Self.decimal(text)
            #expect(value.roundedToCents() == cents, "\(text)")
            #expect(value.roundedToCentsByFoundation() == cents, "\(text)")
        }
        // Too many digits for 64 bits: the digits path declines, Foundation answers.
        let wide = Self.decimal("123456789012345678901234.565")
        #expect(wide.centsByDigits() == nil)
        #expect(wide.roundedToCents() == wide.roundedToCentsByFoundation())
    }

    @Test func everyHalfCentOfARangeMatches() {
        // n.nn5 for every n.nn from -20.00 to 20.00, both signs: the .005 boundary throughout.
        for thousandths in stride(from: -20_005, through: 20_005, by: 10) {
            let value = Decimal(sign: thousandths < 0 ? .minus : .plus, exponent: -3, significand: Decimal(abs(thousandths)))
            #expect(value.centsByDigits() == value.roundedToCentsByFoundation(), "\(value)")
        }
    }
}

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

/// `Decimal.exactProduct` (the projector's line products) equals Foundation's multiplication
/// in value and in rounded cents.
@Suite struct ExactProductTests {
    @Test func randomFactorListsMatchFoundation() {
        var rng = SeededGenerator(seed: 7_2026)
        var byDigits = 0, byFoundation = 0, negatives = 0
        for _ in 0..<30_000 {
            var values = (0..<Int.random(in: 0...7, using: &rng)).map { _ in CentsFastPathTests.factor(&rng) }
            if Int.random(in: 0..<5, using: &rng) == 0, !values.isEmpty {
                values[0] = -values[0]    // a negative factor (a credit) somewhere
                negatives += 1
            }
            var expected = Decimal(1)
            for value in values { expected *= value }
            let product = Decimal.exactProduct(values)
            #expect(product == expected, "\(values)")
            #expect(product.roundedToCents() == expected.roundedToCentsByFoundation(), "\(values)")
            if Decimal.productByDigits(values) != nil { byDigits += 1 } else { byFoundation += 1 }
        }
        #expect(byDigits > 15_000)
        #expect(byFoundation > 1_000)
        #expect(negatives > 3_000)
    }

    @Test func edgeProducts() {
        let d = CentsFastPathTests.decimal
        #expect(Decimal.exactProduct([]) == 1)
        #expect(Decimal.exactProduct([d("0"), d("-3.5")]) == 0)
        #expect(Decimal.exactProduct([d("0"), d("-3.5")]).roundedToCents() == 0)
        #expect(Decimal.exactProduct([d("-1"), d("0.005")]).roundedToCents() == -1)
        #expect(Decimal.exactProduct([d("1.03"), d("1.03"), d("0.98"), d("12.345")]) == d("12.83487429"))   // 1.0609 × 0.98 = 1.039682; × 12.345
        // Past 64 bits: Foundation's product.
        let big = [d("4294967296"), d("4294967296"), d("3")]
        #expect(Decimal.productByDigits(big) == nil)
        #expect(Decimal.exactProduct(big) == d("55340232221128654848"))
        // Escalation below zero: (1 - 0.05)^3 × $1,000.00 = 857.375, a half cent: up to 857.38.
        #expect(Decimal.exactProduct([Decimal.power(d("0.95"), 3), d("1000.00")]).roundedToCents() == 85_738)
    }
}

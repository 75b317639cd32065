import Foundation
import Testing
@testable import LCModel

/// `Exact`, the number module: parsing, products, division, rounding and conversions, each
/// checked against an independent computation (Foundation's decimal arithmetic where it is
/// exact, hand-worked figures, `Double(String)`).
@Suite struct ExactTests {
    static func e(_ text: String) -> Exact { Exact(text)! }

    @Test func theHalfCentThatDividingFirstGotWrong() {
        // 5 sessions · 6 educators · 50/60 h · $11.115 = $277.875 exactly: $277.88.
        let hours = Exact(50) / Exact(60)
        #expect(Exact.product([Exact(5), Exact(6), hours, Self.e("11.115")]).roundedToCents() == 27_788)
        #expect(Exact.product([Self.e("11.115"), hours, Exact(6), Exact(5)]).roundedToCents() == 27_788)
        #expect((-Exact.product([Exact(5), Exact(6), hours, Self.e("11.115")])).roundedToCents() == -27_788)
        // Dividing first in 38 digits loses the half: the old arithmetic's answer.
        let cut = Decimal(5) * 6 * (Decimal(50) / 60) * Decimal(string: "11.115")!
        #expect(Exact(cut).roundedToCents() == 27_787)
    }

    @Test func roundsHalfAwayFromZero() {
        let cases: [(String, Int64)] = [("0.005", 1), ("-0.005", -1), ("2.675", 268), ("-2.675", -268),
                                        ("0.0049999999999", 0), ("1234567890123.455", 123_456_789_012_346),
                                        ("0", 0), ("-0.00", 0), ("12.344999", 1234), ("99.995", 10_000)]
        for (text, cents) in cases { #expect(Self.e(text).roundedToCents() == cents, "\(text)") }
        #expect((Exact(1) / Exact(3)).roundedToCents() == 33)
        #expect((Exact(2) / Exact(3)).roundedToCents() == 67)
        #expect((Exact(-2) / Exact(3)).roundedToCents() == -67)
        #expect((Exact(1) / Exact(8)).roundedToCents() == 13)     // 0.125
        #expect((Exact(-1) / Exact(8)).roundedToCents() == -13)
    }

    @Test func parsesPlainLiteralsOnly() {
        #expect(Self.e("50.00") == Exact(50))
        #expect(Self.e(".5") == Exact(1) / Exact(2))
        #expect(Self.e("+3") == Exact(3) && Self.e("-0.1") == Exact(-1) / Exact(10))
        for bad in ["1.2.3", "1-2", "--1", "-", ".", "2.5e3", "", "0x10", "1,000", " 1", "1_000", "٣", "inf", "nan"] {
            #expect(Exact(bad) == nil, "\(bad) must be refused")
        }
        // Long literals are exact too (past 38 digits, in the big representation).
        let long = "123456789012345678901234567890.12345678901234567890123456789"
        #expect(Self.e(long).description == long)
    }

    @Test func randomDecimalsRoundAsFoundationDoes() {
        // Foundation's NSDecimalRound, on the magnitude, is an independent rounding of the same value.
        var rng = SeededGenerator(seed: 20_261_202)
        for _ in 0..<20_000 {
            let digits = Int.random(in: 0...999_999_999_999, using: &rng)
            let scale = Int.random(in: 0...9, using: &rng)
            let negative = Bool.random(using: &rng)
            let value = Decimal(sign: negative ? .minus : .plus, exponent: -scale, significand: Decimal(digits))
            var magnitude = value.magnitude, rounded = Decimal()
            NSDecimalRound(&rounded, &magnitude, 2, .plain)
            let cents = NSDecimalNumber(decimal: rounded * 100).int64Value
            #expect(Exact(value).roundedToCents() == (negative ? -cents : cents), "\(value)")
            #expect(value.roundedToCents() == (negative ? -cents : cents), "\(value)")
        }
    }

    @Test func randomProductsEqualFoundationsWhereFoundationIsExact() {
        // Products of a few short decimals fit Foundation's 38 digits, so its product is exact.
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<5_000 {
            let count = Int.random(in: 1...5, using: &rng)
            let values = (0..<count).map { _ in
                Decimal(sign: Bool.random(using: &rng) ? .minus : .plus, exponent: -Int.random(in: 0...4, using: &rng),
                        significand: Decimal(Int.random(in: 0...999_999, using: &rng)))
            }
            let foundation = values.reduce(Decimal(1), *)
            let exact = Exact.product(values.map { Exact($0) })
            #expect(exact == Exact(foundation), "\(values)")
            #expect(exact.decimal == foundation, "\(values)")
            #expect(exact.roundedToCents() == foundation.roundedToCents())
        }
    }

    @Test func decimalsConvertBothWaysExactly() {
        var rng = SeededGenerator(seed: 99)
        let wide = Decimal(string: "123456789012345678901234567890.12345678")!   // a 38-digit significand
        #expect(Exact(wide).decimal == wide)
        #expect(Exact(wide).description == "123456789012345678901234567890.12345678")
        for _ in 0..<5_000 {
            let value = Decimal(sign: Bool.random(using: &rng) ? .minus : .plus, exponent: Int.random(in: -20...10, using: &rng),
                                significand: Decimal(UInt64.random(in: 0...UInt64.max, using: &rng)))
            #expect(Exact(value).decimal == value, "\(value)")
        }
    }

    @Test func doublesAreTheNearest() {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<5_000 {
            let text = "\(Int.random(in: -9_999_999...9_999_999, using: &rng)).\(Int.random(in: 0...999_999, using: &rng))"
            #expect(Self.e(text).double == Double(text)!, "\(text)")
            #expect(Decimal(string: text)!.binary == Double(text)!, "\(text)")
        }
        #expect((Exact(50) / Exact(60)).double == 50.0 / 60.0)
        #expect(Money(cents: 27_788).double == 277.88 && Money(cents: 27_788).exact.double == 277.88)
    }

    @Test func pastOneHundredTwentyEightBitsNothingIsCut() {
        // (10^20 + 1)(10^20 + 3) = 10^40 + 4·10^20 + 3: past Int128, carried in the big form.
        let a = Self.e("100000000000000000001"), b = Self.e("100000000000000000003")
        #expect((a * b).big != nil)
        #expect((a * b).description == "10000000000000000000400000000000000000003")
        // A half cent 30 decimals down survives: x.xx5 where x has 30 more digits of zeros behind it.
        let tiny = Self.e("0.000000000000001") * Self.e("0.000000000000001") * Self.e("5000000000000000000000000000")
        #expect(tiny.description == "0.005" && tiny.roundedToCents() == 1)
        #expect((a * b / b) == a)
        #expect(((a * b) / Exact(3)).roundedToCents() == (a * b * Exact(100) / Exact(300)).roundedToCents())
        // Saturates rather than wrapping when the cents leave Int64.
        #expect((a * b).roundedToCents() == .max && (-(a * b)).roundedToCents() == .min)
    }

    @Test func equalFractionsAreEqualAndHashAlike() {
        let half = Exact(1) / Exact(2), fifty = Self.e("0.50")
        #expect(half == fifty && half.hashValue == fifty.hashValue)
        #expect(Exact(50) / Exact(60) == Exact(5) / Exact(6))
        #expect(Exact(1) / Exact(3) < Self.e("0.3334") && Self.e("-0.1") < .zero)
        #expect((Exact(5) / Exact(6)).description == "5/6")
        #expect(Exact.power(Self.e("1.03"), 2) == Self.e("1.0609") && Exact.power(Self.e("0.9"), 0) == .one)
    }
}

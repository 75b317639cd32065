import Foundation
import TestSupport
import Testing
@testable import LCLoader

/// The one-pass number readers (`plainNumberText`'s common shape, `NumberLiteral`) give what the
/// general readings they stand in for give, on every short text over the characters that matter
/// and on random longer ones: the fast path may only be faster.
@Suite struct NumberTextTests {
    /// The alphabet of a number's text and of its near misses (a letter, a space, a non-ASCII digit).
    static let alphabet: [String] = ["0", "1", "9", ".", "_", "-", "+", "e", " ", "٣"]

    /// Every text of up to four characters over the alphabet (11,110 texts), then 20,000 random
    /// ones of up to 12.
    static func texts() -> [String] {
        var texts: [String] = [""], layer: [String] = [""]
        for _ in 1...4 {
            layer = layer.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += layer
        }
        var rng = SplitMix64(seed: 18)
        for _ in 0..<20_000 {
            texts.append((0..<Int(rng.next() % 13)).map { _ in alphabet.randomElement(using: &rng)! }.joined())
        }
        return texts
    }

    @Test func plainNumberTextAgreesWithTheGeneralReading() {
        for text in Self.texts() {
            #expect(MappingReader.plainNumberText(text) == MappingReader.underscoredNumberText(text), "\(text)")
        }
    }

    @Test func numberLiteralAgreesWithTheCharacterReading() {
        for text in Self.texts() {
            let literal = NumberLiteral(text), reference = CharacterLiteral(text)
            #expect(literal?.negative == reference?.negative && literal?.hasPoint == reference?.hasPoint
                    && literal?.wholeDigits == reference?.wholeDigits && (literal == nil) == (reference == nil), "\(text)")
        }
    }
}

/// `NumberLiteral` as it was first written, over characters: the reference the byte reading must match.
private struct CharacterLiteral {
    var negative, hasPoint: Bool
    var wholeDigits: Int

    init?(_ text: String) {
        func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
        var body = Substring(text)
        negative = body.first == "-"
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count <= 2, body.contains(where: isDigit), parts.allSatisfy({ $0.allSatisfy(isDigit) }) else { return nil }
        hasPoint = parts.count == 2
        wholeDigits = parts[0].drop { $0 == "0" }.count
    }
}

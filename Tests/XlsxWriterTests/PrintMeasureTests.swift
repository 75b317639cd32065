import TestSupport
import Testing
@testable import XlsxWriter

/// The byte-wise line count of wrapped text (`PrintMeasure.asciiLines`) gives what the
/// character-wise count gives, and declines every text it cannot count by bytes.
@Suite struct PrintMeasureTests {
    @Test func asciiCountMatchesTheCharacterCount() {
        // Spaces and line feeds crowd the alphabet so texts hold runs of them, empty
        // paragraphs and words longer than a line.
        let alphabet: [Character] = [" ", " ", " ", "\n", "a", "b", "W", "1", ".", "(", "$", "x"]
        var random = SplitMix64(seed: 7)
        var wrapping = 0
        for _ in 0..<20_000 {
            let text = String((0..<Int(random.next() % 60)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            let perLine = 1 + Int(random.next() % 20)
            let expected = PrintMeasure.characterLines(text, perLine: perLine)
            #expect(PrintMeasure.asciiLines(text, perLine: perLine) == expected, "\(text.debugDescription) in \(perLine)")
            if expected > 2 { wrapping += 1 }
        }
        #expect(wrapping > 5_000)   // not vacuous: most texts take several lines
    }

    @Test func otherTextIsCountedByCharacters() {
        for text in ["café au lait", "tab\there", "line\r\nbreak", "emoji 👩‍🏫 teacher", "\u{7F}"] {
            #expect(PrintMeasure.asciiLines(text, perLine: 5) == nil, "\(text.debugDescription)")
        }
        // "\r\n" is one character, and not a line feed to `split`: the general count keeps it so.
        #expect(PrintMeasure.lines("ab\r\ncd", characters: 40, bold: false, fontSize: 11) == 1)
        #expect(PrintMeasure.lines("ab\ncd", characters: 40, bold: false, fontSize: 11) == 2)
    }
}

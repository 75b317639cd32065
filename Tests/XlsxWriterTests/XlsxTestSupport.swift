import Foundation
import TestSupport
import XlsxWriter

/// The `<c>` element of one cell in a sheet's XML (`r="A1"` ... `</c>` or `/>`).
func cellXML(_ sheetXML: String, _ reference: String) -> String? {
    guard let start = sheetXML.range(of: "<c r=\"\(reference)\"") else { return nil }
    let rest = sheetXML[start.lowerBound...]
    guard let end = rest.range(of: "</c>") ?? rest.range(of: "/>") else { return nil }
    return String(rest[..<end.upperBound])
}

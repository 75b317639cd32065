import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XlsxWriter

/// SpreadsheetML parts parsed with Foundation's `XMLParser` (FoundationXML on Linux). Each part
/// is a small event handler; element names are matched without their namespace prefix, since
/// writers differ in the prefixes they use (`x:c` and `c` are the same cell).
enum XMLPart {
    /// Runs `handler` over `data`; a parse error is named with the part and its line.
    static func parse(_ data: Data, name: String, handler: XMLEvents) throws(XlsxReadError) {
        // No spreadsheet part has a DTD; refusing one leaves no room for entity expansion.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .malformed(part: name, reason: "it declares a DTD or entities, which no spreadsheet part has")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = handler
        if !parser.parse() {
            if let failure = handler.failure { throw .malformed(part: name, reason: failure) }
            throw .malformed(part: name, reason: "not well-formed XML (line \(parser.lineNumber))")
        }
        if let failure = handler.failure { throw .malformed(part: name, reason: failure) }
    }

    static func local(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }
}

/// The delegate every part's handler extends: collects text and records the first failure.
class XMLEvents: NSObject, XMLParserDelegate {
    var failure: String?
    var text = ""

    func fail(_ parser: XMLParser, _ reason: String) {
        if failure == nil { failure = reason }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    // Subclasses override these, not the delegate methods: on Linux a protocol requirement is
    // bound where the conformance is declared, so a subclass's own delegate method is never called.
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        start(XMLPart.local(elementName), attributes: attributes, parser: parser)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        end(XMLPart.local(elementName), parser: parser)
    }

    func start(_ element: String, attributes: [String: String], parser: XMLParser) {}
    func end(_ element: String, parser: XMLParser) {}
}

/// `xl/workbook.xml`: the sheets in order with their relationship ids, and the defined names.
final class WorkbookPart: XMLEvents {
    struct SheetEntry { var name: String; var relationship: String }
    var sheets: [SheetEntry] = []
    var names: [(String, String)] = []
    private var currentName: String?

    static func parse(_ data: Data, name: String) throws(XlsxReadError) -> WorkbookPart {
        let part = WorkbookPart()
        try XMLPart.parse(data, name: name, handler: part)
        guard !part.sheets.isEmpty else { throw .malformed(part: name, reason: "the workbook lists no sheets") }
        return part
    }

    override func start(_ element: String, attributes: [String: String], parser: XMLParser) {
        switch element {
        case "sheet":
            let id = attributes.first { XMLPart.local($0.key) == "id" }?.value
            guard let name = attributes["name"], let id else { return fail(parser, "a sheet without a name or part") }
            sheets.append(SheetEntry(name: name, relationship: id))
        case "definedName":
            text = ""
            // Sheet-local names (print titles, filters) and hidden built-ins are not inputs.
            let builtIn = attributes["name"]?.hasPrefix("_xlnm.") ?? true
            currentName = attributes["localSheetId"] == nil && !builtIn ? attributes["name"] : nil
        default: break
        }
    }

    override func end(_ element: String, parser: XMLParser) {
        if element == "definedName", let name = currentName {
            names.append((name, text))
            currentName = nil
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id -> target part.
final class RelationshipsPart: XMLEvents {
    var targets: [String: String] = [:]

    static func parse(_ data: Data, name: String) throws(XlsxReadError) -> [String: String] {
        let part = RelationshipsPart()
        try XMLPart.parse(data, name: name, handler: part)
        return part.targets
    }

    override func start(_ element: String, attributes: [String: String], parser: XMLParser) {
        if element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
            targets[id] = target
        }
    }
}

/// `xl/sharedStrings.xml`: the string table, each entry's text runs joined (phonetic runs left out).
final class SharedStringsPart: XMLEvents {
    var strings: [String] = []
    private var current = ""
    private var inPhonetic = false

    static func parse(_ data: Data, name: String) throws(XlsxReadError) -> [String] {
        let part = SharedStringsPart()
        try XMLPart.parse(data, name: name, handler: part)
        return part.strings
    }

    override func start(_ element: String, attributes: [String: String], parser: XMLParser) {
        switch element {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": text = ""
        default: break
        }
    }

    override func end(_ element: String, parser: XMLParser) {
        switch element {
        case "t": if !inPhonetic { current += text }
        case "rPh": inPhonetic = false
        case "si": strings.append(current)
        default: break
        }
    }
}

/// A worksheet part: every `<c>` with its formula and value.
///
/// A shared formula's later cells carry no text of their own (`<f t="shared" si="0"/>`);
/// they are read as `shared(si)` of the first cell's formula, so a check that compares formulas
/// sees them as different from a written-out formula rather than as equal.
final class SheetPart: XMLEvents {
    var cells: [CellAddress: XlsxDocument.Cell] = [:]
    let strings: [String]
    private var address: CellAddress?
    private var type = "n"
    private var formula, sharedIndex, value: String?
    private var inline = ""
    private var inInline = false
    private var sharedFormulas: [String: String] = [:]

    init(strings: [String]) { self.strings = strings }

    static func parse(_ data: Data, name: String, strings: [String]) throws(XlsxReadError) -> [CellAddress: XlsxDocument.Cell] {
        let part = SheetPart(strings: strings)
        try XMLPart.parse(data, name: name, handler: part)
        return part.cells
    }

    override func start(_ element: String, attributes: [String: String], parser: XMLParser) {
        switch element {
        case "c":
            guard let r = attributes["r"], let cell = XlsxDocument.parseAddress(r) else {
                return fail(parser, "a cell without a valid address (r=\"\(attributes["r"] ?? "")\")")
            }
            address = cell
            type = attributes["t"] ?? "n"
            (formula, sharedIndex, value, inline) = (nil, nil, nil, "")
        case "f":
            text = ""
            sharedIndex = attributes["t"] == "shared" ? attributes["si"] : nil
        case "v": text = ""
        case "is": inInline = true
        case "t" where inInline: text = ""
        default: break
        }
    }

    override func end(_ element: String, parser: XMLParser) {
        switch element {
        case "f":
            if let si = sharedIndex {
                if text.isEmpty { formula = sharedFormulas[si].map { "shared(\(si)) \($0)" } ?? "shared(\(si))" } else {
                    sharedFormulas[si] = text
                    formula = text
                }
            } else {
                formula = text
            }
        case "v": value = text
        case "t" where inInline: inline += text
        case "is": inInline = false
        case "c":
            guard let address else { return }
            guard let cellValue = decode(parser) else { return }
            cells[address] = XlsxDocument.Cell(formula: formula, value: cellValue)
            self.address = nil
        default: break
        }
    }

    private func decode(_ parser: XMLParser) -> XlsxDocument.Cell.Value? {
        switch type {
        case "s":
            guard let value, let index = Int(value), strings.indices.contains(index) else {
                fail(parser, "cell \(address?.a1 ?? "?") names a shared string that does not exist")
                return nil
            }
            return .text(strings[index])
        case "str": return .text(value ?? "")
        case "inlineStr": return .text(inline)
        case "b": return .bool(value == "1" || value == "true")
        case "e": return .error(value ?? "")
        default:
            guard let value, !value.isEmpty else { return .empty }
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                fail(parser, "cell \(address?.a1 ?? "?") holds \"\(value)\", which is not a number")
                return nil
            }
            return .number(number, text: value)
        }
    }
}

/// `docProps/custom.xml`: File › Properties › Custom, name -> text (the run stamp's
/// "lcbudget run" and "Scenario SHA-256").
final class CustomPropertiesPart: XMLEvents {
    var properties: [String: String] = [:]
    private var current: String?

    static func parse(_ data: Data, name: String) throws(XlsxReadError) -> [String: String] {
        let part = CustomPropertiesPart()
        try XMLPart.parse(data, name: name, handler: part)
        return part.properties
    }

    override func start(_ element: String, attributes: [String: String], parser: XMLParser) {
        if element == "property" { current = attributes["name"] }
        text = ""
    }

    override func end(_ element: String, parser: XMLParser) {
        if element == "property" {
            current = nil
        } else if let name = current {
            properties[name] = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}

/// What a template includes and how deeply its sections nest, read from its `{{ }}` tags
/// before the Mustache parser sees it.
///
/// The include check (`{{> name}}`, `{{< parent}}`) must see exactly the tags the renderer will
/// follow, or a template that includes itself recurses until the stack overflows. So templates
/// keep the standard `{{ }}` delimiters (a `{{=<% %>=}}` tag would hide includes from this scan)
/// and name their includes (`{{>*name}}` picks the template from the data at render time).
/// Sections nested deeper than `maximumDepth` are refused before parsing, because the parser
/// and the renderer recurse once per level.
///
/// ```swift
/// let tags = TemplateTags("{{#perYear}}{{> row}}{{/perYear}}")
/// tags.includes.map(\.name)   // ["row"]
/// tags.deepest                // 1
/// ```
struct TemplateTags {
    /// Sections (`#`, `^`, `$`, `<`) one template may nest; the shipped ones use three.
    static let maximumDepth = 32
    /// Characters of a template file; the shipped ones are a few kilobytes.
    static let maximumCharacters = 262_144

    /// Included template names with their 1-based line numbers.
    private(set) var includes: [(line: Int, name: String)] = []
    /// The deepest section nesting found.
    private(set) var deepest = 0
    /// Why the template cannot be used (line, column, message), when it cannot.
    private(set) var refusal: (line: Int, column: Int, message: String)?

    /// Partial names as the Mustache parser reads them.
    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    init(_ text: String) {
        let characters = Array(text)
        if characters.count > Self.maximumCharacters {
            refusal = (1, 1, "the template is longer than \(Self.maximumCharacters) characters")
            return
        }
        var i = 0, line = 1, column = 1, depth = 0
        func advance() {
            if characters[i].isNewline { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        func startsTag(_ at: Int) -> Bool { at + 1 < characters.count && characters[at] == "{" && characters[at + 1] == "{" }
        func skipPastClose() {
            while i < characters.count, !(characters[i] == "}" && i + 1 < characters.count && characters[i + 1] == "}") { advance() }
            if i < characters.count { advance(); advance() }
        }
        while i < characters.count, refusal == nil {
            guard startsTag(i) else { advance(); continue }
            let (tagLine, tagColumn) = (line, column)
            advance(); advance()
            guard i < characters.count else { break }
            switch characters[i] {
            case "!":
                break   // a comment: nothing inside counts
            case "=":
                refusal = (tagLine, tagColumn, "set-delimiter tags ({{=...=}}) are not supported; keep the {{ }} delimiters")
            case ">", "<":
                let opensSection = characters[i] == "<"
                advance()
                while i < characters.count, characters[i].isWhitespace { advance() }
                var name = ""
                while i < characters.count, Self.nameCharacters.contains(characters[i]) { name.append(characters[i]); advance() }
                if name.hasPrefix("*") {
                    refusal = (tagLine, tagColumn, "dynamic includes ({{>*name}}) are not supported; name the template to include")
                } else if !name.isEmpty {
                    includes.append((tagLine, name))
                }
                if opensSection { depth += 1 }
            case "#", "^", "$":
                depth += 1
            case "/":
                depth = max(0, depth - 1)
            default:
                break
            }
            deepest = max(deepest, depth)
            if refusal == nil, depth > Self.maximumDepth {
                refusal = (tagLine, tagColumn, "sections are nested more than \(Self.maximumDepth) deep")
            }
            skipPastClose()
        }
    }
}

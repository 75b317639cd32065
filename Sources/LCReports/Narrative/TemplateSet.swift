import Foundation
import Mustache

/// Why the templates could not be used; every case names the file.
public enum TemplateError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case notADirectory(String)
    case unreadable(String, reason: String)
    case syntax(String, line: Int, column: Int, message: String)
    case unknownPartial(String, line: Int, name: String)
    case partialCycle(String, name: String)
    case unknownFile(String, expected: [String])
    case renderFailed(String)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): template missing; reinstall lcbudget or copy it from the shipped Templates folder"
        case .notADirectory(let path): "\(path): --templates must name a folder of .mustache files"
        case .unreadable(let path, let reason): "\(path): cannot read template: \(reason)"
        case .syntax(let path, let line, let column, let message):
            "\(path):\(line):\(column): broken template: \(message)"
        case .unknownPartial(let path, let line, let name):
            "\(path):\(line): template includes {{> \(name)}}, but there is no \(name).mustache"
        case .partialCycle(let path, let name):
            "\(path): template includes {{> \(name)}}, which includes this template again"
        case .unknownFile(let path, let expected):
            "\(path): not a template lcbudget uses and not included by one; expected \(expected.joined(separator: ", "))"
        case .renderFailed(let name): "\(name).mustache: rendering failed"
        }
    }
}

/// The brief and justification templates: the shipped ones, each replaced by a district's
/// file of the same name when `--templates DIR` gives one.
///
/// ```swift
/// let set = try TemplateSet.load(overrides: URL(fileURLWithPath: "district-templates"))
/// let text = try set.render("brief.md", model)
/// ```
///
/// `.md` templates escape values for Markdown, the rest for HTML; a template may include
/// another with `{{> name}}` (for example `{{> recommendation}}`).
struct TemplateSet {
    /// Templates every run renders, and the partial they share. File names add `.mustache`.
    static let names = ["brief.md", "brief.html", "justification.md", "recommendation"]

    let library: MustacheLibrary
    /// Where each template came from, for messages.
    let paths: [String: String]

    /// The folder of shipped templates (a `.copy` resource of LCReports).
    static var shippedDirectory: URL? { Bundle.module.url(forResource: "Templates", withExtension: nil) }

    static func load(overrides: URL?) throws(TemplateError) -> TemplateSet {
        MarkdownContentType.register()
        HTMLContentType.register()
        var files: [String: URL] = [:]
        guard let shipped = shippedDirectory else { throw .missing("Templates") }
        for name in names { files[name] = shipped.appendingPathComponent(name + ".mustache") }

        var extras: Set<String> = []
        if let overrides {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .notADirectory(overrides.path)
            }
            let listing: [String]
            do { listing = try FileManager.default.contentsOfDirectory(atPath: overrides.path) } catch {
                throw .unreadable(overrides.path, reason: error.localizedDescription)
            }
            for file in listing.sorted() where file.hasSuffix(".mustache") {
                let name = String(file.dropLast(".mustache".count))
                files[name] = overrides.appendingPathComponent(file)
                if !names.contains(name) { extras.insert(name) }
            }
        }

        var texts: [String: String] = [:]
        for (name, url) in files { texts[name] = try read(url) }

        // Scanned before parsing: the parser recurses once per nested section.
        var tags: [String: TemplateTags] = [:]
        for name in files.keys.sorted() {
            let scan = TemplateTags(texts[name]!)
            if let refusal = scan.refusal {
                throw .syntax(files[name]!.path, line: refusal.line, column: refusal.column, message: refusal.message)
            }
            tags[name] = scan
        }

        var library = MustacheLibrary()
        for name in files.keys.sorted() {
            let path = files[name]!.path
            // Partials (no suffix) take the escaping of the template that includes them.
            let prefix = name.hasSuffix(".md") ? "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}"
                : name.hasSuffix(".html") ? "{{% CONTENT_TYPE: \(HTMLContentType.name)}}" : ""
            do {
                library.register(try MustacheTemplate(string: prefix + texts[name]!), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let column = error.context.lineNumber == 1 ? error.context.columnNumber - prefix.count : error.context.columnNumber
                throw .syntax(path, line: error.context.lineNumber, column: max(1, column), message: describe(error.error))
            } catch {
                throw .syntax(path, line: 1, column: 1, message: "\(error)")
            }
        }

        // Includes must name a template, must not loop, and every extra file must be included.
        var includes: [String: Set<String>] = [:]
        for name in files.keys.sorted() {
            for (line, partial) in tags[name]!.includes {
                guard files[partial] != nil else { throw .unknownPartial(files[name]!.path, line: line, name: partial) }
                includes[name, default: []].insert(partial)
            }
        }
        for name in files.keys.sorted() {
            var seen: Set<String> = []
            var queue = Array(includes[name] ?? [])
            while let next = queue.popLast() {
                if next == name { throw .partialCycle(files[name]!.path, name: includes[name]!.sorted().first { reaches($0, name, includes) } ?? next) }
                if seen.insert(next).inserted { queue += includes[next] ?? [] }
            }
        }
        let included = includes.values.reduce(Set<String>()) { $0.union($1) }
        if let stray = extras.sorted().first(where: { !included.contains($0) }) {
            throw .unknownFile(files[stray]!.path, expected: names.map { $0 + ".mustache" })
        }
        return TemplateSet(library: library, paths: files.mapValues(\.path))
    }

    func render(_ name: String, _ model: Any) throws(TemplateError) -> String {
        guard let text = library.render(model, withTemplate: name) else { throw .renderFailed(paths[name] ?? name) }
        return text
    }

    /// Bytes a template file may hold (the shipped ones are a few kilobytes).
    static let maximumBytes = 1_048_576

    private static func read(_ url: URL) throws(TemplateError) -> String {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missing(url.path) }
        // A bounded read through FileHandle, not Data(contentsOf:): that reads a file of any size
        // whole, and leaks its buffer when the file is empty (found by FuzzTemplates).
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw .unreadable(url.path, reason: "cannot be opened") }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: maximumBytes + 1) ?? Data() } catch {
            throw .unreadable(url.path, reason: error.localizedDescription)
        }
        if data.count > maximumBytes { throw .unreadable(url.path, reason: "larger than 1 MB; a template is a few kilobytes") }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(url.path, reason: "not UTF-8 text") }
        return text
    }

    private static func reaches(_ from: String, _ target: String, _ includes: [String: Set<String>]) -> Bool {
        var seen: Set<String> = []
        var queue = [from]
        while let next = queue.popLast() {
            if next == target { return true }
            if seen.insert(next).inserted { queue += includes[next] ?? [] }
        }
        return false
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case .unfinishedName: "a tag is not closed with }}"
        case .expectedSectionEnd: "a section is opened ({{#name}} or {{^name}}) but never closed ({{/name}})"
        case .invalidSetDelimiter: "a set-delimiter tag is badly formed"
        case .transformAppliedToInheritanceSection: "a transform is applied to an inherited section"
        case .illegalTokenInsideInheritSection: "an inherited section holds a tag it may not"
        case .textInsideInheritSection: "an inherited section holds text outside its blocks"
        case .invalidConfigVariableSyntax: "a {{% ... }} pragma is badly formed"
        case .unrecognisedConfigVariable: "unknown {{% ... }} pragma or content type"
        case nil: "\(error)"
        }
    }
}

/// Escapes values for Markdown: characters that would start emphasis, links, code, tables or
/// raw HTML get a backslash, so a scenario named `<script>` or `*x*` prints as typed.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~"]

    /// Line feed, vertical tab, form feed, carriage return, NEL, line and paragraph separators.
    static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    static func register() { MustacheContentTypes.register(MarkdownContentType(), named: name) }

    /// Works on scalars, as Markdown readers do: "\r\n" is one Character equal to neither "\n"
    /// nor "\r", and "<" followed by a combining mark is a Character unequal to "<".
    func escapeText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if MarkdownContentType.lineBreaks.contains(scalar) {
                if !(afterCR && scalar == "\n") { out.append(" ") }   // CRLF is one break, one space
                continue
            }
            if MarkdownContentType.special.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }
}


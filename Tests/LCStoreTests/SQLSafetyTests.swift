import Foundation
import LCLoader
import LCModel
import Testing
@testable import LCStore

/// SQL text is constant and every value is a bound parameter: the sources say so (no string
/// interpolation inside SQL), and hostile text goes in and comes back byte for byte.
@Suite struct SQLSafetyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/LCStore")

    /// The only interpolations allowed: SQLite cannot bind a PRAGMA's value, and both are integers
    /// the code computes (the schema version and lcbudget's application id), never user text.
    static let allowed: Set<String> = [
        "Schema.swift: PRAGMA user_version = \\(number + 1)",
        "Schema.swift: PRAGMA application_id = \\(applicationID)",
    ]
    static func isSQL(_ text: String) -> Bool {
        text.contains(try! Regex(#"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA|VALUES|WHERE|FROM)\b"#))
    }

    /// Every string literal of a Swift file that reads as SQL, as (file: first line of literal).
    static func sqlLiterals(in file: URL) throws -> [(String, String)] {
        let text = try String(contentsOf: file, encoding: .utf8)
        var found: [(String, String)] = []
        // Multi-line literals first, then single-line literals outside them.
        let blocks = text.components(separatedBy: "\"\"\"")
        for (index, block) in blocks.enumerated() {
            if index % 2 == 1 {
                if isSQL(block) { found.append((file.lastPathComponent, block.trimmingCharacters(in: .whitespacesAndNewlines))) }
                continue
            }
            for line in block.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for match in line.matches(of: try Regex(#""((?:[^"\\]|\\.)*)""#)) {
                    let literal = String(line[match.range].dropFirst().dropLast())
                    if isSQL(literal) { found.append((file.lastPathComponent, literal)) }
                }
                // SQL given as anything but a literal (a variable, a concatenation) is refused too,
                // except inside BoundInsert, the prepared-statement helper whose callers the scan
                // checks instead (its `sql:` is its own parameter, passed on unchanged).
                if file.lastPathComponent != "BoundInsert.swift", let sql = line.firstRange(of: "sql: ") {
                    let rest = line[sql.upperBound...]
                    if !rest.isEmpty && !rest.hasPrefix("\"") { found.append((file.lastPathComponent, "sql: " + rest + " \\( (not a literal)")) }
                }
            }
        }
        return found
    }

    @Test func noSQLStringIsInterpolated() throws {
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count >= 8)
        var literals: [(String, String)] = []
        for file in files { literals += try Self.sqlLiterals(in: file) }
        #expect(literals.count >= 20, "the scan must see the store's SQL")
        let interpolated = Set(literals.filter { $0.1.contains("\\(") }.map { "\($0.0): \($0.1)" })
        #expect(interpolated == Self.allowed)
    }

    @Test func theScanCatchesInterpolationAndNonLiterals() throws {
        let file = temporaryDirectory().appendingPathComponent("Bad.swift")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try Data(#"""
            try db.execute(sql: "DELETE FROM run WHERE id = \(id)")
            try db.execute(sql: """
                SELECT * FROM scenario WHERE name = '\(name)'
                """)
            try db.execute(sql: query + name)
            """#.utf8).write(to: file)
        let found = try Self.sqlLiterals(in: file).filter { $0.1.contains("\\(") }
        #expect(found.count == 3)
    }

    static let hostile = [
        // No NUL: the loader refuses control characters in text, since SQLite (through GRDB)
        // keeps a text value only up to its first NUL (InputLimitTests.controlCharactersAreRefused).
        "Robert'); DROP TABLE run; --", "\" OR 1=1 --", "%_\\", "=HYPERLINK(\"http://x\")",
        "e\u{301}cole \u{1F468}\u{200D}\u{1F469}", String(repeating: "ü", count: 2_000), "\r\n\t",
    ]

    @Test func hostileTextRoundTripsThroughEveryTable() throws {
        let dir = temporaryDirectory(); defer { try? FileManager.default.removeItem(at: dir) }
        let store = try RecordStore(path: dir.appendingPathComponent("h.sqlite").path)
        let loaded = try riverside()
        for (index, text) in Self.hostile.enumerated() {
            var scenario = loaded.scenario
            scenario.name = text
            scenario.other = [OtherCost(name: text, annual: 100)]
            let projection = Projector.project(scenario)
            let id = try store.recordRun(projection, command: .project, sourceFile: text, sourceText: text,
                                         toolVersion: text, recordedAt: "2026-01-0\(index % 9 + 1)T00:00:00Z")
            let run = try store.run(id: id)
            #expect(run.scenario == text)
            #expect(run.sourceText == text)
            #expect(run.lines.contains { $0.item.contains(text) })
            let day = CivilDate(iso: "2027-09-15")!
            try store.importActuals([(2, ActualExpense(date: day, category: .other, item: text, amount: Money(cents: 1),
                                                       payer: text, memo: text))],
                                    scenario: text, fileName: text, content: text, again: false, importedAt: text)
            try store.importAttendance([(2, AttendanceRecord(educator: text, role: .participant, date: day,
                                                             activity: .meeting, hours: 1))],
                                       scenario: text, fileName: text, content: text + "a", again: false, importedAt: text)
            let expense = try #require(try store.actuals(scenario: text).first)
            #expect([expense.item, expense.payer, expense.memo] == [text, text, text])
            #expect(try store.attendance(scenario: text).first?.educator == text)
            #expect(try store.imports(scenario: text).map(\.fileName) == [text, text])
        }
        #expect(Set(try store.scenarioNames()) == Set(Self.hostile))
        #expect(try store.runs().count == Self.hostile.count)
        #expect(try store.integrityCheck() == "ok")
    }
}

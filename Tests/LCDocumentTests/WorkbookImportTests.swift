import Foundation
import TestSupport
import LCDocument
import LCLoader
import LCModel
import LCReports
import Testing
import XlsxWriter

/// `lcbudget import-workbook`'s steps: read the .xlsx, compare its structure, write the inputs back.
@Suite struct WorkbookImportTests {
    @Test("The reader finds every sheet, named input, formula and cached value the writer wrote")
    func readsWhatWasWritten() throws {
        let fixture = try WorkbookFixture()
        defer { fixture.remove() }
        let book = try XlsxDocument.read(path: fixture.path)
        #expect(book.sheets.map(\.name) == BudgetWorkbook.sheetNames(fixture.projection))
        let rate = fixture.cell("stipends.hourly_rate")
        #expect(book.definedNames["StipendHourlyRate"] == rate.reference)
        #expect(book.cell(named: "StipendHourlyRate")?.number == 50)
        // Every named input of the catalog is there, pointing at its row.
        for cell in BudgetWorkbook.inputCells(fixture.projection) {
            if let name = cell.name { #expect(book.definedNames[name] == cell.reference, "\(name)") }
            let stored = book.sheet(cell.reference.sheet)?.cells[cell.reference.cell]?.number
            #expect(stored.flatMap(WorkbookImport.decimal) == cell.value, "\(cell.key)")
        }
        // Text through the shared-string table, formulas without "=", cached totals.
        let assumptions = try #require(book.sheet("Assumptions"))
        #expect(assumptions.cells[CellAddress(row: 0, column: 0)]?.value == .text("Input"))
        let funding = try #require(book.sheet("Funding"))
        let funded = try #require(funding.cells.values.first { $0.formula?.hasPrefix("SUM(C2:C3)") == true })
        #expect(funded.number == 210_000)
        #expect(book.customProperties.isEmpty)
    }

    @Test("Unchanged workbook: no change, and the new scenario projects to the same cents")
    func unchanged() throws {
        let fixture = try WorkbookFixture()
        defer { fixture.remove() }
        let result = try WorkbookImport.run(edited: XlsxDocument.read(path: fixture.path), original: fixture.loaded)
        #expect(result.changes.isEmpty)
        #expect(Projector.project(result.scenario).total == fixture.projection.total)
    }

    @Test("Participants, stipend rate and a funding amount: reported, written, and projected as the workbook computes")
    func editsComeBack() throws {
        let fixture = try WorkbookFixture()
        defer { fixture.remove() }
        let rate = fixture.cell("stipends.hourly_rate"), p2 = fixture.cell("cohort.y2.participants")
        let grant = fixture.cell("funding.1.by_year.1")
        let path = try fixture.edited([
            "Assumptions": [rate.reference.cell.a1: "<v>55.5</v>", p2.reference.cell.a1: "<v>30</v>"],
            "Funding": [grant.reference.cell.a1: "<v>65000</v>"],
        ])
        let result = try WorkbookImport.run(edited: XlsxDocument.read(path: path), original: fixture.loaded)
        #expect(result.changes.map(\.description) == [
            "cohort.y2.participants: 24 → 30 (ParticipantsYear2, Assumptions!\(p2.reference.cell.a1))",
            "stipends.hourly_rate: 50 → 55.5 (StipendHourlyRate, Assumptions!\(rate.reference.cell.a1))",
            "funding[1].by_year[1]: 60000 → 65000 (Funding!\(grant.reference.cell.a1))",
        ])
        let s = result.scenario
        #expect(s.stipends?.hourlyRate == Decimal(string: "55.5"))
        #expect(s.cohort(inYear: 1).participants == 24 && s.cohort(inYear: 2).participants == 30)
        #expect(s.funding?[1].byYear == [60000, 65000])
        // The new file loads by itself, and its own workbook has exactly the edited inputs.
        let reloaded = try ScenarioLoader.parse(result.yaml, file: "new.yaml")
        let values = Dictionary(uniqueKeysWithValues: BudgetWorkbook.inputCells(Projector.project(reloaded.scenario)).map { ($0.key, $0.value) })
        #expect(values["stipends.hourly_rate"] == Decimal(string: "55.5"))
        #expect(values["cohort.y2.participants"] == 30 && values["cohort.y1.participants"] == 24)
        #expect(values["stipends.leader_hourly_rate"] == 65)
        #expect(Projector.project(reloaded.scenario).total > fixture.projection.total)
        #expect(result.yaml.contains("by_year:"))
    }

    @Test("Values the file writes are replaced in its own text, comments kept; added keys rewrite the file")
    func keepsTheFile() throws {
        let text = try WorkbookFixture.scenarioText()
        let fixture = try WorkbookFixture(text: text)
        defer { fixture.remove() }
        let rate = fixture.cell("stipends.hourly_rate"), grant = fixture.cell("funding.1.by_year.1")
        let p1 = fixture.cell("cohort.y1.participants"), p2 = fixture.cell("cohort.y2.participants")
        let inPlace = try fixture.edited(["Assumptions": [rate.reference.cell.a1: "<v>55</v>"],
                                          "Funding": [grant.reference.cell.a1: "<v>65000</v>"]])
        let patched = try WorkbookImport.run(edited: XlsxDocument.read(path: inPlace), original: fixture.loaded)
        #expect(patched.yaml == text.replacingOccurrences(of: "hourly_rate: 50.00", with: "hourly_rate: 55")
            .replacingOccurrences(of: "by_year: [60000, 60000]", with: "by_year: [60000, 65000]"))
        // Every year the same: cohort.participants changes in place.
        let same = try fixture.edited(["Assumptions": [p1.reference.cell.a1: "<v>30</v>", p2.reference.cell.a1: "<v>30</v>"]],
                                      name: "same.xlsx")
        let both = try WorkbookImport.run(edited: XlsxDocument.read(path: same), original: fixture.loaded)
        #expect(both.yaml == text.replacingOccurrences(of: "  participants: 24\n", with: "  participants: 30\n"))
        // Years that differ need cohort.by_year: the file is written anew, without its comments.
        let differ = try fixture.edited(["Assumptions": [p2.reference.cell.a1: "<v>30</v>"]], name: "differ.xlsx")
        let rewritten = try WorkbookImport.run(edited: XlsxDocument.read(path: differ), original: fixture.loaded)
        #expect(!rewritten.yaml.contains("#") && rewritten.yaml.contains("by_year:\n    - participants: 24"))
    }

    @Test("A file with cohort.by_year in flow style and a flag: each changed in place")
    func byYearAndFlags() throws {
        let text = try WorkbookFixture.scenarioText("district-two-year.yaml")
        let fixture = try WorkbookFixture(text: text)
        defer { fixture.remove() }
        let p2 = fixture.cell("cohort.y2.participants"), after = fixture.cell("meetings.after_hours")
        let path = try fixture.edited(["Assumptions": [p2.reference.cell.a1: "<v>36</v>", after.reference.cell.a1: "<v>0</v>"]])
        let result = try WorkbookImport.run(edited: XlsxDocument.read(path: path), original: fixture.loaded)
        #expect(result.changes.map(\.field) == ["cohort.y2.participants", "meetings.after_hours"])
        #expect(result.yaml == text.replacingOccurrences(of: "{ participants: 34,", with: "{ participants: 36,")
            .replacingOccurrences(of: "after_hours: true", with: "after_hours: false"))
        #expect(result.scenario.cohort(inYear: 2).participants == 36 && result.scenario.meetings.afterHours == false)
        // A flag must stay 0 or 1.
        let two = try XlsxDocument.read(path: fixture.edited(["Assumptions": [after.reference.cell.a1: "<v>2</v>"]], name: "two.xlsx"))
        do {
            _ = try WorkbookImport.run(edited: two, original: fixture.loaded)
            Issue.record("a flag of 2 was accepted")
        } catch {
            #expect(error.lines == ["MeetingsAfterHours (Assumptions!\(after.reference.cell.a1)): must be 1 (yes) or 0 (no), found 2"])
        }
    }

    /// The lines of the error importing `book` over `fixture`'s scenario; `nil` when it imports.
    static func refusal(_ book: XlsxDocument, over fixture: WorkbookFixture) -> [String]? {
        do {
            _ = try WorkbookImport.run(edited: book, original: fixture.loaded)
            return nil
        } catch { return error.lines }
    }

    @Test("Meetings the calendar counts cannot be set in the workbook")
    func calendarCounts() throws {
        let fixture = try WorkbookFixture(text: WorkbookFixture.scenarioText("calendar-sample.yaml"))
        defer { fixture.remove() }
        let scheduled = try #require(BudgetWorkbook.inputCells(fixture.projection).first { $0.name == "ScheduledMeetingsYear1" })
        let book = try XlsxDocument.read(path: fixture.edited(["Assumptions": [scheduled.reference.cell.a1: "<v>3</v>"]]))
        let lines = try #require(Self.refusal(book, over: fixture), "a calendar count was accepted")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("ScheduledMeetingsYear1 (Assumptions!\(scheduled.reference.cell.a1)) is counted from the scenario's calendar section") == true,
                "\(lines)")
    }

    @Test("A default that follows another field is written out when the workbook keeps them apart")
    func followingDefault() throws {
        let text = try WorkbookFixture.scenarioText().replacingOccurrences(of: "  leader_hourly_rate: 65.00\n", with: "")
        let fixture = try WorkbookFixture(text: text)
        defer { fixture.remove() }
        let rate = fixture.cell("stipends.hourly_rate")
        let path = try fixture.edited(["Assumptions": [rate.reference.cell.a1: "<v>55</v>"]])
        let result = try WorkbookImport.run(edited: XlsxDocument.read(path: path), original: fixture.loaded)
        #expect(result.scenario.stipends?.hourlyRate == 55)
        #expect(result.scenario.stipends?.leaderHourlyRate == 50)
        #expect(result.notes.count == 1)
        #expect(result.notes.first?.hasPrefix("stipends.leader_hourly_rate is written out as 50") == true)
    }

    @Test("An edited formula is refused with its sheet and cell; so is a formula turned into a number")
    func formulaEdits() throws {
        let fixture = try WorkbookFixture()
        defer { fixture.remove() }
        let book = try XlsxDocument.read(path: fixture.path)
        let budget = try #require(book.sheet("Budget"))
        let (address, cell) = try #require(budget.cells.filter { $0.value.formula?.hasPrefix("SUM(") == true }
            .min { $0.key < $1.key })
        let changed = try XlsxDocument.read(path: fixture.edited(["Budget": [address.a1: "<f>\(cell.formula!)+1</f><v>0</v>"]]))
        #expect(try refusal(changed, fixture) == ["sheet 'Budget' cell \(address.a1): the formula was changed from =\(cell.formula!) to =\(cell.formula!)+1"])
        let constant = try XlsxDocument.read(path: fixture.edited(["Budget": [address.a1: "<v>1234</v>"]], name: "constant.xlsx"))
        #expect(try refusal(constant, fixture) == ["sheet 'Budget' cell \(address.a1): the formula =\(cell.formula!) was replaced by the value 1234"])
        let label = try XlsxDocument.read(path: fixture.edited(["Budget": ["A1": "<v>7</v>"]], name: "label.xlsx"))
        #expect(try refusal(label, fixture).first?.hasPrefix("sheet 'Budget' cell A1: the value was changed from \"") == true)
    }

    /// The lines of the structure refusal (empty when the import went through or failed otherwise).
    func refusal(_ book: XlsxDocument, _ fixture: WorkbookFixture) throws -> [String] {
        do {
            _ = try WorkbookImport.run(edited: book, original: fixture.loaded)
            return []
        } catch {
            guard case .structure(let lines) = error else { return ["not a structure error: \(error.lines)"] }
            return lines
        }
    }

    @Test("An input given a formula, text or a value the format refuses: named with its cell and the rule")
    func badInputs() throws {
        let fixture = try WorkbookFixture()
        defer { fixture.remove() }
        let rate = fixture.cell("stipends.hourly_rate").reference.cell.a1
        func lines(_ body: String) throws -> [String] {
            let book = try XlsxDocument.read(path: fixture.edited(["Assumptions": [rate: body]], name: "bad-\(UUID().uuidString).xlsx"))
            return Self.refusal(book, over: fixture) ?? []
        }
        #expect(try lines("<f>50+5</f><v>55</v>") == ["sheet 'Assumptions' cell \(rate): an input must be a number, not the formula =50+5"])
        let negative = try lines("<v>-5</v>")
        #expect(negative.count == 1)
        #expect(negative.first?.hasPrefix("StipendHourlyRate (Assumptions!\(rate)): ") == true, "\(negative)")
        // Leaders above participants in year 2 only: the loader's rule, named with year 2's cell.
        let leaders = fixture.cell("cohort.y2.leaders").reference.cell.a1
        let book = try XlsxDocument.read(path: fixture.edited(["Assumptions": [leaders: "<v>40</v>"]], name: "leaders.xlsx"))
        let refused = try #require(Self.refusal(book, over: fixture), "leaders above participants were accepted")
        #expect(refused.count == 1)
        #expect(refused.first?.hasPrefix("LeadersYear2 (Assumptions!\(leaders)): cohort.by_year[1].leaders (40) must not be greater") == true,
                "\(refused)")
    }

    @Test("Formulas compare as spreadsheet programs respell them; numbers come back as typed")
    func normalizing() {
        #expect(WorkbookStructure.normalized("=round( $B$2 * 2, 2 )") == "ROUND(B2*2,2)")
        #expect(WorkbookStructure.normalized("_xlfn.STDEV.S(A1:A2)") == "STDEV.S(A1:A2)")
        #expect(WorkbookStructure.normalized("IF(A1=0,\"n a\",A1)") == "IF(A1=0,\"n a\",A1)")
        #expect(WorkbookStructure.normalized("IF(A1=0,\"n a\",A1)") != WorkbookStructure.normalized("IF(A1=0,\"N A\",A1)"))
        #expect(WorkbookImport.decimal(0.1) == Decimal(string: "0.1"))
        #expect(WorkbookImport.decimal(55) == 55)
        #expect(WorkbookImport.decimal(0.00001) == Decimal(string: "0.00001"))
        #expect(WorkbookImport.decimal(.nan) == nil)
        #expect(XlsxDocument.parseReference("'Line items'!$B$2") == .init(sheet: "Line items", cell: CellAddress(row: 1, column: 1)))
        #expect(XlsxDocument.parseReference("Assumptions!$B$2:$B$3") == nil)
    }

    @Test("Not a workbook, or a part with entities: said in words")
    func notAWorkbook() throws {
        #expect(throws: XlsxReadError.notAWorkbook("it is not an .xlsx file (not a zip archive)")) {
            try XlsxDocument.read(data: Data("name: x\n".utf8))
        }
        let fixture = try WorkbookFixture()
        defer { fixture.remove() }
        let laughs = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><c r="A1"><v>&b;</v></c>"#
        let path = try fixture.edited(["Budget": ["A1": "<v>1</v>"]], name: "dtd.xlsx", replacingPart: laughs)
        #expect(throws: XlsxReadError.malformed(part: "xl/worksheets/sheet3.xml",
                                                reason: "it declares a DTD or entities, which no spreadsheet part has")) {
            try XlsxDocument.read(path: path)
        }
    }
}

/// The reader on damaged files: bytes flipped anywhere, files cut short. Each read must end in
/// a document or an `XlsxReadError`, never a crash or a hang.
@Suite struct XlsxReaderDamageTests {
    @Test("Flipped bytes and truncations: a document or an error in words")
    func damaged() throws {
        let fixture = try WorkbookFixture()
        defer { fixture.remove() }
        let original = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        var rng = SplitMix64(seed: 0x9E37_79B9_7F4A_7C15)
        func next() -> UInt64 { rng.next() }   // the same damage every run
        var errors = 0
        for round in 0..<120 {
            var data = original
            if round % 4 == 3 {
                data = data.prefix(Int(next() % UInt64(data.count)))
            } else {
                for _ in 0..<(1 + Int(next() % 8)) {
                    let at = Int(next() % UInt64(data.count))
                    data[data.startIndex + at] ^= UInt8(truncatingIfNeeded: next() | 1)
                }
            }
            do { _ = try XlsxDocument.read(data: data) } catch { errors += 1; #expect(!error.description.isEmpty) }
        }
        #expect(errors > 30, "damage that is never noticed means the test damages nothing")
    }

    /// ZIPFoundation traps when an in-memory archive's directory points past the end of the
    /// data; the reader checks the offsets first (`ZipBounds`) and says so in words.
    @Test("A directory entry pointing past the end: an error, not a trap")
    func entryPastTheEnd() throws {
        let fixture = try WorkbookFixture()
        defer { fixture.remove() }
        var data = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        let bytes = [UInt8](data)
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        let found: Int? = (0...(bytes.count - 22)).reversed().first { Array(bytes[$0..<($0 + 4)]) == signature }
        let end = try #require(found)
        var directory = 0
        for k in 0..<4 { directory |= Int(bytes[end + 16 + k]) << (8 * k) }
        for k in 0..<4 { data[data.startIndex + directory + 42 + k] = [0xF0, 0xFF, 0xFF, 0x0F][k] }   // local header at ~256 MB
        #expect(throws: XlsxReadError.notAWorkbook("it is not an .xlsx file (zip entry 1's data runs past the end of the file)")) {
            try XlsxDocument.read(data: data)
        }
    }
}

import Foundation
import TestSupport
import LCReports
import LCStore
import Testing

/// Writes go only where they were told, and the record is created, changed or refused only as
/// SECURITY.md says: symlinks planted in --out, a file given as --out or --db, read-only reads.
@Suite struct WriteSafetyTests {
    static let slug = "riverside-k-8-maker-educator-learning-community-calendar-sample"

    static func sha256(_ url: URL) throws -> String { SHA256.hex(try Data(contentsOf: url)) }

    /// A scratch folder (the caller removes it) holding one file, `name`, with `text`.
    static func folder(holding name: String, _ text: String) throws -> URL {
        let folder = temporaryFolder()
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        return folder
    }

    static func isSymlink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Symlinks planted at every temporary name the next processes could use (the old
    /// `.NAME.PID.tmp` scheme) and at a final name: `report` follows none of them, writes nothing
    /// outside --out, and leaves regular files under the final names.
    @Test func plantedSymlinksAreNeverFollowed() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let out = sandbox.appendingPathComponent("out"), outside = sandbox.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let victim = outside.appendingPathComponent("victim.txt"), finalVictim = outside.appendingPathComponent("final.txt")
        try Data("keep me".utf8).write(to: victim)
        try Data("keep me too".utf8).write(to: finalVictim)
        // The next few hundred process ids, as the old temporary names used them.
        let last = Int((try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? Int(getpid())
        for pid in last..<(last + 400) {
            for name in ["\(Self.slug)-brief.md", "\(Self.slug).xlsx", "\(Self.slug).ics"] {
                try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent(".\(name).\(pid).tmp").path,
                                                           withDestinationPath: victim.path)
            }
        }
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("\(Self.slug)-justification.md").path,
                                                   withDestinationPath: finalVictim.path)
        let run = try lcbudget("report", scenarioPath("calendar-sample.yaml"), "--out", out.path, "--force",
                               "--db", sandbox.appendingPathComponent("record.sqlite").path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(try String(contentsOf: finalVictim, encoding: .utf8) == "keep me too")
        for name in ReportBundle.possibleNames(slug: Self.slug) {
            let url = out.appendingPathComponent(name)
            #expect(!Self.isSymlink(url), "\(name) is a symlink")
            #expect(try String(contentsOf: url, encoding: .isoLatin1).count > 100, "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).sorted() == ["final.txt", "victim.txt"])
    }

    @Test func temporaryFilesAreCreatedExclusivelyAndWithoutFollowingLinks() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link"), target = folder.appendingPathComponent("target")
        try Data("old".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        #expect(throws: OutputError.self) { try SafeFile.create(link, Data("new".utf8)) }
        #expect(throws: OutputError.self) { try SafeFile.create(target, Data("new".utf8)) }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    }

    /// Leftovers of killed runs (an unsealed staging folder, an old-style temporary file) are
    /// removed by the next run in that folder; other hidden files are not.
    @Test func leftoversOfKilledRunsAreCleanedByTheNextRun() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let out = sandbox.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent(".lcbudget-set-AbC123"), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: out.appendingPathComponent(".lcbudget-set-AbC123/x.xlsx"))
        let old = out.appendingPathComponent(".x-brief.md.4242.tmp"), young = out.appendingPathComponent(".x-brief.md.4243.tmp")
        let mine = out.appendingPathComponent(".keep.tmp")
        for url in [old, young, mine] { try Data("t".utf8).write(to: url) }
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: old.path)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: mine.path)
        let run = try lcbudget("report", scenarioPath("calendar-sample.yaml"), "--out", out.path,
                               "--db", sandbox.appendingPathComponent("record.sqlite").path)
        #expect(run.status == 0, "\(run.stderr)")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }.sorted()
        #expect(hidden == [".keep.tmp", ".x-brief.md.4243.tmp"])
    }

    /// "--out afile/sub: afile is a file, not a folder", nothing created, no record.
    @Test func aFileInTheOutPathIsNamedInWordsAndNothingIsCreated() throws {
        let sandbox = try Self.folder(holding: "afile", "x")
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let report = try lcbudget("report", scenarioPath("calendar-sample.yaml"), "--out", "afile/sub",
                                  "--db", "record.sqlite", in: sandbox)
        #expect(report.status == 1)
        #expect(report.stderr == "lcbudget: error: --out afile/sub: afile is a file, not a folder\n")
        #expect(!report.stderr.contains("NSCocoaErrorDomain"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path) == ["afile"])
    }

    /// `batch --out plainfile` records nothing and creates no database.
    @Test func batchIntoAFileRecordsNothing() throws {
        let sandbox = try Self.folder(holding: "plainfile", "x")
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let run = try lcbudget("batch", packageRoot.appendingPathComponent("scenarios").path, "--out", "plainfile",
                               "--db", "record.sqlite", in: sandbox)
        #expect(run.status == 1)
        #expect(run.stderr.contains("--out plainfile is a file, not a folder"), "\(run.stderr)")
        #expect(!run.stderr.contains("lcbudget: recorded"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path) == ["plainfile"])
    }

    /// A batch whose record cannot be written publishes nothing either.
    @Test func batchWithAnUnwritableRecordWritesNothing() throws {
        let sandbox = try Self.folder(holding: "notes.txt", "not a database at all")
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let run = try lcbudget("batch", packageRoot.appendingPathComponent("scenarios").path, "--out", "out",
                               "--db", "notes.txt", in: sandbox)
        #expect(run.status == 1)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: sandbox.appendingPathComponent("out").path)) ?? [] == [])
        #expect(try String(contentsOf: sandbox.appendingPathComponent("notes.txt"), encoding: .utf8) == "not a database at all")
    }

    /// Read-only commands leave every byte of the record as it was (no migration, no WAL switch).
    @Test func readOnlyCommandsLeaveTheRecordUnchanged() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let db = sandbox.appendingPathComponent("record.sqlite")
        let saved = try lcbudget("project", scenarioPath("riverside-worked-example.yaml"), "--save", "--db", db.path)
        #expect(saved.status == 0, "\(saved.stderr)")
        for suffix in ["-wal", "-shm"] { unlink(db.path + suffix) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db.path)
        let before = try Self.sha256(db)
        let name = "Riverside K-8 Maker Educator Learning Community"
        for arguments in [["runs", "--db", db.path], ["runs", "show", "1", "--db", db.path],
                          ["variance", name, "--db", db.path], ["stipends", name, "--db", db.path]] {
            let run = try lcbudget(arguments[0], arguments.count > 1 ? arguments[1] : "", in: nil, rest: Array(arguments.dropFirst(2)))
            #expect(run.status == 0 || arguments[0] != "runs", "\(arguments): \(run.stderr)")
            #expect(try Self.sha256(db) == before, "\(arguments) changed the record")
        }
    }

    /// A file that is not an lcbudget database is never turned into one.
    @Test func aFileThatIsNotADatabaseIsNeverReplaced() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let notes = sandbox.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: notes)
        for arguments in [["runs", "--db", notes.path], ["project", scenarioPath("guide-ten-month.yaml"), "--save", "--db", notes.path],
                          ["report", scenarioPath("guide-ten-month.yaml"), "--out", sandbox.appendingPathComponent("out").path,
                           "--db", notes.path]] {
            let run = try lcbudget(arguments[0], arguments[1], in: nil, rest: Array(arguments.dropFirst(2)))
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.contains("is not an SQLite database"), "\(arguments): \(run.stderr)")
            #expect(try Data(contentsOf: notes) == Data("x".utf8), "\(arguments)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path) == ["notes.txt"])
    }

    /// A foreign SQLite file is refused and left exactly as it was: no WAL switch, no -wal/-shm.
    @Test func aForeignSQLiteFileIsLeftAsItWas() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let foreign = sandbox.appendingPathComponent("other.sqlite")
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        make.arguments = [foreign.path, "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('mine');"]
        try make.run()
        make.waitUntilExit()
        let before = try Self.sha256(foreign)
        let run = try lcbudget("project", scenarioPath("guide-ten-month.yaml"), "--save", "--db", foreign.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("lcbudget did not create"), "\(run.stderr)")
        #expect(try Self.sha256(foreign) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path) == ["other.sqlite"])
    }

    /// A failed `report` (here: a scenario name clash with an existing file and no --force)
    /// leaves no database behind when there was none.
    @Test func aFailedReportCreatesNoDatabase() throws {
        let sandbox = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let out = sandbox.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: out.appendingPathComponent("\(Self.slug)-brief.md"))
        let run = try lcbudget("report", scenarioPath("calendar-sample.yaml"), "--out", out.path,
                               "--db", sandbox.appendingPathComponent("record.sqlite").path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("already exists; use --force"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path) == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["\(Self.slug)-brief.md"])
    }
}

/// `lcbudget(first, second, rest...)` for argument lists built at run time.
func lcbudget(_ first: String, _ second: String, in directory: URL?, rest: [String]) throws -> Run {
    let arguments = [first] + (second.isEmpty ? [] : [second]) + rest
    return try LCBudgetBinary.run(arguments, in: directory)
}

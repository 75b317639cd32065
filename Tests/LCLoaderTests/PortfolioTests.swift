import Foundation
import TestSupport
import Testing
import LCLoader
import LCModel

/// The pure part of `batch`: finding scenario files, projecting each, keeping going past a bad one.
@Suite struct PortfolioTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A folder with two good scenarios (one in a subfolder), one broken file and a non-YAML file.
    func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portfolio-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let good = try String(contentsOf: Self.root.appendingPathComponent("scenarios/riverside-uncertain.yaml"), encoding: .utf8)
        try good.write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try good.replacingOccurrences(of: "years: 2", with: "years: 3")
            .replacingOccurrences(of: "by_year: [150000, 150000]", with: "by_year: [150000, 150000, 150000]")
            .replacingOccurrences(of: "by_year: [60000, 60000]", with: "by_year: [60000, 60000, 60000]")
            .write(to: folder.appendingPathComponent("sub/c.yml"), atomically: true, encoding: .utf8)
        try good.replacingOccurrences(of: "years: 2", with: "years: 7")
            .write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func findsScenarioFilesInFoldersSorted() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = ScenarioFinder.find([folder.path, folder.appendingPathComponent("missing.yaml").path])
        #expect(found.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.yaml", "b.yaml", "c.yml"])
        #expect(found.problems.count == 1 && found.problems[0].message == "no such file or folder")
    }

    /// Inside a folder: any case of .yaml/.yml, folders whatever their name, no hidden entry,
    /// and no symbolic link followed (to a file or to a folder) nor any file that is not regular.
    @Test func findsOnlyRegularVisibleScenarioFilesAndFollowsNoLink() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let outside = manager.temporaryDirectory.appendingPathComponent("portfolio-outside-\(UUID())")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: outside) }
        try "x".write(to: outside.appendingPathComponent("elsewhere.yaml"), atomically: true, encoding: .utf8)
        for name in ["sub/UPPER.YML", ".hidden.yaml", ".dot/in-hidden.yaml", "dir.yaml/inside.yaml"] {
            let file = folder.appendingPathComponent(name)
            try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "x".write(to: file, atomically: true, encoding: .utf8)
        }
        try manager.createSymbolicLink(at: folder.appendingPathComponent("link.yaml"), withDestinationURL: outside.appendingPathComponent("elsewhere.yaml"))
        try manager.createSymbolicLink(at: folder.appendingPathComponent("linked"), withDestinationURL: outside)
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        let found = ScenarioFinder.find([folder.path + "/"])
        #expect(found.files == ["a.yaml", "b.yaml", "dir.yaml/inside.yaml", "sub/UPPER.YML", "sub/c.yml"].map { folder.path + "/" + $0 })
        #expect(found.problems.isEmpty)
        let empty = ScenarioFinder.find([outside.path + "/nothing-here", folder.appendingPathComponent(".dot").path])
        #expect(empty.files == [folder.appendingPathComponent(".dot/in-hidden.yaml").path])
    }

    @Test func aBadFileIsReportedAndTheRestComplete() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = PortfolioLoader.load(paths: [folder.path], jobs: 1)
        let three = PortfolioLoader.load(paths: [folder.path], jobs: 3)
        #expect(one.rows == three.rows)
        #expect(one.rows.map(\.years) == [2, 3])
        #expect(one.failures.count == 1)
        #expect(one.failures.first?.file.hasSuffix("b.yaml") == true)
        #expect(one.failures.first?.message.contains("years is larger than the maximum 5 (years), found 7") == true)
        // Figures are the projections'.
        let exact = Projector.project(try ScenarioLoader.load(path: folder.appendingPathComponent("a.yaml").path).scenario)
        #expect(one.rows[0].total == exact.total && one.rows[0].yearTotals == exact.years.map(\.total))
        #expect(one.total == one.rows[0].total + one.rows[1].total)
    }

    /// Streaming hands every scenario on in file order and skips the same files, whatever the
    /// jobs, even with the smallest window and a slow consumer holding the workers back.
    /// (That memory stays flat is measured by the batch benchmark, docs/PERFORMANCE.md.)
    @Test func streamingDeliversInOrderWhateverTheJobs() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = PortfolioLoader.loadScenarios(paths: [folder.path], jobs: 1)
        for jobs in [1, 3] {
            let files = FileList()
            let streamed = PortfolioLoader.streamScenarios(paths: [folder.path], jobs: jobs, window: 1) { scenario in
                files.append(scenario.file)
                usleep(2_000)   // a slow consumer
            }
            #expect(files.all == expected.scenarios.map(\.file))
            #expect(streamed.projected == expected.scenarios.count)
            #expect(streamed.failures == expected.failures)
        }
    }
}

private final class FileList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ file: String) { lock.lock(); list.append(file); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
}

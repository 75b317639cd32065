import Foundation

/// Publishes a set of output files into a folder as one unit, together with the record of the
/// run that made them (docs/reports.md "How a report set is published", SECURITY.md).
///
/// 1. `begin` takes the folder's lock (`flock` on the folder itself), finishes or rolls back any
///    publish a killed run left behind (`recover`), refuses existing names without `force`,
///    and makes a private staging folder `.lcbudget-set-XXXXXX` (`mkdtemp`, mode 0700) inside it.
/// 2. The caller writes every file into the staging folder (`write`), then `seal`s it: a
///    manifest naming the files, the names to retire, and the record that commits the set.
/// 3. The caller records the run in its database in one transaction that stores the staging
///    folder's name (the set id) and commits; that commit is the moment the set exists.
///    (With no record, sealing is that moment.)
/// 4. `publish` renames every file into place (a rename replaces a symlink at a final name,
///    never writes through it), removes the retired names, and removes the staging folder.
///
/// A run killed before step 3 leaves a staging folder the next run in that folder deletes; one
/// killed during step 4 leaves a sealed, committed staging folder the next run finishes
/// publishing before it does anything else. Readers that must never see a half-published
/// folder call `recover` first (it is cheap when there is nothing to do).
///
/// ```swift
/// let set = try ReportSet.begin(folder: out, names: ["a.md", "b.md"], retire: [], force: true,
///                               isCommitted: { _ in true })
/// try set.write([.text("a.md", "A"), .text("b.md", "B")])
/// try set.seal(record: nil)
/// let urls = try set.publish()
/// ```
// @unchecked: `batch` writes the files on one thread while another waits to seal; no two
// threads use one set at the same time.
public final class ReportSet: @unchecked Sendable {
    /// Name prefix of every staging folder (recognised by `recover`).
    public static let stagingPrefix = ".lcbudget-set-"
    static let manifestName = "manifest.json"

    /// What a sealed staging folder publishes; stored as `manifest.json` inside it.
    public struct Manifest: Codable, Sendable, Equatable {
        /// The staging folder's name: the set id the record stores.
        public var setID: String
        /// Files in the staging folder, renamed to the same names in the output folder.
        public var files: [String]
        /// Names in the output folder that belong to the previous set but not to this one.
        public var retire: [String]
        /// The record (database path) whose commit decides the set; nil when none.
        public var record: String?
    }

    public let folder: URL
    /// The private staging folder inside `folder`.
    public let staging: URL
    public var setID: String { staging.lastPathComponent }
    let names, retire: [String]
    private var lock: Int32
    /// Once sealed, a set is left to `publish` or to the next run's recovery (it may be committed).
    private var sealed = false

    private init(folder: URL, staging: URL, names: [String], retire: [String], lock: Int32) {
        self.folder = folder
        self.staging = staging
        self.names = names
        self.retire = retire
        self.lock = lock
    }

    deinit {
        if !sealed { try? FileManager.default.removeItem(at: staging) }
        unlock()
    }

    /// Locks `folder` (creating it when missing), recovers earlier runs, checks that `names`
    /// may be written, and makes the staging folder.
    ///
    /// - Parameter isCommitted: for a sealed manifest of an earlier, killed run with a record:
    ///   true when that record holds the set (roll forward), false when it does not (roll back),
    ///   nil when it cannot be read now (left alone for a later run).
    public static func begin(folder: URL, names: [String], retire: [String] = [], force: Bool,
                             isCommitted: (Manifest) -> Bool?) throws -> ReportSet {
        try SafeFile.makeFolder(folder.relativePath)
        let lock = try lockFolder(folder)
        do {
            recover(folder: folder, isCommitted: isCommitted)
            if !force, let existing = names.map({ folder.appendingPathComponent($0) }).first(where: SafeFile.exists) {
                throw OutputError.exists(existing.path)
            }
            var template = Array(folder.appendingPathComponent(stagingPrefix + "XXXXXX").path.utf8CString)
            guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
                throw OutputError.cannotCreate(folder.path, reason: SafeFile.reason(errno))
            }
            let staging = URL(fileURLWithPath: String(cString: made))
            return ReportSet(folder: folder, staging: staging, names: names, retire: retire.filter { !names.contains($0) },
                             lock: lock)
        } catch {
            flock(lock, LOCK_UN)
            close(lock)
            throw error
        }
    }

    /// Writes files into the staging folder (each `ReportFile` writes a path nobody else can
    /// have prepared: the staging folder is new, private and unpredictably named).
    public func write(_ files: [ReportFile]) throws {
        for file in files {
            guard names.contains(file.name) else { throw OutputError.failed(file.name, reason: "not one of this set's files") }
            do { try file.write(staging.appendingPathComponent(file.name)) } catch let error as OutputError {
                throw error
            } catch {
                throw OutputError.failed(folder.appendingPathComponent(file.name).path, reason: "\(error)")
            }
        }
    }

    /// Writes the manifest; after this (and the record's commit, when `record` is given) the
    /// set is published even if this process is killed.
    public func seal(record: String?) throws {
        for name in names where !SafeFile.exists(staging.appendingPathComponent(name)) {
            throw OutputError.failed(folder.appendingPathComponent(name).path, reason: "it was never written")
        }
        let manifest = Manifest(setID: setID, files: names, retire: retire, record: record)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let temporary = staging.appendingPathComponent(".manifest.tmp")
        try SafeFile.create(temporary, try encoder.encode(manifest))
        if rename(temporary.path, staging.appendingPathComponent(Self.manifestName).path) != 0 {
            throw OutputError.failed(staging.path, reason: SafeFile.reason(errno))
        }
        SafeFile.syncFolder(staging)
        sealed = true
    }

    /// Renames every file into place, retires the old names, removes the staging folder and
    /// releases the lock; returns the final paths.
    @discardableResult
    public func publish() throws -> [URL] {
        let manifest = Manifest(setID: setID, files: names, retire: retire, record: nil)
        sealed = true
        defer { unlock() }
        try Self.rollForward(manifest, staging: staging, folder: folder)
        return names.map { folder.appendingPathComponent($0) }
    }

    /// Abandons the set (its record did not commit): the staging folder is removed and
    /// nothing in the folder changes.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
        sealed = true
        unlock()
    }

    private func unlock() {
        guard lock >= 0 else { return }
        flock(lock, LOCK_UN)
        close(lock)
        lock = -1
    }

    // MARK: Recovery

    /// Finishes or rolls back what killed runs left in `folder` (call with the folder locked,
    /// as `begin` does, or through `recover(folder:isCommitted:)` which locks it):
    /// - a staging folder with a manifest whose set is committed: its files are published;
    /// - any other staging folder: removed;
    /// - temporary files of older lcbudget versions (`.NAME.PID.tmp`, `.portfolio.xlsx.PID.stream.tmp`)
    ///   older than ten minutes: removed.
    /// Returns what it did, one line each, for the caller to say.
    @discardableResult
    public static func recover(folder: URL, isCommitted: (Manifest) -> Bool?) -> [String] {
        var done: [String] = []
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return done }
        for name in entries.sorted() {
            let url = folder.appendingPathComponent(name)
            var info = stat()
            guard lstat(url.path, &info) == 0 else { continue }
            let isFolder = info.st_mode & S_IFMT == S_IFDIR
            if name.hasPrefix(stagingPrefix) && isFolder {
                let data = try? Data(contentsOf: url.appendingPathComponent(manifestName))
                let manifest = data.flatMap { try? JSONDecoder().decode(Manifest.self, from: $0) }
                if let manifest, manifest.setID == name,
                   manifest.files.allSatisfy(isPlainName), manifest.retire.allSatisfy(isPlainName) {
                    switch manifest.record == nil ? true : isCommitted(manifest) {
                    case true?:
                        if (try? rollForward(manifest, staging: url, folder: folder)) != nil {
                            done.append("finished publishing \(name), interrupted earlier")
                        }
                        continue
                    case nil: continue
                    case false?: break
                    }
                }
                try? FileManager.default.removeItem(at: url)
                done.append("removed \(name), left by an interrupted run")
            } else if info.st_mode & S_IFMT == S_IFREG, isLegacyTemporary(name),
                      Date().timeIntervalSince1970 - Double(info.st_mtim.tv_sec) > 600 {
                unlink(url.path)
                done.append("removed \(name), left by an interrupted run")
            }
        }
        return done
    }

    /// Locks `folder` and recovers it; for readers that want a settled folder.
    @discardableResult
    public static func recover(lockingFolder folder: URL, isCommitted: (Manifest) -> Bool?) throws -> [String] {
        let lock = try lockFolder(folder)
        defer { flock(lock, LOCK_UN); close(lock) }
        return recover(folder: folder, isCommitted: isCommitted)
    }

    static func rollForward(_ manifest: Manifest, staging: URL, folder: URL) throws {
        for name in manifest.files {
            let from = staging.appendingPathComponent(name)
            guard SafeFile.exists(from) else { continue }  // already published before the kill
            if rename(from.path, folder.appendingPathComponent(name).path) != 0 {
                throw OutputError.failed(folder.appendingPathComponent(name).path, reason: SafeFile.reason(errno))
            }
        }
        for name in manifest.retire {
            var info = stat()
            let url = folder.appendingPathComponent(name)
            if lstat(url.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { unlink(url.path) }
        }
        SafeFile.syncFolder(folder)
        try? FileManager.default.removeItem(at: staging)
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }

    /// `.brief.md.1234.tmp` and `.portfolio.xlsx.1234.stream.tmp`, as lcbudget named them before sets.
    static func isLegacyTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        var parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        if parts.last == "stream" { parts.removeLast() }
        guard parts.count >= 2, let pid = parts.last, !pid.isEmpty, pid.allSatisfy(\.isNumber) else { return false }
        return true
    }

    static func lockFolder(_ folder: URL) throws -> Int32 {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError.cannotCreate(folder.path, reason: SafeFile.reason(errno)) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            close(fd)
            throw OutputError.cannotCreate(folder.path, reason: "cannot lock it: \(SafeFile.reason(errno))")
        }
        return fd
    }
}

import Foundation
import LCReports
import LCStore

/// The record side of a `ReportSet`: whether an interrupted publish was committed, and the
/// database files a failed first run must not leave behind.
enum ReportPublisher {
    /// For `ReportSet.begin`/`recover`: reads the manifest's record read-only and says whether a
    /// run of that set is recorded; false when the record is missing or empty (nothing was
    /// committed); nil when it cannot be read now (the set is left for a later run).
    static func isCommitted(_ manifest: ReportSet.Manifest) -> Bool? {
        guard let db = manifest.record else { return true }
        do {
            let store = try RecordStore(path: db, create: false, readOnly: true)
            return try store.hasOutputSet(manifest.setID)
        } catch .missing {
            return false
        } catch {
            return nil
        }
    }

    /// The database path as an absolute path (manifests outlive the current folder).
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether nothing (or only an empty file) is at the database path: a run that fails then
    /// removes what it created, so a failed first run leaves no database behind.
    static func isFresh(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) != 0
    }

    static func removeFresh(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// "--out afile/sub: afile is a file, not a folder" and the like.
    static func message(_ error: any Error, option: String) -> String {
        if case OutputError.notAFolder = error { return "\(option) \(error)" }
        return "\(error)"
    }
}

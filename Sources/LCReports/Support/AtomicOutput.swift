import Foundation

/// Why outputs could not be written, in words (never an `NSCocoaErrorDomain` code).
public enum OutputError: Error, CustomStringConvertible, Equatable {
    case exists(String)
    case notADirectory(String)
    /// `given` (e.g. `--out afile/sub`) cannot be a folder because `part` of it is a file.
    case notAFolder(given: String, part: String)
    case cannotCreate(String, reason: String)
    case failed(String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; use --force to overwrite it"
        case .notADirectory(let path): "\(path) is a file, not a folder"
        case .notAFolder(let given, let part):
            given == part ? "\(given) is a file, not a folder" : "\(given): \(part) is a file, not a folder"
        case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
        case .failed(let path, let reason): "could not write \(path): \(reason)"
        }
    }
}

/// Writes a set of files into one folder all or nothing, with no record: a `ReportSet` whose
/// seal is its commit (see `ReportSet` for the staging folder and the recovery of killed runs).
public enum AtomicOutput {
    /// - Parameter midWrite: called once after the first file is complete in the staging folder
    ///   and before the set is sealed (the interruption test kills the process there).
    public static func write(_ files: [ReportFile], into directory: URL, force: Bool,
                             midWrite: (() -> Void)? = nil) throws -> [URL] {
        let set = try ReportSet.begin(folder: directory, names: files.map(\.name), force: force, isCommitted: { _ in nil })
        do {
            for (index, file) in files.enumerated() {
                try set.write([file])
                if index == 0 { midWrite?() }
            }
            try set.seal(record: nil)
            return try set.publish()
        } catch {
            set.abandon()
            throw error
        }
    }
}

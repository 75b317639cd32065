import Foundation

/// Why outputs could not be written.
public enum OutputError: Error, CustomStringConvertible, Equatable {
    case exists(String)
    case notADirectory(String)
    case cannotCreate(String, reason: String)
    case failed(String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; use --force to overwrite it"
        case .notADirectory(let path): "\(path) is not a directory"
        case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
        case .failed(let path, let reason): "could not write \(path): \(reason)"
        }
    }
}

/// Writes a set of files into one folder all or nothing: each goes to a hidden temporary file
/// in the same folder, and only when every one is complete are they renamed into place.
public enum AtomicOutput {
    /// - Parameter midWrite: called once after the first temporary file is complete and before
    ///   any is renamed (the interruption test kills the process there).
    public static func write(_ files: [ReportFile], into directory: URL, force: Bool,
                             midWrite: (() -> Void)? = nil) throws -> [URL] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OutputError.notADirectory(directory.path) }
        } else {
            do { try fm.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
                throw OutputError.cannotCreate(directory.path, reason: error.localizedDescription)
            }
        }
        let targets = files.map { directory.appendingPathComponent($0.name) }
        if !force, let existing = targets.first(where: { fm.fileExists(atPath: $0.path) }) {
            throw OutputError.exists(existing.path)
        }
        var temporaries: [URL] = []
        do {
            for (file, target) in zip(files, targets) {
                let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
                temporaries.append(temporary)
                try file.write(temporary)
                if temporaries.count == 1 { midWrite?() }
            }
            for (temporary, target) in zip(temporaries, targets) {
                if rename(temporary.path, target.path) != 0 {
                    throw OutputError.failed(target.path, reason: String(cString: strerror(errno)))
                }
            }
        } catch {
            for temporary in temporaries { try? fm.removeItem(at: temporary) }
            if let error = error as? OutputError { throw error }
            throw OutputError.failed(directory.path, reason: "\(error)")
        }
        return targets
    }
}

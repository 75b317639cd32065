import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The scenario files named by command-line paths: files as given, folders searched
/// recursively for `*.yaml` / `*.yml` (sorted, hidden entries skipped), for `batch`.
///
/// ```swift
/// let found = ScenarioFinder.find(["district/", "extra.yaml"])
/// found.files     // ["district/a.yaml", "district/sub/b.yml", "extra.yaml"]
/// found.problems  // a path that does not exist, with its diagnostic
/// ```
///
/// Inside a folder only regular files count: a symbolic link (to a file or a folder) is not
/// followed, so a batch reads each file once and never leaves the folder it was given.
public enum ScenarioFinder {
    public struct Found: Sendable {
        public var files: [String]
        public var problems: [Diagnostic]
    }

    public static func find(_ paths: [String]) -> Found {
        var files: [String] = [], problems: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Diagnostic(.error, "no such file or folder", file: path))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            var found: [String] = []
            guard walk(folder: prefix, relative: "", into: &found) else {
                problems.append(Diagnostic(.error, "cannot be read (check its permissions)", file: path))
                continue
            }
            if found.isEmpty { problems.append(Diagnostic(.warning, "folder holds no .yaml or .yml scenario files", file: path)) }
            files += found.sorted()
        }
        return Found(files: files, problems: problems)
    }

    /// Adds `prefix + relative + name` for every scenario file under the folder, depth first;
    /// false when the folder itself cannot be opened (a subfolder that cannot is skipped).
    ///
    /// `readdir` and `lstat`, not Foundation's directory enumerator: asking that enumerator
    /// whether an entry is a regular file reads `/etc/passwd` and `/etc/group` once per file
    /// (the owner's name comes with the attributes), which made finding 1,000 files cost
    /// as much as loading 30 of them.
    private static func walk(folder prefix: String, relative: String, into found: inout [String]) -> Bool {
        guard let directory = opendir(prefix + relative) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(".") { continue }   // hidden, and the folder's own . and ..
            let path = relative + name
            var status = stat()
            guard lstat(prefix + path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: _ = walk(folder: prefix, relative: path + "/", into: &found)
            case S_IFREG where isScenarioName(name): found.append(prefix + path)
            default: continue
            }
        }
        return true
    }

    /// `*.yaml` or `*.yml`, in any case (`B.YML`).
    static func isScenarioName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return false }
        return ["yaml", "yml"].contains(name[name.index(after: dot)...].lowercased())
    }
}

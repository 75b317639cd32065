import Foundation

/// The scenario files named by command-line paths: files as given, folders searched
/// recursively for `*.yaml` / `*.yml` (sorted, hidden entries skipped), for `batch`.
///
/// ```swift
/// let found = ScenarioFinder.find(["district/", "extra.yaml"])
/// found.files     // ["district/a.yaml", "district/sub/b.yml", "extra.yaml"]
/// found.problems  // a path that does not exist, with its diagnostic
/// ```
public enum ScenarioFinder {
    public struct Found: Sendable {
        public var files: [String]
        public var problems: [Diagnostic]
    }

    public static func find(_ paths: [String]) -> Found {
        var files: [String] = [], problems: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Diagnostic(.error, "no such file or folder", file: path))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let base = URL(fileURLWithPath: path)
            guard let walker = manager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                  options: [.skipsHiddenFiles]) else {
                problems.append(Diagnostic(.error, "cannot be read (check its permissions)", file: path))
                continue
            }
            var found: [String] = []
            for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    let relative = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
                    found.append((path.hasSuffix("/") ? path : path + "/") + relative)
                }
            }
            if found.isEmpty { problems.append(Diagnostic(.warning, "folder holds no .yaml or .yml scenario files", file: path)) }
            files += found.sorted()
        }
        return Found(files: files, problems: problems)
    }
}

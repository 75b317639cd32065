import Foundation

/// File-system steps that never follow a symlink an attacker planted and never write outside
/// the folder they were given.
///
/// ```swift
/// try SafeFile.create(folder.appendingPathComponent("brief.md"), Data("# Brief".utf8))  // O_EXCL|O_NOFOLLOW
/// try SafeFile.makeFolder("reports/2027")   // "reports is a file, not a folder" when it is
/// ```
public enum SafeFile {
    /// Creates `url` with `O_CREAT|O_EXCL|O_NOFOLLOW` (so an existing file or symlink there is an
    /// error, never followed), writes `data`, and flushes it to disk.
    public static func create(_ url: URL, _ data: Data) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError.failed(url.path, reason: reason(errno)) }
        defer { close(fd) }
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.failed(url.path, reason: reason(errno))
                }
                offset += n
            }
        }
        if fsync(fd) != 0 { throw OutputError.failed(url.path, reason: reason(errno)) }
    }

    /// Creates `path` and any missing parents as real folders (a symlink to a folder the user
    /// named is accepted as that folder). A part of the path that is a file is named in words:
    /// `--out afile/sub` fails with "afile is a file, not a folder".
    public static func makeFolder(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            var info = stat()
            if stat(prefix, &info) == 0 {
                if info.st_mode & S_IFMT != S_IFDIR { throw OutputError.notAFolder(given: path, part: prefix) }
                continue
            }
            if errno != ENOENT { throw OutputError.cannotCreate(path, reason: "\(prefix): \(reason(errno))") }
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw OutputError.cannotCreate(path, reason: "\(prefix): \(reason(errno))")
            }
        }
    }

    /// Flushes a folder's entries (after renames) so a crash cannot lose them.
    static func syncFolder(_ url: URL) {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Whether anything (file, folder or symlink, even a dangling one) is at `url`.
    static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }

    /// `strerror` in words ("Permission denied"), never an `NSCocoaErrorDomain` code.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOTDIR: return "a part of the path is a file, not a folder"
        case ELOOP: return "it is a symbolic link; lcbudget never writes through one"
        case EEXIST: return "something is already there"
        default: return String(cString: strerror(code))
        }
    }
}

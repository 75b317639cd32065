import Foundation
import LCStore

/// The scenario files of `--dir`: the only files the server reads or writes.
///
/// ```swift
/// let folder = try ScenarioFolder(path: "scenarios")
/// let file = try folder.read("district-two-year.yaml")     // text and SHA-256
/// let saved = try folder.save("new.yaml", text: yaml, baseSHA256: nil)
/// ```
///
/// A name is one file name: percent-decoded once, it must end in `.yaml` or `.yml`, may not
/// start with a dot or hold a slash, a backslash, a `%` or a control character; its real path
/// (symbolic links followed) must lie directly in the folder. Anything else is "not found",
/// so a probe learns nothing about the rest of the disk.
///
/// Saves are atomic and never lose an edit: the text goes to a new temporary file in the
/// folder (`O_CREAT|O_EXCL|O_NOFOLLOW`), is flushed to disk, and is renamed over the target
/// only if the target still has the SHA-256 the editor opened (`baseSHA256`; nil = the file
/// must not exist). Saves are serialized (an actor), so two saves cannot interleave.
public actor ScenarioFolder {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case notFound
        /// The file changed (or appeared, or vanished) since it was opened; its current hash.
        case conflict(currentSHA256: String?)
        /// A symbolic link: the server does not write through (or replace) links.
        case symbolicLink
        case io(String)

        /// In words, for the command line and the log (the API maps each case to a status).
        public var description: String {
            switch self {
            case .notFound: "not found"
            case .conflict: "the file changed on disk since it was opened"
            case .symbolicLink: "is a symbolic link; the server does not write through links"
            case .io(let message): message
            }
        }
    }

    public struct File: Sendable {
        public var name, text, sha256: String
    }

    /// The folder's real path (symbolic links resolved).
    public nonisolated let root: URL

    public init(path: String) throws(Failure) {
        guard let real = ScenarioFolder.realPath(path) else { throw .io("no such folder; create it or name a folder of scenario files") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .io("is not a folder; name a folder of scenario files")
        }
        root = URL(fileURLWithPath: real, isDirectory: true)
    }

    // MARK: Names

    /// The checked file name for a name as it came in a URL path segment, or nil.
    public nonisolated static func fileName(_ raw: String) -> String? {
        guard let name = raw.removingPercentEncoding, !name.isEmpty, name.utf8.count <= 255 else { return nil }
        guard !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml"), name.count > 5 else { return nil }
        if name.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0 == "%" || $0.value < 0x20 || $0.value == 0x7F }) {
            return nil
        }
        return name
    }

    /// The file's path in the folder, or `notFound` when the name is not allowed or its real
    /// path leaves the folder.
    nonisolated func location(_ raw: String) throws(Failure) -> (path: String, isLink: Bool) {
        guard let name = ScenarioFolder.fileName(raw) else { throw .notFound }
        let path = root.appendingPathComponent(name).path
        // lstat: the entry itself, so a link is seen as a link.
        guard let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType else {
            return (path, false)   // not there yet (a new file)
        }
        let isLink = type == .typeSymbolicLink
        if isLink {
            guard let real = ScenarioFolder.realPath(path),
                  URL(fileURLWithPath: real).deletingLastPathComponent().path == root.path,
                  (try? FileManager.default.attributesOfItem(atPath: real))?[.type] as? FileAttributeType == .typeRegular else {
                throw .notFound
            }
        } else if type != .typeRegular {
            throw .notFound
        }
        return (path, isLink)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    // MARK: Reading

    /// The scenario files of the folder (`.yaml`, `.yml`; not hidden), sorted by name.
    public nonisolated func list() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            guard let checked = ScenarioFolder.fileName(name), checked == name else { return false }
            return (try? location(name)) != nil && FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path)
        }.sorted()
    }

    public nonisolated func read(_ raw: String) throws(Failure) -> File {
        let (path, _) = try location(raw)
        guard let data = FileManager.default.contents(atPath: path) else { throw .notFound }
        guard data.count <= 1_048_576, let text = String(data: data, encoding: .utf8) else {
            throw .io("\(ScenarioFolder.fileName(raw) ?? raw) is not a UTF-8 scenario file of at most 1 MB")
        }
        return File(name: ScenarioFolder.fileName(raw)!, text: text, sha256: SHA256.hex(data))
    }

    /// The SHA-256 of the file's bytes now, nil when it does not exist.
    nonisolated func currentSHA256(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { SHA256.hex($0) }
    }

    // MARK: Saving

    /// Writes `text` to the file atomically when its current hash is `baseSHA256` (nil: it
    /// must not exist yet); returns the new hash.
    ///
    /// `keepLeadingComments`: the comment block that opens the file on disk (a scenario's
    /// description) is kept above the new text, since a document has no comments to carry it.
    public func save(_ raw: String, text: String, baseSHA256: String?, keepLeadingComments: Bool = true) throws(Failure) -> File {
        let (path, isLink) = try location(raw)
        if isLink { throw .symbolicLink }
        let current = currentSHA256(path)
        guard current == baseSHA256 else { throw .conflict(currentSHA256: current) }
        var contents = text
        if keepLeadingComments, current != nil, let old = try? String(contentsOfFile: path, encoding: .utf8) {
            contents = ScenarioFolder.leadingComments(old) + text
        }
        let data = Data(contents.utf8)
        try writeAtomically(data, to: path)
        return File(name: ScenarioFolder.fileName(raw)!, text: contents, sha256: SHA256.hex(data))
    }

    /// The lines that open `text` while they are comments (or blank), ending with a line break.
    nonisolated static func leadingComments(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.isEmpty || trimmed.hasPrefix("#") else { break }
            out += line + "\n"
        }
        // Trailing blank lines belong to neither: keep one line break after the comments.
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "" : out
    }

    private func writeAtomically(_ data: Data, to path: String) throws(Failure) {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let temporary = root.appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io("cannot create a temporary file in \(root.path): \(String(cString: strerror(errno)))") }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno)); return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .io("could not save \(name): \(failure)")
        }
        // The rename itself is durable once the folder is flushed.
        let folder = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 { fsync(folder); close(folder) }
    }
}

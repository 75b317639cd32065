import Foundation

/// The page's files (index.html, its four scripts and app.css), read once from the binary's resources.
///
/// ```swift
/// PageFiles.shipped.file("app.js")?.contentType   // "text/javascript; charset=utf-8"
/// ```
///
/// Only these names are served; nothing else in the resources (or on disk) can be reached.
public struct PageFiles: Sendable {
    public struct File: Sendable {
        public var data: Data
        public var contentType: String
    }

    public static let names: [String: String] = [
        "index.html": "text/html; charset=utf-8",
        "page.js": "text/javascript; charset=utf-8",
        "form.js": "text/javascript; charset=utf-8",
        "analysis.js": "text/javascript; charset=utf-8",
        "app.js": "text/javascript; charset=utf-8",
        "app.css": "text/css; charset=utf-8",
    ]

    private var files: [String: File] = [:]

    public init(directory: URL?) {
        guard let directory else { return }
        for (name, type) in PageFiles.names {
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) {
                files[name] = File(data: data, contentType: type)
            }
        }
    }

    public func file(_ name: String) -> File? { files[name] }

    /// The files built into the binary (`Sources/LCServer/Resources`).
    public static let shipped = PageFiles(directory: Bundle.module.url(forResource: "Resources", withExtension: nil))
}

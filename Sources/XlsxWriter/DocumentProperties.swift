import Foundation

/// The document properties Excel shows under File > Info.
///
/// `created` is written into `docProps/core.xml` as both the creation and modification time;
/// fixing it (for example from `SOURCE_DATE_EPOCH`) makes the file byte-identical run to run.
public struct DocumentProperties: Sendable, Equatable {
    public var title, subject, author, company, category, keywords, comments: String?
    /// Whole seconds since 1970. libxlsxwriter reads 0 as "now", so the epoch itself is
    /// written one second later (1970-01-01T00:00:01Z) to stay deterministic.
    public var created: Date
    /// Custom text properties (File > Properties > Custom), in this order.
    public var custom: [CustomProperty] = []

    public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
                category: String? = nil, keywords: String? = nil, comments: String? = nil, created: Date) {
        (self.title, self.subject, self.author, self.company) = (title, subject, author, company)
        (self.category, self.keywords, self.comments, self.created) = (category, keywords, comments, created)
    }
}

/// One custom document property: a name and a text value (`docProps/custom.xml`).
public struct CustomProperty: Sendable, Equatable {
    public var name, value: String

    public init(name: String, value: String) { (self.name, self.value) = (name, value) }
}

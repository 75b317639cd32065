import Foundation
import TestSupport
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LCReports
import LCServer
import NIOCore
import Testing

let scenariosFolder = packageRoot.appendingPathComponent("scenarios")

/// Every shipped scenario file (the folder `make serve` serves).
let shippedScenarios: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: scenariosFolder.path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.sorted()

func shipped(_ name: String) -> String {
    try! String(contentsOf: scenariosFolder.appendingPathComponent(name), encoding: .utf8)
}

/// A scratch workspace: a folder holding copies of some shipped scenarios, a fresh record.
struct Scratch {
    let root: URL
    var directory: URL { root.appendingPathComponent("scenarios") }
    var database: String { root.appendingPathComponent("lcbudget.sqlite").path }

    init(copying names: [String] = ["riverside-worked-example.yaml", "guide-ten-month.yaml"]) {
        root = temporaryFolder()
        try! FileManager.default.createDirectory(at: root.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        for name in names {
            try! FileManager.default.copyItem(at: scenariosFolder.appendingPathComponent(name),
                                              to: root.appendingPathComponent("scenarios/\(name)"))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Runs `body` with the router of this workspace (no socket), then removes the workspace.
    func testRouter<Value>(_ body: @Sendable (Scratch, any TestClientProtocol) async throws -> Value) async throws -> Value {
        defer { remove() }
        return try await application().test(.router) { client in try await body(self, client) }
    }

    /// The server's application over this workspace (router tests: no socket).
    ///
    /// The router test client always sends `Host: localhost` (no port, so port 80): the
    /// policy's port is 80 unless a test means that Host to be wrong.
    func application(host: String = "127.0.0.1", port: Int = 80, token: String? = nil) throws -> some ApplicationProtocol {
        let workspace = Workspace(folder: try ScenarioFolder(path: directory.path),
                                  log: try RunLog(path: database, toolVersion: "0.1.0"))
        let policy = SecurityPolicy(host: host, port: port, token: token)
        return Application(router: Routes.router(workspace: workspace, policy: policy))
    }
}

extension TestClientProtocol {
    /// A request as the page sends it (the router test client adds `Host: localhost`).
    func send(_ uri: String, _ method: HTTPRequest.Method = .get, body: String? = nil, bytes: [UInt8]? = nil,
              headers: HTTPFields = [:]) async throws -> TestResponse {
        let buffer = bytes.map { ByteBuffer(bytes: $0) } ?? body.map { ByteBuffer(string: $0) }
        return try await execute(uri: uri, method: method, headers: headers, body: buffer) { $0 }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: JSONValue { try! JSONParser.parse(Array(body.readableBytesView)) }
}

extension JSONValue {
    subscript(_ key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }
    subscript(_ index: Int) -> JSONValue? {
        guard case .array(let items) = self, index < items.count else { return nil }
        return items[index]
    }
    var string: String? { if case .string(let text) = self { text } else if case .number(let text) = self { text } else { nil } }
    var array: [JSONValue] { if case .array(let items) = self { items } else { [] } }
}

/// `{"document": <the YAML's tree>}` for a scenario's text.
func documentBody(_ yaml: String, extra: [(String, JSONValue)] = []) -> String {
    JSONValue.object([("document", YAMLTree(text: yaml)!.document)] + extra).rendered()
}

func documentBody(_ document: JSONValue, extra: [(String, JSONValue)] = []) -> String {
    JSONValue.object([("document", document)] + extra).rendered()
}

/// Sets a scalar at a dotted path of a document ("cohort.participants").
func setting(_ document: JSONValue, _ path: String, _ value: JSONValue) -> JSONValue {
    let parts = path.split(separator: ".").map(String.init)
    func set(_ node: JSONValue, _ rest: ArraySlice<String>) -> JSONValue {
        guard let key = rest.first else { return value }
        switch node {
        case .object(var pairs):
            if let index = pairs.firstIndex(where: { $0.0 == key }) {
                pairs[index].1 = set(pairs[index].1, rest.dropFirst())
            } else {
                pairs.append((key, set(.object([]), rest.dropFirst())))
            }
            return .object(pairs)
        case .array(var items):
            let index = Int(key)!
            items[index] = set(items[index], rest.dropFirst())
            return .array(items)
        default: return node
        }
    }
    return set(document, parts[...])
}

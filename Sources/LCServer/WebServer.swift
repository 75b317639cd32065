import Foundation
import Hummingbird
import Logging
import NIOCore

/// `lcbudget serve`: the web workspace's HTTP server (Hummingbird 2).
///
/// ```swift
/// let options = WebServer.Options(host: "127.0.0.1", port: 8321, directory: "scenarios",
///                                 database: "lcbudget.sqlite", token: nil, toolVersion: "0.1.0")
/// try await WebServer.run(options) { print("serving \($0)") }   // until SIGINT or SIGTERM
/// ```
///
/// Shutdown: on SIGINT or SIGTERM the service group stops accepting connections, lets the
/// requests in flight finish, and returns; then the record is closed.
public enum WebServer {
    public struct Options: Sendable {
        public var host: String
        public var port: Int
        public var directory, database: String
        /// Required on every request when set; generated when the host is not loopback and none is given.
        public var token: String?
        public var toolVersion: String

        public init(host: String, port: Int, directory: String, database: String, token: String?, toolVersion: String) {
            (self.host, self.port, self.directory, self.database, self.token, self.toolVersion) = (host, port, directory, database, token, toolVersion)
        }

        /// The token in force: the given one, else a new one when the host is not loopback.
        public func effectiveToken() -> String? {
            if let token { return token }
            return SecurityPolicy.isLoopback(host) ? nil : SecurityPolicy.generateToken()
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case setup(String)
        public var description: String {
            switch self { case .setup(let message): message }
        }
    }

    /// Opens the folder and the record (errors a person can act on), then serves until a
    /// signal. `ready` receives the address to open (with `?token=` when there is one).
    public static func run(_ options: Options, ready: @escaping @Sendable (String) -> Void) async throws {
        let folder: ScenarioFolder
        do { folder = try ScenarioFolder(path: options.directory) } catch {
            throw Failure.setup("--dir \(options.directory): \(error)")
        }
        let log: RunLog
        do { log = try RunLog(path: options.database, toolVersion: options.toolVersion) } catch {
            throw Failure.setup("--db \(options.database): \(error)")
        }
        let token = options.effectiveToken()
        let policy = SecurityPolicy(host: options.host, port: options.port, token: token)
        let workspace = Workspace(folder: folder, log: log)
        var logger = Logger(label: "lcbudget-serve")
        logger.logLevel = .warning
        let app = Application(
            router: Routes.router(workspace: workspace, policy: policy),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                policy.bind(port: port)
                let host = options.host.contains(":") ? "[\(options.host)]" : options.host
                ready("http://\(host):\(port)/" + (token.map { "?token=\($0)" } ?? ""))
            },
            logger: logger)
        do {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            await log.close()
            throw error
        }
        await log.close()
    }
}

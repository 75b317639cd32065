import Foundation
import Synchronization

/// Who may talk to the server: the host names and port it answers as, and the access token
/// when it listens beyond this machine.
///
/// ```swift
/// let policy = SecurityPolicy(host: "127.0.0.1", port: 8321, token: nil)
/// policy.allowsAuthority("localhost:8321")        // true
/// policy.allowsAuthority("evil.example:8321")     // false: DNS rebinding
/// policy.allowsOrigin("http://127.0.0.1:8321")    // true
/// ```
///
/// The port is set again once the listener is bound (`--port 0` picks a free one).
public final class SecurityPolicy: Sendable {
    public let host: String
    /// Required on every request when not nil (any host that is not loopback).
    public let token: String?
    private let boundPort: Mutex<Int>

    public init(host: String, port: Int, token: String?) {
        self.host = host
        self.token = token
        boundPort = Mutex(port)
    }

    public var port: Int {
        get { boundPort.withLock { $0 } }
    }

    public func bind(port: Int) { boundPort.withLock { $0 = port } }

    /// 127.0.0.0/8, ::1 and localhost: the machine itself.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if bare == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The host names the server answers to: the one it listens on and, on loopback, the
    /// machine's other names for itself.
    var hostNames: Set<String> {
        var names: Set<String> = [host.lowercased()]
        if host.contains(":") && !host.hasPrefix("[") { names.insert("[\(host.lowercased())]") }
        if SecurityPolicy.isLoopback(host) { names.formUnion(["localhost", "127.0.0.1", "[::1]"]) }
        return names
    }

    /// A `Host` header (`name:port`) that names this server. A missing port means 80.
    public func allowsAuthority(_ authority: String?) -> Bool {
        guard let authority = authority?.lowercased(), !authority.isEmpty else { return false }
        let name: String, portText: String?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            name = String(authority[...close])
            let rest = authority[authority.index(after: close)...]
            portText = rest.isEmpty ? nil : (rest.hasPrefix(":") ? String(rest.dropFirst()) : "bad")
        } else if let colon = authority.lastIndex(of: ":") {
            name = String(authority[..<colon])
            portText = String(authority[authority.index(after: colon)...])
        } else {
            name = authority
            portText = nil
        }
        let requestPort = portText.map { Int($0) ?? -1 } ?? 80
        // Listening on every address (0.0.0.0, ::), the names people use are not known: the
        // token, required there, is what keeps other sites out.
        let anyName = host == "0.0.0.0" || host == "::" || host == "[::]"
        return requestPort == port && (anyName || hostNames.contains(name))
    }

    /// An `Origin` header that is this server's own (`http://name:port`); no header is allowed
    /// (a same-origin GET, or a client that is not a browser).
    public func allowsOrigin(_ origin: String?) -> Bool {
        guard let origin else { return true }
        guard origin.lowercased().hasPrefix("http://") else { return false }
        return allowsAuthority(String(origin.dropFirst("http://".count)))
    }

    /// Compares in time independent of where the strings first differ.
    public func acceptsToken(_ candidate: String?) -> Bool {
        guard let token else { return true }
        guard let candidate else { return false }
        let a = Array(token.utf8), b = Array(candidate.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<a.count { difference |= a[index] ^ (index < b.count ? b[index] : 0) }
        return difference == 0
    }

    /// A token of 32 random bytes as hex, for `--host` beyond loopback without `--token`.
    public static func generateToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

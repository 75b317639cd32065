import Foundation
import TestSupport
import LCLoader
import LCModel
import LCReports
import LCServer
import Testing

/// `lcbudget serve` as a person runs it: the real binary on a free loopback port.
@Suite(.serialized) struct ServeProcessTests {
    static var binary: URL { LCBudgetBinary.url }

    /// A running `lcbudget serve` and the port it printed.
    final class Server {
        let process = Process()
        let output: URL
        var port = 0

        init(directory: URL, database: String, extra: [String] = []) throws {
            guard FileManager.default.isExecutableFile(atPath: ServeProcessTests.binary.path) else {
                throw Missing(path: ServeProcessTests.binary.path)
            }
            output = temporaryFolder().appendingPathComponent("stdout")
            FileManager.default.createFile(atPath: output.path, contents: nil)
            process.executableURL = ServeProcessTests.binary
            process.arguments = ["serve", "--port", "0", "--dir", directory.path, "--db", database] + extra
            process.standardOutput = try FileHandle(forWritingTo: output)
            try process.run()
            // The address is printed once the listener is bound.
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
                if let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                    port = Int(text[range].dropFirst("http://127.0.0.1:".count).dropLast())!
                    return
                }
                if !process.isRunning { break }
                usleep(50_000)
            }
            process.terminate()
            throw Missing(path: "the address in the output of lcbudget serve: \((try? String(contentsOf: output, encoding: .utf8)) ?? "")")
        }

        var printed: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

        func stop(_ signal: Int32 = SIGTERM) -> Int32 {
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "missing: \(path) (run `swift build` before the tests)" }
    }

    /// Sends raw bytes to 127.0.0.1:port and reads the whole answer (the request asks to close).
    struct Answer {
        var status: Int
        var bytes: [UInt8]
        var body: String { String(decoding: bytes, as: UTF8.self) }
    }

    static func exchange(_ port: Int, _ request: [UInt8]) throws -> Answer {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Missing(path: "a socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Missing(path: "a connection to port \(port)") }
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }   // the server may answer 413 and close before reading everything
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            received += buffer[0..<n]
        }
        let head = String(decoding: received.prefix(12), as: UTF8.self)
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        let separator: [UInt8] = [13, 10, 13, 10]
        let end = (0..<max(0, received.count - 3)).first { Array(received[$0..<$0 + 4]) == separator }
        return Answer(status: status, bytes: end.map { Array(received[($0 + 4)...]) } ?? [])
    }

    static func get(_ port: Int, _ path: String, host: String? = nil) throws -> Answer {
        try exchange(port, Array("GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n".utf8))
    }

    static func post(_ port: Int, _ path: String, _ body: String) throws -> Answer {
        let bytes = Array(body.utf8)
        return try exchange(port, Array("POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n\r\n".utf8) + bytes)
    }

    @Test("serve: prints its address, answers /healthz, refuses other hosts, and exits 0 on SIGTERM and SIGINT")
    func lifecycle() throws {
        for signal in [SIGTERM, SIGINT] {
            let scratch = Scratch()
            defer { scratch.remove() }
            let server = try Server(directory: scratch.directory, database: scratch.database)
            #expect(server.printed.contains("lcbudget: serving"))
            let health = try Self.get(server.port, "/healthz")
            #expect(health.status == 200)
            #expect(health.body == "ok\n")
            #expect(try Self.get(server.port, "/healthz", host: "evil.example:\(server.port)").status == 403)
            #expect(try Self.get(server.port, "/healthz", host: "localhost:\(server.port)").status == 200)
            #expect(try Self.get(server.port, "/api/scenarios/%2e%2e%2fsecret.yaml").status == 404)
            #expect(server.stop(signal) == 0)
            #expect(server.process.terminationReason == .exit)
            // The record was created and is a sound database after the stop.
            #expect(FileManager.default.fileExists(atPath: scratch.database))
        }
    }

    /// A server over a fresh scratch workspace for `body`; stopped and removed afterwards.
    static func withServer(_ body: (Scratch, Server) throws -> Void) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let server = try Server(directory: scratch.directory, database: scratch.database)
        defer { _ = server.stop() }
        try body(scratch, server)
    }

    @Test("serve: a chunked body over 1 MB is refused with 413")
    func chunkedLimit() throws {
        try Self.withServer { scratch, server in
            let chunk = [UInt8](repeating: UInt8(ascii: "#"), count: 65536)
            var request = Array("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".utf8)
            for _ in 0..<17 { request += Array("10000\r\n".utf8) + chunk + Array("\r\n".utf8) }
            request += Array("0\r\n\r\n".utf8)
            let answer = try Self.exchange(server.port, request)
            #expect(answer.status == 413)
        }
    }

    @Test("serve: /api/project answers what `lcbudget project --format json` prints, and downloads what `lcbudget report` writes")
    func matchesCommandLine() throws {
        try Self.withServer { scratch, server in
            let name = "calendar-sample.yaml"
            let yaml = YAMLEmitter.yaml(YAMLTree(text: shipped(name))!.document)
            let file = scratch.root.appendingPathComponent("edited.yaml")
            try yaml.write(to: file, atomically: true, encoding: .utf8)

            let cli = try run(["project", file.path, "--format", "json"])
            #expect(try Self.post(server.port, "/api/project", yaml).body == cli)

            let out = scratch.root.appendingPathComponent("reports")
            _ = try run(["report", file.path, "--out", out.path, "--db", scratch.root.appendingPathComponent("cli.sqlite").path])
            let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
            #expect(written.count == 5)
            for kind in DownloadKind.allCases where kind != .yaml {
                let response = try Self.post(server.port, "/api/download/\(kind.rawValue)", documentBody(yaml))
                #expect(response.status == 200)
                let slug = Slug.make(try ScenarioLoader.parse(yaml, file: name).scenario.name)
                let expected = try Data(contentsOf: out.appendingPathComponent(kind.fileName(slug: slug)))
                // `report` stamps its files with the run it recorded; a download is no run, so it is
                // report's file without that stamp (docs/web.md). The workbook's stamp sits in its
                // zipped document properties: Tests/Python/test_web_downloads.py compares every
                // other part of it.
                if kind == .xlsx {
                    #expect(Data(response.bytes).starts(with: [0x50, 0x4B, 0x03, 0x04]), "\(kind)")
                } else {
                    #expect(String(decoding: response.bytes, as: UTF8.self) == Self.unstamped(expected), "\(kind)")
                }
            }
        }
    }

    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "lcbudget \(arguments.joined(separator: " "))")
        return try String(contentsOf: out, encoding: .utf8)
    }
}

extension ServeProcessTests {
    /// Report's text file without the run stamp (brief/justification footer, ICS X-LCBUDGET lines).
    static func unstamped(_ data: Data) -> String {
        var text = String(decoding: data, as: UTF8.self)
        let patterns = [#"\n\*Recorded as run \d+; scenario SHA-256 [0-9a-f]{64}\.\*\n"#,
                        #"<p class="source run">Recorded as run <span data-run-id>\d+</span>; scenario SHA-256 <span data-source-sha256>[0-9a-f]{64}</span>\.</p>\n"#,
                        #"X-LCBUDGET-(RUN|SOURCE-SHA256):[^\r\n]*\r\n( [^\r\n]*\r\n)*"#]
        for pattern in patterns {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return text
    }
}

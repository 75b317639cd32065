import ArgumentParser
import Foundation
import LCServer

extension LCBudget {
    /// Starts the web workspace.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the web workspace: build, check, compare and download budgets in a browser.",
            discussion: """
            Serves a page (built into lcbudget; nothing is fetched from elsewhere) where a \
            program lead opens the scenarios in --dir, edits them in a form with the figures \
            and the guide's advisories updated as they type, saves them (each save is recorded \
            as a run in --db), compares two, fits one to a budget and downloads its reports. \
            Prints the address to open, and serves until interrupted (Ctrl-C or SIGTERM: \
            requests in flight finish, the record is closed, the exit status is 0).

            Safe by default: it listens on 127.0.0.1 only. Any other --host needs an access \
            token on every request (--token, or one generated and printed at start); requests \
            naming another host or coming from another site are refused. The API is described \
            in docs/web.md.

            Examples:
              lcbudget serve
              lcbudget serve --dir scenarios --db lcbudget.sqlite --port 8080
              lcbudget serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"
            """
        )

        @Option(help: ArgumentHelp("Address to listen on; not loopback requires a token.", valueName: "host"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp("Port to listen on (0: any free port).", valueName: "port"))
        var port = 8321

        @Option(help: ArgumentHelp("The folder of scenario files the page reads and writes.", valueName: "dir"))
        var dir = "scenarios"

        @OptionGroup var store: StoreOptions

        @Option(help: ArgumentHelp("Access token required on every request (default: generated when --host is not loopback).", valueName: "token"))
        var token: String?

        func validate() throws {
            if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535; found \(port)") }
            if let token, token.count < 16 || token.contains(where: { !$0.isASCII || $0.isWhitespace || $0 == ";" }) {
                throw ValidationError("--token must be at least 16 printable ASCII characters without spaces or ';'")
            }
        }

        func run() async throws {
            let options = WebServer.Options(host: host, port: port, directory: dir, database: store.db,
                                            token: token, toolVersion: LCBudget.version)
            do {
                try await WebServer.run(options) { address in
                    Console.out("lcbudget: serving \(dir) at \(address) (record: \(options.database)); press Ctrl-C to stop\n")
                }
            } catch let error as WebServer.Failure {
                throw CommandFailure("\(error)")
            } catch {
                throw CommandFailure("cannot serve on \(host):\(port): \(error)")
            }
            Console.error("lcbudget: stopped")
        }
    }
}

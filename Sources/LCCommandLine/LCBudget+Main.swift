import ArgumentParser
import Foundation

extension LCBudget {
    /// Runs the command line as ArgumentParser does, except that a command-line mistake (an
    /// unknown option, a missing or malformed value, a failed `validate()`) exits with status 1,
    /// like every other kind of bad input, instead of ArgumentParser's 64 (EX_USAGE): the help
    /// of every command promises 1 on bad input (`fit`: "1 on bad input, 2 when nothing fits").
    ///
    /// ```sh
    /// lcbudget fit s.yaml --budget 12.345 --vary participants; echo $?   # 1
    /// ```
    ///
    /// Async because `serve` is (`AsyncParsableCommand`); every other command runs as before.
    static func main() async {
        do {
            var command = try parseAsRoot(nil)
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            // Every failure a command throws is printed here, once.
            if let lines = CommandFailure.lines(for: error) {
                for line in lines { Console.error(line) }
                Foundation.exit(1)
            }
            if exitCode(for: error) == .validationFailure {
                // The same message and usage lines ArgumentParser prints, on standard error.
                Console.error(fullMessage(for: error))
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }
}

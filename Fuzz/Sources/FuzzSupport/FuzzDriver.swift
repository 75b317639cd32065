import Foundation

/// libFuzzer's entry point for programs that keep their own `main` (SwiftPM names every
/// executable's main itself, so the fuzzer cannot supply it).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the process's arguments over `body`, which must never crash.
public func runFuzzer(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = withUnsafeMutablePointer(to: &argv) { argvPointer in
        LLVMFuzzerRunDriver(&argc, argvPointer, body)
    }
    exit(status)
}

/// The bytes libFuzzer passes, as `Data`.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Data {
    guard let data, size > 0 else { return Data() }
    return Data(bytes: data, count: size)
}

/// The Riverside worked example's path, from this source file's place in the repository
/// (the targets that need a loaded scenario load it once, in their `fuzzSetUp`).
public func workedExamplePath() -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../scenarios/riverside-worked-example.yaml").standardizedFileURL.path
}

// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets, built apart from the main package with `-sanitize=fuzzer,address`
// (see `make fuzz`). Each target's @main hands its one-input function to LLVMFuzzerRunDriver.
let package = Package(
    name: "lcbudget-fuzz",
    dependencies: [.package(name: "lcbudget", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzScenario",
                          dependencies: ["FuzzSupport", .product(name: "LCLoader", package: "lcbudget"),
                                         .product(name: "LCModel", package: "lcbudget")]),
        .executableTarget(name: "FuzzCSV",
                          dependencies: ["FuzzSupport", .product(name: "LCLoader", package: "lcbudget"),
                                         .product(name: "LCModel", package: "lcbudget")]),
        .executableTarget(name: "FuzzTemplates",
                          dependencies: ["FuzzSupport", .product(name: "LCLoader", package: "lcbudget"),
                                         .product(name: "LCModel", package: "lcbudget"),
                                         .product(name: "LCReports", package: "lcbudget")]),
    ],
    swiftLanguageModes: [.v6]
)

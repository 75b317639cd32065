// swift-tools-version:6.1
import PackageDescription

// Layers point one way: LCModel (pure) <- LCLoader (with the pipeline, Analysis) <- LCReports / LCStore
// <- LCServer <- LCCommandLine <- lcbudget.
// C libraries are reached only through their wrapper targets (XlsxWriter; GRDB for SQLite).
let package = Package(
    name: "lcbudget",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lcbudget", targets: ["lcbudget"]),
        .library(name: "LCModel", targets: ["LCModel"]),
        // Libraries for the fuzz package (Fuzz/) and for tools built on lcbudget.
        .library(name: "LCLoader", targets: ["LCLoader"]),
        .library(name: "LCReports", targets: ["LCReports"]),
        .library(name: "LCStore", targets: ["LCStore"]),
        .library(name: "LCServer", targets: ["LCServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Pure model: scenario types, exact money, projection, advisories. Foundation only.
        .target(name: "LCModel"),
        // YAML scenario files -> validated Scenario, every value with its line and column.
        .target(name: "LCLoader", dependencies: ["LCModel", .product(name: "Yams", package: "Yams")]),
        // libxlsxwriter, as Debian ships it.
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),
        // A small, safe Swift wrapper over libxlsxwriter that knows nothing of budgets.
        .target(name: "XlsxWriter", dependencies: ["CXlsxWriter"]),
        // Views of one projection: table, JSON, CSV, workbook, brief, justification.
        .target(name: "LCReports",
                dependencies: ["LCModel", "XlsxWriter", .product(name: "Mustache", package: "swift-mustache"),
                               .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                resources: [.copy("Templates")]),
        // Scenario documents: YAML as a tree, written back as YAML (the web page's editor), and
        // the scenario an edited budget workbook describes (`lcbudget import-workbook`).
        .target(name: "LCDocument", dependencies: ["LCModel", "LCLoader", "LCReports", .product(name: "Yams", package: "Yams")]),
        // The SQLite record of runs, actual spending and attendance.
        .target(name: "LCStore", dependencies: ["LCModel", "LCLoader", .product(name: "GRDB", package: "GRDB.swift"),
                                               .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // `lcbudget serve`: the web workspace (HTTP API and the page it serves from its resources).
        .target(name: "LCServer",
                dependencies: ["LCModel", "LCLoader", "LCReports", "LCStore", "LCDocument",
                               .product(name: "Hummingbird", package: "hummingbird"),
                               .product(name: "Yams", package: "Yams")],
                resources: [.copy("Resources")]),
        // The command line: every command as a nested ParsableCommand, thin adapters of the
        // libraries above.
        .target(name: "LCCommandLine",
                dependencies: ["LCModel", "LCLoader", "LCReports", "LCStore", "LCServer", "LCDocument",
                               .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "lcbudget", dependencies: ["LCCommandLine"]),
        // The same command line with the crash tests' pauses switched on by environment variables;
        // for the tests only, never shipped (the shipped binary reads no test variable).
        .executableTarget(name: "lcbudget-test-hooks", dependencies: ["LCCommandLine"], path: "Tests/TestHooksBinary"),
        // Benchmarks (scripts/bench.sh, `make bench`): the cost of exact money per operation.
        .executableTarget(name: "lcbench", dependencies: ["LCModel", "LCLoader", "LCReports"]),

        // What the test targets share: the package's paths, the one seeded generator, and the
        // runner of the built `lcbudget` (found beside the test bundle). Not a product: never shipped.
        .target(name: "TestSupport", dependencies: ["LCModel"], path: "Tests/TestSupport"),
        .testTarget(name: "LCModelTests", dependencies: ["LCModel", "TestSupport"]),
        .testTarget(name: "LCLoaderTests", dependencies: ["LCLoader", "LCModel", "TestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter", "TestSupport"]),
        .testTarget(name: "LCReportsTests", dependencies: ["LCReports", "LCLoader", "LCModel", "TestSupport"]),
        .testTarget(name: "LCDocumentTests",
                    dependencies: ["LCDocument", "LCReports", "LCLoader", "LCModel", "TestSupport",
                                   .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "LCStoreTests", dependencies: ["LCStore", "LCLoader", "LCModel"]),
        .testTarget(name: "LCServerTests",
                    dependencies: ["LCServer", "LCReports", "LCLoader", "LCModel", "LCStore", "TestSupport", "lcbudget",
                                   .product(name: "HummingbirdTesting", package: "hummingbird")]),
        // Runs the built `lcbudget` as a user does; depending on it builds it first.
        .testTarget(name: "EndToEndTests", dependencies: ["LCModel", "LCReports", "LCStore", "TestSupport", "lcbudget", "lcbudget-test-hooks"]),
    ],
    swiftLanguageModes: [.v6]
)

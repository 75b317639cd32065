import ArgumentParser

/// `--db PATH`, shared by every command that reads or writes the record.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The SQLite record to use.", valueName: "path"))
    var db: String = "lcbudget.sqlite"
}

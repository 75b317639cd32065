import GRDB

/// The database schema as named migrations, oldest first.
///
/// Each migration ends by setting `PRAGMA user_version` to its number, so the schema version
/// can be read without GRDB (`sqlite3 lcbudget.sqlite 'PRAGMA user_version'`) and a database
/// written by a newer lcbudget is recognised and refused before anything is changed.
/// Never edit a shipped migration: add a new one.
public enum Schema {
    /// 'LCBD': marks the file as an lcbudget database (`PRAGMA application_id`).
    public static let applicationID: Int32 = 0x4C43_4244

    /// Identifiers of every migration this lcbudget knows, in order; the schema version is the count.
    public static let migrationNames = ["v1-runs-imports", "v2-analyst-views", "v3-output-sets"]
    public static var currentVersion: Int { migrationNames.count }

    /// A migrator that applies the first `version` migrations (all of them by default).
    ///
    /// Tests build "the previous schema" with `migrator(through: 1)`.
    public static func migrator(through version: Int = currentVersion) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (number, step) in steps.enumerated().prefix(version) {
            migrator.registerMigration(migrationNames[number]) { db in
                try step(db)
                try db.execute(sql: "PRAGMA user_version = \(number + 1)")  // a constant, never user text
            }
        }
        return migrator
    }

    static let steps: [@Sendable (Database) throws -> Void] = [v1, v2, v3]

    /// Applies every missing migration inside the caller's (exclusive) transaction, recording
    /// each in `grdb_migrations` as GRDB's migrator does, so files stay readable by older lcbudgets.
    ///
    /// GRDB's migrator runs each migration in a transaction of its own after reading what is
    /// applied, so two processes creating one new file could both try `v1`; here the read and
    /// every migration share one exclusive lock.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        for (number, step) in steps.enumerated() where !applied.contains(migrationNames[number]) {
            try step(db)
            try db.execute(sql: "PRAGMA user_version = \(number + 1)")  // a constant, never user text
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migrationNames[number]])
        }
    }

    /// Whether the file records a migration this lcbudget does not know (a newer lcbudget's).
    static func hasUnknownMigrations(_ db: Database) throws -> Bool {
        guard try db.tableExists("grdb_migrations") else { return false }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        return applied.contains { !migrationNames.contains($0) }
    }

    /// Scenarios, runs with their lines, figures and advisories; imports of actuals and attendance.
    static func v1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE scenario (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE
            );
            CREATE TABLE run (
                id INTEGER PRIMARY KEY,
                scenario_id INTEGER NOT NULL REFERENCES scenario(id),
                command TEXT NOT NULL CHECK (command IN ('project', 'report')),
                recorded_at TEXT NOT NULL,
                tool_version TEXT NOT NULL,
                source_file TEXT NOT NULL,
                source_text TEXT NOT NULL,
                source_sha256 TEXT NOT NULL,
                start TEXT NOT NULL,
                years INTEGER NOT NULL
            );
            CREATE TABLE run_line (
                run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                period INTEGER NOT NULL,
                period_label TEXT NOT NULL,
                category TEXT NOT NULL,
                item TEXT NOT NULL,
                key TEXT NOT NULL,
                amount_cents INTEGER NOT NULL,
                PRIMARY KEY (run_id, position)
            );
            CREATE TABLE run_figure (
                run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                cents INTEGER,
                PRIMARY KEY (run_id, name)
            );
            CREATE TABLE run_advisory (
                run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                severity TEXT NOT NULL,
                message TEXT NOT NULL,
                PRIMARY KEY (run_id, position)
            );
            CREATE TABLE import_batch (
                id INTEGER PRIMARY KEY,
                scenario_id INTEGER NOT NULL REFERENCES scenario(id),
                kind TEXT NOT NULL CHECK (kind IN ('actuals', 'attendance')),
                file_name TEXT NOT NULL,
                content_sha256 TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                row_count INTEGER NOT NULL,
                repeat_of INTEGER REFERENCES import_batch(id)
            );
            CREATE TABLE actual_expense (
                id INTEGER PRIMARY KEY,
                import_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
                line INTEGER NOT NULL,
                date TEXT NOT NULL,
                category TEXT NOT NULL CHECK (category IN ('planning', 'stipends', 'buyouts', 'substitutes',
                    'food', 'childcare', 'kits', 'coaching', 'credentials', 'other', 'indirect')),
                item TEXT NOT NULL,
                amount_cents INTEGER NOT NULL,
                payer TEXT NOT NULL,
                memo TEXT NOT NULL
            );
            CREATE TABLE attendance (
                id INTEGER PRIMARY KEY,
                import_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
                line INTEGER NOT NULL,
                educator TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('participant', 'leader')),
                date TEXT NOT NULL,
                activity TEXT NOT NULL CHECK (activity IN ('meeting', 'coaching', 'planning', 'other')),
                hours TEXT NOT NULL
            );
            """)
    }

    /// Indexes for the per-scenario reads, and views in dollars and hours for analysts' notebooks.
    ///
    /// The views are conveniences for pandas (REAL dollars); lcbudget itself reads integer cents
    /// and exact hour text.
    static func v2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX run_by_scenario ON run(scenario_id);
            CREATE INDEX import_by_scenario ON import_batch(scenario_id, kind);
            CREATE INDEX actual_by_import ON actual_expense(import_id);
            CREATE INDEX attendance_by_import ON attendance(import_id);
            CREATE VIEW latest_run AS
                SELECT s.name AS scenario, MAX(r.id) AS run_id
                FROM run r JOIN scenario s ON s.id = r.scenario_id GROUP BY s.id;
            CREATE VIEW run_line_dollars AS
                SELECT r.id AS run_id, s.name AS scenario, r.recorded_at, l.period, l.period_label,
                       l.category, l.item, l.key, l.amount_cents / 100.0 AS amount
                FROM run_line l JOIN run r ON r.id = l.run_id JOIN scenario s ON s.id = r.scenario_id;
            CREATE VIEW actuals_dollars AS
                SELECT s.name AS scenario, b.id AS import_id, e.line, e.date, e.category, e.item,
                       e.amount_cents / 100.0 AS amount, e.payer, e.memo
                FROM actual_expense e JOIN import_batch b ON b.id = e.import_id JOIN scenario s ON s.id = b.scenario_id;
            CREATE VIEW attendance_hours AS
                SELECT s.name AS scenario, b.id AS import_id, a.line, a.educator, a.role, a.date, a.activity,
                       CAST(a.hours AS REAL) AS hours
                FROM attendance a JOIN import_batch b ON b.id = a.import_id JOIN scenario s ON s.id = b.scenario_id;
            """)
    }

    /// Which published set of report files each run wrote (`ReportSet`): the name of its
    /// staging folder, so an interrupted publish can be finished only when its run is recorded.
    static func v3(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE run ADD COLUMN output_set TEXT;
            CREATE INDEX run_by_output_set ON run(output_set);
            """)
    }
}

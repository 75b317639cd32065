"""End-to-end tests of the record: imports, variance, stipends, runs, durability."""
import csv
from contextlib import closing
import json
import signal
import sqlite3
import subprocess
import time
from decimal import Decimal
from pathlib import Path

from store_support import ACTUALS, ATTENDANCE, BINARY, NAME, RIVERSIDE, ROOT, recorded_db, run


def connect(db):
    """A connection closed on leaving the block (sqlite3's own context manager only commits)."""
    return closing(sqlite3.connect(db))


def count(db, sql):
    with connect(db) as connection:
        return connection.execute(sql).fetchone()[0]


def test_variance_matches_sums_taken_straight_from_the_csv(tmp_path):
    db = recorded_db(tmp_path)
    run("actuals", "import", NAME, ACTUALS, "--db", db, check=0)
    variance = json.loads(run("variance", NAME, "--as-of", "2028-02-29", "--format", "json", "--db", db, check=0).stdout)
    budget = json.loads(run("project", RIVERSIDE, "--format", "json", check=0).stdout)

    # Spent in Year 1 (2027-08-01..2028-07-31) up to the as-of date, summed here from the CSV itself.
    spent = {}
    with open(ACTUALS, newline="") as f:
        for row in csv.DictReader(f):
            if "2027-08-01" <= row["date"] <= "2028-02-29":
                spent[row["category"]] = spent.get(row["category"], Decimal(0)) + Decimal(row["amount"])
    year1 = next(p for p in variance["periods"] if p["label"] == "Year 1")
    budget1 = {}
    for line in budget["periods"][1]["lines"]:
        budget1[line["category"]] = budget1.get(line["category"], Decimal(0)) + Decimal(str(line["amount"]))
    assert {l["category"] for l in year1["lines"]} == set(budget1) | set(spent)
    for line in year1["lines"]:
        category = line["category"]
        assert Decimal(str(line["spent"])) == spent.get(category, 0), category
        assert Decimal(str(line["budgeted"])) == budget1.get(category, 0), category
        assert Decimal(str(line["remaining"])) == budget1.get(category, 0) - spent.get(category, 0), category
    # 2027-08-01..2028-02-29 is 213 of Year 1's 366 days (it holds 29 February 2028).
    assert year1["elapsedShare"] == round(213 / 366, 4) == 0.582
    # Statuses checked by hand against the 10-point tolerance around 58.2%.
    status = {l["category"]: (l["status"], l["reason"]) for l in year1["lines"]}
    assert status["substitutes"] == ("underspending", "behind-pace")   # 1,836.00 / 8,568.00 = 21%
    assert status["food"] == ("overspending", "ahead-of-pace")         # 3,003.18 / 3,900.00 = 77%
    assert status["kits"] == ("overspending", "over-budget")           # 2,931.85 > 2,880.00
    assert status["indirect"] == ("underspending", "behind-pace")      # 11,300.00 / 24,416.60 = 46%
    assert status["stipends"] == ("on track", "within-tolerance")      # 36,502.80 / 61,218.00 = 60%
    planning = variance["periods"][0]
    assert planning["label"] == "Planning" and planning["total"]["spent"] == 5130.00 == budget["periods"][0]["total"]
    assert variance["total"]["budgeted"] == budget["total"]


def test_variance_csv_and_table_agree_with_json(tmp_path):
    db = recorded_db(tmp_path)
    run("actuals", "import", NAME, ACTUALS, "--db", db, check=0)
    rows = list(csv.DictReader(run("variance", NAME, "--format", "csv", "--db", db, check=0).stdout.splitlines()))
    data = json.loads(run("variance", NAME, "--format", "json", "--db", db, check=0).stdout)
    assert data["asOf"] == "2028-02-29"   # default: the latest actual's date
    food = next(r for r in rows if r["period"] == "1" and r["category"] == "food")
    assert food["spent"] == "3003.18" and food["status"] == "overspending"
    table = run("variance", NAME, "--db", db, check=0).stdout
    assert "Food: overspending — 77% of the $3,900.00 budget spent with only 58% of Year 1 elapsed" in table
    assert "Year 2: not started (begins 2028-08-01)" in table


def test_stipends_match_the_rules_applied_to_the_csv(tmp_path):
    db = recorded_db(tmp_path)
    run("attendance", "import", NAME, ATTENDANCE, "--db", db, check=0)
    ledger = json.loads(run("stipends", NAME, "--format", "json", "--db", db, check=0).stdout)
    # The rules of docs/store.md, applied here independently: on-ramp (before 2027-08) at the planning
    # rate $50; Year 1 at $50 (participants) or $65 (leaders); coaching unpaid.
    owed, hours = {}, Decimal(0)
    with open(ATTENDANCE, newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        h = Decimal(row["hours"])
        hours += h
        if row["activity"] == "coaching":
            continue
        rate = Decimal(50) if row["date"] < "2027-08-01" else Decimal(65 if row["role"] == "leader" else 50)
        owed[row["educator"]] = owed.get(row["educator"], Decimal(0)) + h * rate
    by_name = {e["educator"]: e for e in ledger["educators"]}
    assert set(by_name) == {r["educator"] for r in rows}
    for name, amount in owed.items():
        assert Decimal(str(by_name[name]["owed"])) == amount.quantize(Decimal("0.01")), name
    # By hand: a leader on the planning team: 18 on-ramp hours × $50 + 37.5 Year 1 hours × $65.
    assert by_name["Avery Alvarez"]["owed"] == 3337.50
    assert Decimal(str(ledger["totals"]["owed"])) == sum(Decimal(str(e["owed"])) for e in ledger["educators"])
    assert ledger["attendanceRows"] == len(rows)
    assert Decimal(str(ledger["attendanceHours"])) == hours == Decimal(str(ledger["totals"]["credentialHours"]))
    assert ledger["reconciles"] is True
    payroll = list(csv.DictReader(run("stipends", NAME, "--format", "csv", "--db", db, check=0).stdout.splitlines()))
    assert len(payroll) == len(by_name)


BAD_ACTUALS = {
    "bad date": ("2027-09-31,food,Dinner,10.00,Deli,", "bad.csv:3:1: error: '2027-09-31' is not a date"),
    "unknown category": ("2027-09-15,snacks,Dinner,10.00,Deli,", "bad.csv:3:12: error: unknown category 'snacks'"),
    "non-number amount": ("2027-09-15,food,Dinner,ten dollars,Deli,", "bad.csv:3:24: error: amount 'ten dollars' is not a number"),
    "missing column": ("2027-09-15,food,Dinner,10.00,Deli", "bad.csv:3:34: error: this row has 5 fields but the header names 6"),
}


def test_every_bad_actuals_row_refuses_the_whole_file(tmp_path):
    db = recorded_db(tmp_path)
    for case, (row, message) in BAD_ACTUALS.items():
        path = tmp_path / "bad.csv"
        path.write_text("date,category,item,amount,payer,memo\n2027-09-15,food,Good row,10.00,Deli,\n" + row + "\n")
        result = subprocess.run([str(BINARY), "actuals", "import", NAME, "bad.csv", "--db", str(db)],
                                capture_output=True, text=True, cwd=tmp_path)
        assert result.returncode == 1, case
        assert message in result.stderr, (case, result.stderr)
        assert "nothing was written" in result.stderr
        assert count(db, "SELECT COUNT(*) FROM actual_expense") == 0, case
        assert count(db, "SELECT COUNT(*) FROM import_batch") == 0, case


def test_negative_hours_and_missing_attendance_column_are_refused(tmp_path):
    db = recorded_db(tmp_path)
    for body, message in [
        ("Ana,participant,2027-09-15,meeting,-1", "bad.csv:3:36: error: hours -1 is negative"),
        ("educator,role,date,activity\n", "bad.csv:1:1: error: missing column 'hours'"),
    ]:
        path = tmp_path / "bad.csv"
        text = body if body.startswith("educator") else "educator,role,date,activity,hours\nBo,leader,2027-09-15,meeting,2\n" + body + "\n"
        path.write_text(text)
        result = subprocess.run([str(BINARY), "attendance", "import", NAME, "bad.csv", "--db", str(db)],
                                capture_output=True, text=True, cwd=tmp_path)
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert count(db, "SELECT COUNT(*) FROM attendance") == 0


def test_the_same_file_twice_is_refused_unless_again(tmp_path):
    db = recorded_db(tmp_path)
    run("actuals", "import", NAME, ACTUALS, "--db", db, check=0)
    again = run("actuals", "import", NAME, ACTUALS, "--db", db, check=1)
    assert "already imported" in again.stderr and "--again" in again.stderr
    assert count(db, "SELECT COUNT(*) FROM actual_expense") == 78
    run("actuals", "import", NAME, ACTUALS, "--again", "--db", db, check=0)
    assert count(db, "SELECT COUNT(*) FROM actual_expense") == 156
    assert count(db, "SELECT repeat_of FROM import_batch WHERE id = 2") == 1


def test_a_killed_import_leaves_nothing_half_written(tmp_path):
    db = recorded_db(tmp_path)
    run("attendance", "import", NAME, ATTENDANCE, "--db", db, check=0)
    env = dict(__import__("os").environ, SOURCE_DATE_EPOCH="1767225600", LCBUDGET_TEST_PAUSE_MID_IMPORT="60")
    # The test harness binary: the shipped lcbudget has no pauses (it reads no test variable).
    hooked = BINARY.with_name("lcbudget-test-hooks")
    process = subprocess.Popen([str(hooked), "actuals", "import", NAME, str(ACTUALS), "--db", str(db)],
                               stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    deadline = time.time() + 60
    line = ""
    while "paused mid-import" not in line and time.time() < deadline:
        line = process.stderr.readline()
        assert line or process.poll() is None, "import ended before the pause"
    assert "paused mid-import" in line
    # Half the rows are written inside the open transaction: the WAL holds them uncommitted.
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    with connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT COUNT(*) FROM actual_expense").fetchone()[0] == 0
        assert connection.execute("SELECT COUNT(*) FROM import_batch WHERE kind = 'actuals'").fetchone()[0] == 0
        # What was stored before the crash is all still there.
        assert connection.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 462
        assert connection.execute("SELECT COUNT(*) FROM run").fetchone()[0] == 1
    # The same file then imports whole (it was never recorded as imported).
    run("actuals", "import", NAME, ACTUALS, "--db", db, check=0)
    assert count(db, "SELECT COUNT(*) FROM actual_expense") == 78
    assert count(db, "PRAGMA integrity_check") == "ok"


def test_a_newer_schema_is_refused_and_left_unchanged(tmp_path):
    db = recorded_db(tmp_path)
    with connect(db) as connection:
        connection.execute("PRAGMA user_version = 99")
    for command in (["runs"], ["project", RIVERSIDE, "--save"], ["actuals", "import", NAME, ACTUALS]):
        result = run(*command, "--db", db, check=1)
        assert "was written by a newer lcbudget (schema version 99; this lcbudget knows up to 3)" in result.stderr
    assert count(db, "PRAGMA user_version") == 99
    assert count(db, "SELECT COUNT(*) FROM run") == 1


def test_runs_record_the_source_and_report_records_too(tmp_path):
    db = recorded_db(tmp_path)
    out = tmp_path / "reports"
    run("report", RIVERSIDE, "--out", out, "--db", db, check=0)
    listing = run("runs", "--db", db, check=0).stdout
    assert "2026-01-01T00:00:00Z  project" in listing and "2026-01-01T00:00:00Z  report" in listing
    assert run("runs", "show", "2", "--source", "--db", db, check=0).stdout == RIVERSIDE.read_text()
    shown = run("runs", "show", "1", "--db", db, check=0).stdout
    assert "$547,809.59" in shown and "FUNDING_GAP" in shown
    with connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT SUM(amount_cents) FROM run_line WHERE run_id = 2").fetchone()[0] == 54780959


def test_read_commands_do_not_create_a_database(tmp_path):
    missing = tmp_path / "none.sqlite"
    result = run("variance", NAME, "--db", missing, check=1)
    assert "no database here yet" in result.stderr
    assert not missing.exists()
    db = recorded_db(tmp_path)
    unknown = run("stipends", "Lakeside", "--db", db, check=1)
    assert "no recorded run of scenario 'Lakeside'" in unknown.stderr and NAME in unknown.stderr
    # A shortened name that matches one recorded scenario is that scenario.
    assert run("stipends", "Riverside", "--db", db).returncode == 0

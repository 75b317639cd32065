"""`lcbudget batch` end to end: a folder of generated scenarios plus the shipped ones and one
broken file. Every figure of the portfolio workbook and of the record is checked against that
scenario's own `lcbudget project --format json` (its projection); the broken file is reported and
skipped; `--jobs 1` and `--jobs 4` give byte-identical outputs."""

import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from decimal import Decimal

import openpyxl
import pytest

from store_support import ROOT, run

GENERATOR = ROOT / "scripts" / "generate-portfolio.py"
SHIPPED = ["riverside-worked-example.yaml", "district-two-year.yaml", "guide-ten-month.yaml"]


def money(value):
    """A workbook or JSON number as exact cents (both hold the double nearest the exact amount)."""
    return Decimal(str(value)).quantize(Decimal("0.01"))


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    work = tmp_path_factory.mktemp("batch")
    folder = work / "district"
    subprocess.run([sys.executable, str(GENERATOR), str(folder / "generated"), "--count", "12", "--seed", "3",
                    "--broken", "1"], check=True)
    for name in SHIPPED:
        shutil.copy(ROOT / "scenarios" / name, folder / name)
    outputs = {}
    for jobs in (1, 4):
        out, db = work / f"out-{jobs}", work / f"record-{jobs}.sqlite"
        outputs[jobs] = (out, db, run("batch", folder, "--out", out, "--db", db, "--jobs", jobs))
    files = sorted(p for p in folder.rglob("*.yaml") if not p.name.startswith("broken"))
    docs = {str(p): json.loads(run("project", p, "--format", "json", check=0).stdout) for p in files}
    return {"folder": folder, "outputs": outputs, "docs": docs}


def test_broken_file_is_reported_and_the_rest_complete(batch):
    out, db, result = batch["outputs"][1]
    assert result.returncode == 1, result.stderr
    broken = batch["folder"] / "generated" / "broken-01.yaml"
    assert f"{broken}:6:8: error: years is larger than the maximum 5 (years), found 7" in result.stderr
    assert f"{len(batch['docs'])} of {len(batch['docs']) + 1} scenario files projected; 1 skipped" in result.stderr
    assert (out / "portfolio.xlsx").exists() and (out / "portfolio.md").exists()
    markdown = (out / "portfolio.md").read_text()
    assert "## Skipped files" in markdown and "broken-01.yaml:6:8: error:" in markdown
    assert not list(out.glob(".*.tmp")), "no temporary files left behind"


def test_record_holds_every_good_scenario_as_projected(batch):
    _, db, _ = batch["outputs"][1]
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        runs = connection.execute("SELECT r.id, r.source_file, r.command, s.name FROM run r "
                                  "JOIN scenario s ON s.id = r.scenario_id ORDER BY r.id").fetchall()
        assert sorted(r[1] for r in runs) == sorted(batch["docs"])
        for run_id, source_file, command, name in runs:
            doc = batch["docs"][source_file]
            assert command == "project" and name == doc["scenario"]
            total = connection.execute("SELECT cents FROM run_figure WHERE run_id = ? AND name = 'total'",
                                       (run_id,)).fetchone()[0]
            assert Decimal(total) / 100 == money(doc["total"])
            lines = connection.execute("SELECT period, category, item, amount_cents FROM run_line "
                                       "WHERE run_id = ? AND amount_cents != 0 ORDER BY position", (run_id,)).fetchall()
            expected = [(p["index"], l["category"], l["item"], money(l["amount"]))
                        for p in doc["periods"] for l in p["lines"]]
            assert [(p, c, i, Decimal(a) / 100) for p, c, i, a in lines] == expected


def test_portfolio_sheet_figures_equal_each_projection(batch):
    out, _, _ = batch["outputs"][1]
    book = openpyxl.load_workbook(out / "portfolio.xlsx")
    assert book.sheetnames == ["Portfolio", "Line items"]
    rows = list(book["Portfolio"].iter_rows(values_only=True))
    header = rows[0]
    years = [h for h in header if str(h).startswith("Year ")]
    assert header == ("Scenario", "Organization", "File", "Years", "Planning", *years, "Total",
                      "Per participant-year", "Advisories")
    body, totals = rows[1:-1], rows[-1]
    assert [r[2] for r in body] == sorted(batch["docs"])       # every good file, in path order
    for row in body:
        doc = batch["docs"][row[2]]
        cells = dict(zip(header, row))
        assert cells["Scenario"] == doc["scenario"]
        assert cells["Years"] == len(doc["periods"]) - 1
        assert money(cells["Planning"]) == money(doc["periods"][0]["total"])
        for k, label in enumerate(years, start=1):
            expected = money(doc["periods"][k]["total"]) if k < len(doc["periods"]) else None
            assert (cells[label] is None and expected is None) or money(cells[label]) == expected
        assert money(cells["Total"]) == money(doc["total"])
        assert money(cells["Per participant-year"]) == money(doc["perParticipantYear"])
        assert cells["Advisories"] == len(doc["advisories"])
    # The totals row is SUM formulas; read their cached values.
    cached = openpyxl.load_workbook(out / "portfolio.xlsx", data_only=True)["Portfolio"]
    last = cached.max_row
    assert cached.cell(last, 1).value == "Total"
    total_column = header.index("Total") + 1
    assert money(cached.cell(last, total_column).value) == sum(money(d["total"]) for d in batch["docs"].values())
    assert book["Portfolio"].cell(last, total_column).value.startswith("=SUM(")


def test_line_items_sheet_holds_every_line_of_every_projection(batch):
    out, _, _ = batch["outputs"][1]
    sheet = openpyxl.load_workbook(out / "portfolio.xlsx", read_only=True)["Line items"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("#", "Scenario", "Period", "Category", "Item", "Amount", "Line key")
    order = sorted(batch["docs"])
    by_scenario = {}
    for number, name, period, category, item, amount, key in rows[1:]:
        doc = batch["docs"][order[number - 1]]
        assert name == doc["scenario"]
        by_scenario.setdefault(number, []).append((period, item, money(amount)))
    assert sorted(by_scenario) == list(range(1, len(order) + 1))
    for number, lines in by_scenario.items():
        doc = batch["docs"][order[number - 1]]
        expected = [(p["label"], l["item"], money(l["amount"])) for p in doc["periods"] for l in p["lines"]]
        assert [line for line in lines if line[2] != 0] == expected     # JSON leaves out zero lines


def test_jobs_one_and_four_give_byte_identical_outputs(batch):
    one, four = batch["outputs"][1][0], batch["outputs"][4][0]
    for name in ("portfolio.xlsx", "portfolio.md"):
        assert (one / name).read_bytes() == (four / name).read_bytes(), name
    assert batch["outputs"][4][2].returncode == 1

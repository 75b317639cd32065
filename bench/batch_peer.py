#!/usr/bin/env python3
"""The plain-Python peer of `lcbudget batch`, for `make bench`: the same work in the obvious way.

Usage: bench/batch_peer.py DIR --out OUT --db DB

For every *.yaml under DIR (sorted): PyYAML reads it (numbers kept as their decimal text), the test
suite's independent oracle (Tests/Python/cost_oracle.py, exact fractions, rounded once to cents)
projects it, sqlite3 records the run and its lines in one transaction, and XlsxWriter in
constant-memory mode writes OUT/portfolio.xlsx (a Portfolio sheet and a Line items sheet). It prints
the number of scenarios and the portfolio total in cents, which bench.sh compares with lcbudget's
record so the two have done the same work.
"""
import argparse
import hashlib
import sqlite3
import sys
from pathlib import Path

import xlsxwriter
import xlsxwriter.utility
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "Tests" / "Python"))
from cost_oracle import project  # noqa: E402


class ExactLoader(yaml.SafeLoader):
    """Floats stay decimal text ("1234.56"), so the oracle reads them exactly."""


ExactLoader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: loader.construct_scalar(node))

SCHEMA = """
CREATE TABLE run (id INTEGER PRIMARY KEY, file TEXT NOT NULL, scenario TEXT NOT NULL, sha256 TEXT NOT NULL,
                  total_cents INTEGER NOT NULL);
CREATE TABLE run_line (run_id INTEGER NOT NULL REFERENCES run(id), position INTEGER NOT NULL, period INTEGER NOT NULL,
                       period_label TEXT NOT NULL, category TEXT NOT NULL, key TEXT NOT NULL, amount_cents INTEGER NOT NULL);
CREATE TABLE run_advisory (run_id INTEGER NOT NULL REFERENCES run(id), code TEXT NOT NULL);
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--out", required=True)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    files = sorted(p for p in Path(args.dir).rglob("*") if p.suffix in (".yaml", ".yml"))
    Path(args.out).mkdir(parents=True, exist_ok=True)
    Path(args.db).unlink(missing_ok=True)
    db = sqlite3.connect(args.db)
    db.executescript(SCHEMA)
    book = xlsxwriter.Workbook(str(Path(args.out) / "portfolio.xlsx"), {"constant_memory": True})
    money = book.add_format({"num_format": "$#,##0.00"})
    summary = book.add_worksheet("Portfolio")
    items = book.add_worksheet("Line items")
    for column, title in enumerate(["#", "Scenario", "Period", "Category", "Line key", "Amount"]):
        items.write(0, column, title)
    rows, grand, item_row = [], 0, 1
    with db:
        for number, path in enumerate(files, 1):
            data = path.read_bytes()
            scenario = yaml.load(data.decode("utf-8"), Loader=ExactLoader)
            figures = project(scenario)
            cursor = db.execute("INSERT INTO run (file, scenario, sha256, total_cents) VALUES (?, ?, ?, ?)",
                                (str(path), scenario["name"], hashlib.sha256(data).hexdigest(), figures["total"]))
            lines = [(cursor.lastrowid, position, period, "Planning" if period == 0 else f"Year {period}",
                      key.split(".")[0], key, cents)
                     for position, (period, key, cents) in enumerate(
                         (period, key, cents) for period, amounts in enumerate(figures["periods"])
                         for key, cents in amounts.items())]
            db.executemany("INSERT INTO run_line VALUES (?, ?, ?, ?, ?, ?, ?)", lines)
            db.executemany("INSERT INTO run_advisory VALUES (?, ?)", [(cursor.lastrowid, code) for code in figures["advisories"]])
            for _, _, period, label, category, key, cents in lines:
                items.write_number(item_row, 0, number)
                items.write_string(item_row, 1, scenario["name"])
                items.write_string(item_row, 2, label)
                items.write_string(item_row, 3, category)
                items.write_string(item_row, 4, key)
                items.write_number(item_row, 5, cents / 100, money)
                item_row += 1
            rows.append((scenario["name"], scenario.get("organization", ""), figures["periodTotals"], figures["total"],
                         len(figures["advisories"])))
            grand += figures["total"]
    years = max((len(r[2]) - 1 for r in rows), default=0)
    for column, title in enumerate(["Scenario", "Organization", "Planning"] + [f"Year {k}" for k in range(1, years + 1)]
                                   + ["Total", "Advisories"]):
        summary.write(0, column, title)
    for r, (name, organization, periods, total, advisories) in enumerate(rows, 1):
        summary.write_string(r, 0, name)
        summary.write_string(r, 1, organization)
        for k, cents in enumerate(periods):
            summary.write_number(r, 2 + k, cents / 100, money)
        summary.write_number(r, 3 + years, total / 100, money)
        summary.write_number(r, 4 + years, advisories)
    summary.write_formula(len(rows) + 1, 3 + years, f"=SUM({xlsxwriter.utility.xl_rowcol_to_cell(1, 3 + years)}:"
                          f"{xlsxwriter.utility.xl_rowcol_to_cell(max(1, len(rows)), 3 + years)})", money, grand / 100)
    book.close()
    db.close()
    print(f"{len(files)} scenarios, total {grand} cents")


if __name__ == "__main__":
    main()

"""Helpers for the budget workbook tests: run lcbudget, recalculate with LibreOffice, and
compare every formula cell of a workbook with the engine's figures (`lcbudget project --format json`)."""

import json
import re
import subprocess
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "lcbudget"
CENT = Decimal("0.01")


def scenario_files():
    """Every shipped scenario (the worked example among them), deduplicated by content."""
    files = sorted((ROOT / "scenarios").glob("*.yaml"))
    seen, out = set(), []
    for f in files:
        if f.exists() and f.read_bytes() not in seen:
            seen.add(f.read_bytes())
            out.append(f)
    return out


def run(*args, env=None):
    result = subprocess.run([str(BINARY), *map(str, args)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, f"lcbudget {' '.join(map(str, args))} failed:\n{result.stderr}"
    return result.stdout


def project(scenario):
    """The engine's figures, money as exact Decimals."""
    return json.loads(run("project", scenario, "--format", "json"), parse_float=Decimal)


def report(scenario, out_dir, env=None, db=None):
    """Writes the report bundle and returns the workbook's path. The run is recorded in `db`
    (default: a fresh record beside the output, so no actuals from elsewhere join in)."""
    db = db or Path(str(out_dir) + ".sqlite")
    run("report", scenario, "--out", out_dir, "--force", "--db", db, env=env)
    books = list(Path(out_dir).glob("*.xlsx"))
    assert len(books) == 1, books
    return books[0]


def extra_figures(scenario):
    """The JSON the Calendar and Uncertainty sheets are checked against, when the scenario has them."""
    import yaml
    data = yaml.safe_load(Path(scenario).read_text())
    out = {}
    if "calendar" in data:
        out["schedule"] = json.loads(run("calendar", scenario, "--format", "json"))
    if "uncertainty" in data:
        out["simulation"] = json.loads(run("simulate", scenario, "--format", "json"))
    return out


def to_cent(value):
    """A spreadsheet number rounded to the cent (half away from zero)."""
    return Decimal(repr(float(value))).quantize(CENT, rounding=ROUND_HALF_UP)


RECALC_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def libreoffice_recalculate(files, work_dir, timeout=300):
    """Opens every file in one headless LibreOffice run with a private profile that forces
    recalculation on load (OOXMLRecalcMode = 0, "always"), and saves each as .xlsx with the
    recalculated values. Returns {input path: output path}."""
    profile = Path(work_dir) / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_PROFILE)
    out_dir = Path(work_dir) / "recalculated"
    out_dir.mkdir(exist_ok=True)
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "xlsx", "--outdir", str(out_dir), *map(str, files)],
        capture_output=True, text=True, timeout=timeout)
    outputs = {Path(f): out_dir / Path(f).name for f in files}
    missing = [str(f) for f, o in outputs.items() if not o.exists()]
    assert not missing, f"LibreOffice did not convert {missing}:\n{result.stdout}\n{result.stderr}"
    return outputs


def poison_cached_values(source, target):
    """A copy whose every formula caches 0, so only a real recalculation can show the figures."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb"(<f>[^<]*</f>)<v>[^<]*</v>", rb"\1<v>0</v>", data)
            zout.writestr(item, data)


# ---------------------------------------------------------------- the figures

class Engine:
    """Lookups into the projection JSON."""

    def __init__(self, doc):
        self.doc = doc
        self.periods = {p["label"]: p for p in doc["periods"]}

    def line(self, label, key):
        for line in self.periods[label]["lines"]:
            if line["key"] == key:
                return line["amount"]
        return Decimal("0.00")   # zero lines are left out of the JSON

    def line_total(self, key):
        return sum((self.line(label, key) for label in self.periods), Decimal("0.00"))

    def category(self, label, category):
        return sum((l["amount"] for l in self.periods[label]["lines"] if l["category"] == category), Decimal("0.00"))

    def indirect(self, label):
        return self.category(label, "indirect")

    def year(self, k):
        return self.doc["funding"][k - 1]


def expected_budget(engine, key, column_label):
    """The engine's figure for a Budget cell, from its row key and column header."""
    total = column_label == "Total"
    if key.startswith("subtotal."):
        category = key.split(".", 1)[1]
        return engine.doc["categoryTotals"][category] if total else engine.category(column_label, category)
    if key == "total.direct":
        if total:
            return engine.doc["total"] - engine.doc["categoryTotals"]["indirect"]
        return engine.periods[column_label]["total"] - engine.indirect(column_label)
    if key == "total.all":
        return engine.doc["total"] if total else engine.periods[column_label]["total"]
    return engine.line_total(key) if total else engine.line(column_label, key)


SUMMARY = {"Total cost": "total", "Present value": "presentValue",
           "Cost per participant-year": "perParticipantYear", "Cost per student-year reached": "perStudentReached"}


def check_workbook(formulas, values, doc, static_doc=None, variance=None, schedule=None, simulation=None):
    """Compares every formula cell of `formulas` (an openpyxl workbook read with formulas) with
    the engine's figure, reading the value from `values` (the same workbook read data_only).
    Returns the number of cells checked; fails on any formula cell it cannot account for.

    The analytics sheets are checked by `workbook_sheets_support` (every number cell): ED 524
    and SF-424A against `doc`, the figures fixed at report time against `static_doc` (default
    `doc`); Variance, Calendar and Uncertainty against the `variance`, `calendar` and
    `simulate` JSON, which must be given when the sheet is there."""
    import workbook_sheets_support as extra
    engine = Engine(doc)
    more = extra.check_analytics(formulas, values, doc, static_doc)
    for sheet, source, check in (("Variance", variance, extra.check_variance), ("Calendar", schedule, extra.check_calendar),
                                 ("Uncertainty", simulation, extra.check_uncertainty)):
        if sheet in formulas.sheetnames:
            assert source is not None, f"the workbook has a {sheet} sheet but the test gave no figures for it"
            check(formulas, values, source, more)
    covered = set(extra.ANALYTICS) | {"Variance", "Calendar", "Uncertainty"}
    checked, problems = 0, []

    def compare(sheet, ref, got, want):
        nonlocal checked
        checked += 1
        if want is None:
            if got != "n/a":
                problems.append(f"{sheet}!{ref}: expected n/a, got {got!r}")
        elif got is None or isinstance(got, str) or to_cent(got) != want:
            problems.append(f"{sheet}!{ref}: workbook {got!r}, engine {want}")

    for ws in formulas.worksheets:
        if ws.title in covered:
            continue
        vs = values[ws.title]
        header = {c.column: c.value for c in ws[1]}
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                got = vs[cell.coordinate].value
                column_label = header.get(cell.column)
                if ws.title == "Budget":
                    key = ws.cell(row=cell.row, column=max(header)).value
                    compare(ws.title, cell.coordinate, got, expected_budget(engine, key, column_label))
                elif ws.title == "Line items":
                    period, key = ws.cell(row=cell.row, column=1).value, ws.cell(row=cell.row, column=6).value
                    compare(ws.title, cell.coordinate, got, engine.line(period, key))
                elif ws.title == "Funding":
                    year = int(column_label.split()[1])
                    label = ws.cell(row=cell.row, column=1).value
                    figure = {"Total funded": engine.year(year)["funded"],
                              "Total cost (Budget sheet)": engine.periods[f"Year {year}"]["total"]}.get(label)
                    if label.startswith("Cost less funding"):
                        figure = engine.year(year)["gap"]
                    compare(ws.title, cell.coordinate, got, figure)
                elif ws.title == "Summary":
                    label = ws.cell(row=cell.row, column=1).value
                    compare(ws.title, cell.coordinate, got, doc[SUMMARY[label]])
                else:
                    problems.append(f"{ws.title}!{cell.coordinate}: a formula the test does not know")
    assert not problems, "\n".join(problems[:40])
    more.done(0)
    return checked + more.checked

"""The federal forms as CSV (`project --funding --format csv --out DIR`, docs/funding.md): read
back, every row equals the workbook's ED 524 and SF-424A sheets cell for cell after LibreOffice
recalculates the workbook, for a scenario with a partly federal source and for the worked example;
and a flag a format would ignore is an error, not dropped."""
import csv
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from workbook_support import BINARY, ROOT, libreoffice_recalculate, report, run, to_cent

SCENARIOS = [ROOT / "scenarios" / "rural-consortium.yaml", ROOT / "scenarios" / "riverside-worked-example.yaml"]


def sheet_tables(sheet):
    """{(table title, row label): [values]} for every table block on a sheet (title row, header row, rows)."""
    rows = list(sheet.iter_rows(values_only=True))
    tables, title, header = {}, None, None
    for row in rows:
        first = row[0]
        if first is None:
            title, header = None, None
            continue
        if title is None:
            title = first
            continue
        if header is None:
            header = row
            continue
        tables[(title, first)] = [v for v, h in zip(row[1:], header[1:]) if h is not None]
    return tables


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    work = tmp_path_factory.mktemp("forms")
    books, csvs = [], []
    for scenario in SCENARIOS:
        book = report(scenario, work / scenario.stem)
        run("project", scenario, "--funding", "--format", "csv", "--out", work / f"{scenario.stem}-csv")
        books.append(book)
        csvs.append(sorted((work / f"{scenario.stem}-csv").glob("*.csv")))
    recalculated = libreoffice_recalculate(books, work)
    return [(recalculated[b], c) for b, c in zip(books, csvs)]


@pytest.mark.parametrize("index", range(len(SCENARIOS)))
def test_csv_forms_equal_the_recalculated_sheets(forms, index):
    book_path, files = forms[index]
    book = openpyxl.load_workbook(book_path, data_only=True)
    names = {f.name.rsplit("-", 1)[1]: f for f in files}
    assert set(names) == {"ed524.csv", "sf424a.csv"}
    for file, sheet in [(names["ed524.csv"], "ED 524"), (names["sf424a.csv"], "SF-424A")]:
        tables = sheet_tables(book[sheet])
        rows = list(csv.reader(open(file, newline="", encoding="utf-8")))
        header, body = rows[0], rows[1:]
        assert header[0] == "Table" and body, file
        titles = {r[0] for r in body}
        if sheet == "ED 524" and index == 0:
            assert any("Section A" in t for t in titles) and any("Unfunded" in t for t in titles)
        for title, label, *values in body:
            got = tables[(title, label)]
            assert len(got) == len(values), (title, label)
            for want, cell in zip(values, got):
                assert to_cent(cell) == Decimal(want), f"{sheet} {title} / {label}: CSV {want}, sheet {cell}"


def test_a_flag_a_format_ignores_is_an_error(tmp_path):
    scenario = SCENARIOS[0]
    out = tmp_path / "forms"
    for args in (["--funding", "--format", "json"], ["--funding", "--format", "csv"], ["--out", str(out)],
                 ["--format", "csv", "--out", str(out)]):
        result = subprocess.run([str(BINARY), "project", str(scenario), *args], capture_output=True, text=True)
        assert result.returncode == 1, args
        assert result.stderr.lower().count("error:") == 1, result.stderr
    assert not out.exists(), "nothing is written on a command-line mistake"


def money_of(text):
    return Decimal(text.replace("$", "").replace(",", ""))


def test_each_funders_request_and_the_unfunded_remainder_add_up_to_the_total():
    scenario = SCENARIOS[0]
    import yaml
    names = [s["source"] for s in yaml.safe_load(scenario.read_text())["funding"]]
    requests = Decimal(0)
    for name in names:
        out = run("project", scenario, "--funder", name)
        line = next(l for l in out.splitlines() if l.startswith("Total request"))
        requests += money_of(line.split()[-1])
        assert f"Request to {name}, by category" in out
        totals = next(l for l in out.splitlines() if l.startswith("k. TOTALS"))
        assert totals.split()[-1] == line.split()[-1], "its SF-424A column totals its request"
    table = run("project", scenario)
    unfunded = next(l for l in table.splitlines() if l.startswith("Unfunded (no source pays it):"))
    total = next(l for l in table.splitlines() if l.startswith("Total") and "$" in l)
    unfunded_value = Decimal(0) if "nothing" in unfunded else money_of(unfunded.split(": ", 1)[1].split(" ")[0].rstrip(",."))
    assert requests + unfunded_value == money_of(total.split()[-1])
    wrong = subprocess.run([str(BINARY), "project", str(scenario), "--funder", "State educator inovation grant"], capture_output=True, text=True)
    assert wrong.returncode == 1 and wrong.stderr.count("error:") == 1 and "did you mean 'State educator innovation grant'?" in wrong.stderr


def test_report_for_one_funder_and_the_whole_project_justification(tmp_path):
    scenario = SCENARIOS[0]
    out = tmp_path / "reports"
    run("report", scenario, "--out", out, "--db", tmp_path / "r.sqlite", "--funder", "State educator innovation grant")
    request = next(out.glob("*-state-educator-innovation-grant-request.md")).read_text()
    table = run("project", scenario, "--funder", "State educator innovation grant")
    total = next(l for l in table.splitlines() if l.startswith("Total request")).split()[-1]
    assert f"Total request: **{total}**" in request
    # Its own forms as CSV: Section A + B line 12 and SF-424A k are its request; Section A line
    # 12 is the federal part the table prints, and A and B are each per-period columns.
    federal = next(l for l in table.splitlines() if l.startswith("of which federal")).split()[-1]
    rows = list(csv.reader(open(next(out.glob("*-state-educator-innovation-grant-ed524.csv")), newline="", encoding="utf-8")))
    line12 = {r[0]: r for r in rows[1:] if r[1] == "12. Total Costs (lines 9-11)"}
    a = next(v for k, v in line12.items() if "Section A" in k)
    b = next(v for k, v in line12.items() if "Section B" in k)
    assert Decimal(a[-1]) == money_of(federal) and Decimal(a[-1]) + Decimal(b[-1]) == money_of(total)
    assert all(Decimal(x) + Decimal(y) >= 0 for x, y in zip(a[2:-1], b[2:-1]))
    sf = list(csv.reader(open(next(out.glob("*-state-educator-innovation-grant-sf424a.csv")), newline="", encoding="utf-8")))
    k = next(r for r in sf[1:] if r[1].startswith("k."))
    assert Decimal(k[-1]) == money_of(total)
    justification = next(out.glob("*-justification.md")).read_text()
    opening = justification.splitlines()[2]
    assert "Total cost: **$547,809.59**" in opening and "Total request" not in opening
    asked = [money_of(part.rsplit(" ", 1)[1]) for part in opening.split("Requested from each source: ")[1].split("; ")[:-1]]
    unfunded = money_of(opening.split("Unfunded (no source pays it): ")[1].split(".")[0] + "." + opening.split("Unfunded (no source pays it): ")[1].split(".")[1][:2])
    assert sum(asked) + unfunded == Decimal("547809.59")
    assert money_of(total) in asked


def test_the_one_gap_is_the_same_figure_in_every_output(tmp_path):
    """The unfunded remainder of the partly federal consortium, read out of the table, the JSON,
    the workbook's Who pays sheet, the brief and the justification."""
    import json
    scenario = SCENARIOS[0]
    doc = json.loads(run("project", scenario, "--format", "json"), parse_float=Decimal)
    figure = Decimal(str(doc["whoPays"]["gap"]))
    assert figure > 0
    sentence = f"Unfunded (no source pays it): ${figure:,.2f}"
    assert sentence in run("project", scenario)
    out = tmp_path / "reports"
    book = report(scenario, out)
    sheet = openpyxl.load_workbook(book, data_only=True)["Who pays"]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Unfunded (no source pays)")
    header = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Source")
    assert to_cent(row[header.index("Total")]) == figure
    for name in ("*-brief.md", "*-brief.html", "*-justification.md"):
        assert sentence in next(out.glob(name)).read_text(), name

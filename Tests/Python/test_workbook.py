"""The budget workbook, proved with real readers: openpyxl (cached values, package) and
LibreOffice Calc headless (recalculation and liveness). One LibreOffice run serves every test."""

import os
import shutil
import zipfile
from decimal import Decimal

import openpyxl
import pytest
import yaml

from workbook_support import (BINARY, ROOT, check_workbook, extra_figures, libreoffice_recalculate, poison_cached_values,
                              project, report, scenario_files)

NEW_STIPEND_RATE = Decimal("61.37")
SHEETS = ["Summary", "Assumptions", "Budget", "Line items", "Funding", "Advisories"]
ANALYTICS = ["ED 524", "SF-424A", "Who pays", "Fiscal years", "Constant dollars"]


def expected_sheets(case):
    """Budget sheets, the analytics (Who pays only with funding sources), then Calendar and
    Uncertainty when the scenario has them (no actuals here, so no Variance)."""
    has_sources = bool(case["doc"]["whoPays"]["periods"][0]["sources"])
    names = SHEETS + [n for n in ANALYTICS if n != "Who pays" or has_sources]
    return names + (["Calendar"] if "schedule" in case["extras"] else []) + \
        (["Uncertainty"] if "simulation" in case["extras"] else [])


def changed_scenario(source, target):
    """The scenario with a new stipend rate, as the engine should see the workbook change.

    The workbook's LeaderHourlyRate is its own input (the file's default "same as the stipend
    rate" is resolved when the scenario is read), so the leader rate is pinned at its old value."""
    data = yaml.safe_load(source.read_text())
    stipends = data["stipends"]
    stipends.setdefault("leader_hourly_rate", stipends["hourly_rate"])
    stipends["hourly_rate"] = float(NEW_STIPEND_RATE)
    target.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return target


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    assert BINARY.exists(), "build first: swift build"
    work = tmp_path_factory.mktemp("workbook")
    cases = []
    for i, scenario in enumerate(scenario_files()):
        case = {"name": scenario.name, "doc": project(scenario), "extras": extra_figures(scenario)}
        original = work / f"s{i}-original.xlsx"
        shutil.copy(report(scenario, work / f"s{i}"), original)
        case["book"] = original
        case["poisoned"] = work / f"s{i}-poisoned.xlsx"
        poison_cached_values(original, case["poisoned"])
        if "stipends" in yaml.safe_load(scenario.read_text()):
            case["changed_doc"] = project(changed_scenario(scenario, work / f"s{i}-changed.yaml"))
            book = openpyxl.load_workbook(original)
            sheet, ref = book.defined_names["StipendHourlyRate"].attr_text.split("!")
            book[sheet][ref.replace("$", "")] = float(NEW_STIPEND_RATE)
            case["live"] = work / f"s{i}-live.xlsx"
            book.save(case["live"])
        cases.append(case)
    files = [c[k] for c in cases for k in ("book", "poisoned", "live") if k in c]
    recalculated = libreoffice_recalculate(files, work)
    for case in cases:
        for k in ("book", "poisoned", "live"):
            if k in case:
                case[f"{k}_recalculated"] = recalculated[case[k]]
    return cases


def load(path, data_only):
    return openpyxl.load_workbook(path, data_only=data_only)


def test_every_scenario_is_covered(cases):
    names = [c["name"] for c in cases]
    assert "example-riverside.yaml" in names or "riverside-worked-example.yaml" in names
    assert any("live" in c for c in cases), "no scenario with stipends to test liveness on"


def test_cached_values_equal_the_engine(cases):
    """A reader that does not recalculate (openpyxl data_only) sees the engine's figures."""
    for case in cases:
        checked = check_workbook(load(case["book"], False), load(case["book"], True), case["doc"], **case["extras"])
        assert checked >= 20, f"{case['name']}: only {checked} formula cells"


def test_worked_example_figures_from_the_spec(cases):
    """The spec's table, read straight from the workbook's cells."""
    case = next(c for c in cases if c["name"] in ("example-riverside.yaml", "riverside-worked-example.yaml"))
    for path in (case["book"], case["poisoned_recalculated"]):
        summary = {row[0].value: row[1].value for row in load(path, True)["Summary"].iter_rows(min_row=1, max_col=2)}
        assert round(summary["Total cost"], 2) == 547809.59
        assert round(summary["Present value"], 2) == 539826.18
        assert round(summary["Cost per participant-year"], 2) == 11305.82
        assert round(summary["Cost per student-year reached"], 2) == 190.21
        funding = load(path, True)["Funding"]
        gaps = [row for row in funding.iter_rows(values_only=True) if row[0] and str(row[0]).startswith("Cost less funding")][0]
        assert [round(v, 2) for v in gaps[2:4]] == [58582.60, 64096.99]


def test_libreoffice_recalculates_to_the_engine(cases):
    """LibreOffice, forced to recalculate on load, reproduces every formula cell to the cent,
    both from our file and from a copy whose cached values were all set to 0."""
    for case in cases:
        formulas = load(case["book"], False)
        poisoned = load(case["poisoned"], True)
        total_cells = [r for r in poisoned["Summary"].iter_rows(values_only=True) if r[0] == "Total cost"]
        assert total_cells[0][1] == 0, "the poisoned copy must cache 0, or the test proves nothing"
        for key in ("book_recalculated", "poisoned_recalculated"):
            checked = check_workbook(formulas, load(case[key], True), case["doc"], **case["extras"])
            assert checked >= 20


def test_changing_an_assumption_moves_the_budget(cases):
    """Liveness: a new StipendHourlyRate, recalculated by LibreOffice, gives what the engine
    computes for the changed scenario, and the totals really moved."""
    for case in [c for c in cases if "live" in c]:
        formulas = load(case["book"], False)
        values = load(case["live_recalculated"], True)
        # ED 524 and SF-424A follow the Budget; the other analytics are fixed at report time.
        checked = check_workbook(formulas, values, case["changed_doc"], static_doc=case["doc"], **case["extras"])
        assert checked >= 20
        assert case["changed_doc"]["total"] != case["doc"]["total"]
        total = [r for r in values["Summary"].iter_rows(values_only=True) if r[0] == "Total cost"][0][1]
        assert round(Decimal(repr(total)), 2) == case["changed_doc"]["total"]


def test_package_is_well_formed(cases):
    """No repair prompt: a valid zip that openpyxl and LibreOffice both open, with the parts
    Excel expects (names, table, validation, conditional format, print setup)."""
    for case in cases:
        with zipfile.ZipFile(case["book"]) as z:
            assert z.testzip() is None
            parts = set(z.namelist())
        assert {"xl/workbook.xml", "xl/tables/table1.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml",
                "docProps/core.xml"} <= parts
        book = load(case["book"], False)
        assert book.sheetnames == expected_sheets(case)
        if "live" in case:
            assert "StipendHourlyRate" in book.defined_names
        assert "LineItems" in book["Line items"].tables
        assert book["Line items"].tables["LineItems"].ref.startswith("A1:F")
        assumptions = book["Assumptions"]
        names = [c.value for c in assumptions["D"][1:] if c.value]
        assert len(assumptions.data_validations.dataValidation) == len(names)
        assert all(n in book.defined_names for n in names)
        assert book["Funding"].conditional_formatting
        for sheet in book.worksheets:
            # Landscape or portrait, whichever prints on fewer pages (test_workbook_print.py prints them).
            assert sheet.page_setup.orientation in ("landscape", "portrait")
            assert sheet.page_setup.paperSize == 1
            assert sheet.page_setup.fitToWidth in (1, None) and sheet.sheet_properties.pageSetUpPr.fitToPage
            assert "&P" in sheet.oddFooter.right.text
        assert book["Budget"].freeze_panes == "B2"
        assert book.properties.title.endswith(": budget")
        assert load(case["book_recalculated"], False).sheetnames == expected_sheets(case)


def test_same_scenario_gives_identical_bytes(tmp_path):
    scenario = scenario_files()[0]
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    first = report(scenario, tmp_path / "a", env=env)
    assert first.read_bytes() == report(scenario, tmp_path / "b", env=env).read_bytes()
    with zipfile.ZipFile(first) as z:
        assert b"2023-11-14T22:13:20Z" in z.read("docProps/core.xml")
    env.pop("SOURCE_DATE_EPOCH")
    default = report(scenario, tmp_path / "c", env=env)
    with zipfile.ZipFile(default) as z:
        assert b"2026-01-01T00:00:00Z" in z.read("docProps/core.xml")


def test_formula_like_names_stay_text(tmp_path):
    data = yaml.safe_load(scenario_files()[0].read_text())
    data["name"] = '=HYPERLINK("http://example.invalid","click")'
    data["organization"] = "+1 Riverside"
    path = tmp_path / "inject.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    book = openpyxl.load_workbook(report(path, tmp_path / "out"))
    title = book["Summary"]["A1"]
    assert title.data_type == "s" and title.value == data["name"]
    organization = [r for r in book["Summary"].iter_rows() if r[0].value == "Organization"][0][1]
    assert organization.data_type == "s" and organization.value == "+1 Riverside"


def test_existing_workbook_needs_force(tmp_path):
    import subprocess
    scenario = scenario_files()[0]
    report(scenario, tmp_path)
    result = subprocess.run([str(BINARY), "report", str(scenario), "--out", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "already exists; use --force" in result.stderr


def section_cells(book, doc):
    """(title, label, column, cell value) of every number cell of the ED 524 sheet's Section A,
    Section B and unfunded tables, with the JSON figure it must equal."""
    from workbook_sheets_support import ED524_SECTIONS, analytics_figure, blocks
    out = []
    for title, header, rows in blocks(book["ED 524"]):
        if title not in ED524_SECTIONS:
            continue
        labels = [r[0].value for r in rows]
        for r in rows:
            for cell in r[1:]:
                column = header[cell.column - 1]
                out.append((title, r[0].value, column, cell.value, analytics_figure(title, r[0].value, column, doc, labels)))
    return out


def check_sections_add_up(doc):
    """Section A + Section B + unfunded = the full ED 524 view, per line and period, in the JSON."""
    full = {l["line"]: l for l in doc["ed524"]["lines"]}
    parts = [{l["line"]: l for l in doc[k]["lines"]} for k in ("ed524SectionA", "ed524SectionB", "ed524Unfunded")]
    for line, want in full.items():
        assert sum(p[line]["total"] for p in parts) == want["total"], (line, "total")
        for i, period in enumerate(want["periods"]):
            assert [p[line]["periods"][i]["label"] for p in parts] == [period["label"]] * 3
            assert sum(p[line]["periods"][i]["amount"] for p in parts) == period["amount"], (line, period["label"])


def test_ed524_sections_equal_the_json(cases):
    """On every scenario with funding sources, the ED 524 sheet holds Section A, Section B and the
    unfunded remainder, every figure (cached, and recalculated by LibreOffice) equal to the JSON,
    and the JSON's three parts add up to the full ED 524 view."""
    for case in cases:
        check_sections_add_up(case["doc"])
        if not case["doc"]["whoPays"]["periods"][0]["sources"]:
            continue
        periods = len(case["doc"]["ed524"]["lines"][0]["periods"])
        for key in ("book", "book_recalculated", "poisoned_recalculated"):
            cells = section_cells(load(case[key], True), case["doc"])
            assert len(cells) == 3 * 12 * (periods + 1), (case["name"], key, len(cells))
            for title, label, column, got, want in cells:
                assert Decimal(repr(got)).quantize(Decimal("0.01")) == Decimal(str(want)), (case["name"], key, title, label, column)


def test_federal_source_fills_section_a(tmp_path):
    """The worked example with the foundation grant marked federal and food moved to Supplies:
    Section A holds the grant's 60,000 a year on the lines of the costs it pays, Section B the
    district's 150,000, and every cell equals the JSON (the whole workbook check passes too)."""
    data = yaml.safe_load((ROOT / "scenarios" / "riverside-worked-example.yaml").read_text())
    data["funding"][1]["federal"] = True
    data["form_524"] = {"food": "supplies"}
    path = tmp_path / "federal.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    doc = project(path)
    check_sections_add_up(doc)
    book = report(path, tmp_path / "out")
    formulas, values = load(book, False), load(book, True)
    assert check_workbook(formulas, values, doc) >= 20
    cells = section_cells(values, doc)
    assert len(cells) == 3 * 12 * 4
    for title, label, column, got, want in cells:
        assert Decimal(repr(got)).quantize(Decimal("0.01")) == Decimal(str(want)), (title, label, column)
    line12 = {(t, c): g for t, l, c, g, w in cells if l.startswith("12.")}
    assert Decimal(repr(line12[("ED 524 Section A — U.S. Department of Education funds (federal sources)", "Year 1")])) == 60000
    assert Decimal(repr(line12[("ED 524 Section B — Non-federal funds", "Year 1")])) == 150000
    assert Decimal(repr(line12[("ED 524 — Unfunded (no source pays)", "Total")])) == Decimal("127809.59")

"""The Variance sheet (a report run against a record holding actuals) and the comparison
workbook (`compare --out`), proved like the budget workbook: cached values (openpyxl) and a
LibreOffice recalculation, from our file and from a copy whose cached values are all 0, equal
the engine's figures (`variance --format json`, `compare --format json`). One LibreOffice run."""

import json

import openpyxl
import pytest

from workbook_sheets_support import check_comparison
from workbook_support import (BINARY, ROOT, check_workbook, libreoffice_recalculate, poison_cached_values, project,
                              report, run)

SAMPLES = ROOT / "scenarios" / "samples"
RIVERSIDE = "Riverside K-8 Maker Educator Learning Community"
COMPARED = [ROOT / "scenarios" / "riverside-worked-example.yaml", ROOT / "scenarios" / "guide-ten-month.yaml",
            ROOT / "scenarios" / "district-two-year.yaml"]


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    assert BINARY.exists(), "build first: swift build"
    work = tmp_path_factory.mktemp("sheets")
    db = work / "record.sqlite"
    scenario = SAMPLES / "riverside.yaml"
    run("project", scenario, "--save", "--db", db)
    run("actuals", "import", RIVERSIDE, SAMPLES / "riverside-made-up-actuals.csv", "--db", db)
    variance = json.loads(run("variance", RIVERSIDE, "--format", "json", "--db", db))
    out = {"variance": variance, "doc": project(scenario),
           "varianceBook": report(scenario, work / "variance", db=db)}
    run("compare", *COMPARED, "--out", work / "compare")
    out["comparison"] = json.loads(run("compare", *COMPARED, "--format", "json"))
    out["compareBook"] = work / "compare" / "comparison.xlsx"
    for key in ("varianceBook", "compareBook"):
        out[key + "Poisoned"] = work / f"{key}-poisoned.xlsx"
        poison_cached_values(out[key], out[key + "Poisoned"])
    recalculated = libreoffice_recalculate([out[k] for k in ("varianceBook", "varianceBookPoisoned", "compareBook",
                                                             "compareBookPoisoned")], work)
    for key in ("varianceBook", "varianceBookPoisoned", "compareBook", "compareBookPoisoned"):
        out[key + "Recalculated"] = recalculated[out[key]]
    return out


def load(path, data_only):
    return openpyxl.load_workbook(path, data_only=data_only)


def test_variance_sheet_only_with_actuals(books, tmp_path):
    assert "Variance" in load(books["varianceBook"], False).sheetnames
    plain = report(SAMPLES / "riverside.yaml", tmp_path / "plain")
    assert "Variance" not in load(plain, False).sheetnames


def test_variance_sheet_equals_lcbudget_variance(books):
    """Budgeted (formulas over the Budget sheet), spent, remaining, shares, status and statement
    of every row equal `lcbudget variance`, cached and recalculated by LibreOffice."""
    formulas = load(books["varianceBook"], False)
    assert sum(1 for r in formulas["Variance"].iter_rows() for c in r if c.data_type == "f") >= 40
    statuses = {c.value for r in formulas["Variance"].iter_rows() for c in r if c.column == 8}
    assert {"on track", "underspending", "overspending"} <= statuses, "the sample shows every status"
    for key in ("varianceBook", "varianceBookRecalculated", "varianceBookPoisonedRecalculated"):
        checked = check_workbook(formulas, load(books[key], True), books["doc"], variance=books["variance"])
        assert checked >= 300, key


def test_comparison_workbook_equals_compare(books):
    """comparison.xlsx: every amount, difference (formula) and total (formula) equals
    `lcbudget compare --format json`, cached and recalculated."""
    formulas = load(books["compareBook"], False)
    periods = [p["label"] for p in books["comparison"]["periods"]]
    assert formulas.sheetnames == ["Comparison"] + [f"Compare {p}" for p in periods] + ["Compare all periods"]
    poisoned = load(books["compareBookPoisoned"], True)
    total_row = [r for r in poisoned["Compare all periods"].iter_rows(values_only=True) if r[0] == "Total"][0]
    assert total_row[3] == 0, "the poisoned copy must cache 0, or the test proves nothing"
    for key in ("compareBook", "compareBookRecalculated", "compareBookPoisonedRecalculated"):
        check = check_comparison(formulas, load(books[key], True), books["comparison"])
        assert check.done(60) >= 60, key
    differences = [c for ws in formulas.worksheets[1:] for r in ws.iter_rows() for c in r
                   if c.data_type == "f" and "-" in str(c.value)]
    assert len(differences) >= 20, "differences are formulas"
    summary = [r[0] for r in load(books["compareBook"], True)["Comparison"].iter_rows(values_only=True) if r[0]]
    for paragraph in books["comparison"]["summaries"]:
        assert paragraph in summary


def test_ed524_is_paste_ready(books):
    """The ED 524 block: the form's twelve lines in order under a header of project years and
    Total, numbers (not text) in currency format, directly pasteable."""
    ws = load(books["varianceBook"], True)["ED 524"]
    rows = list(ws.iter_rows(min_row=2, max_row=14))
    assert [c.value for c in rows[0]][-1] == "Total"
    labels = [r[0].value for r in rows[1:]]
    assert [int(label.split(".")[0]) for label in labels] == list(range(1, 13))
    for r in rows[1:]:
        for c in r[1:]:
            assert isinstance(c.value, (int, float)), c.coordinate
            assert c.number_format == "$#,##0.00"
    ed524 = books["doc"]["ed524"]["lines"]
    assert round(rows[12][-1].value, 2) == float(ed524[11]["total"]) == float(books["doc"]["total"])

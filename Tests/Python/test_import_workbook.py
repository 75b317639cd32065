"""`lcbudget import-workbook`: a workbook edited in a spreadsheet program (openpyxl here),
recalculated by LibreOffice, comes back as a scenario whose projection is what the workbook
shows, to the cent; a workbook whose formulas were edited is refused, naming the cell
(docs/workbook.md, "Importing an edited workbook")."""
import shutil
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from workbook_support import BINARY, ROOT, libreoffice_recalculate, project, report, scenario_files, to_cent

WORKED = ROOT / "scenarios" / "riverside-worked-example.yaml"


def lcbudget(*args):
    return subprocess.run([str(BINARY), *map(str, args)], capture_output=True, text=True)


def named_cell(book, name):
    sheet, ref = book.defined_names[name].attr_text.split("!")
    return book[sheet][ref.replace("$", "")]


def summary_total(path):
    values = openpyxl.load_workbook(path, data_only=True)
    rows = [r for r in values["Summary"].iter_rows(values_only=True) if r[0] == "Total cost"]
    return to_cent(rows[0][1])


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    assert BINARY.exists(), "build first: swift build"
    work = tmp_path_factory.mktemp("import-workbook")
    original = report(WORKED, work / "out")

    # The budget office's edits: year 2's participants, the stipend rate, the grant's year 2.
    book = openpyxl.load_workbook(original)
    named_cell(book, "ParticipantsYear2").value = 30
    named_cell(book, "StipendHourlyRate").value = 55
    funding = book["Funding"]
    assert funding["A3"].value == "Community foundation grant" and funding["D1"].value == "Year 2"
    funding["D3"].value = 65000
    edited = work / "edited.xlsx"
    book.save(edited)

    # A formula edited on the Budget sheet (the first SUM there), besides a legitimate input edit.
    book = openpyxl.load_workbook(original)
    named_cell(book, "StipendHourlyRate").value = 55
    cell = next(c for row in book["Budget"].iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=SUM("))
    formula = cell.value
    cell.value = formula + "+1"
    broken = work / "broken.xlsx"
    book.save(broken)

    recalculated = libreoffice_recalculate([edited, broken], work)
    return {"work": work, "original": original, "edited": recalculated[edited], "broken": recalculated[broken],
            "cell": cell.coordinate, "formula": formula, "db": work / "out.sqlite"}


def test_edits_import_to_the_recalculated_total(books, tmp_path):
    new = tmp_path / "revised.yaml"
    result = lcbudget("import-workbook", books["edited"], "--scenario", WORKED, "--out", new)
    assert result.returncode == 0, result.stderr
    changes = [line.split(" (")[0] for line in result.stdout.splitlines() if "→" in line]
    assert changes == ["cohort.y2.participants: 24 → 30", "stipends.hourly_rate: 50 → 55",
                       "funding[1].by_year[1]: 60000 → 65000"], result.stdout
    assert f"wrote {new}" in result.stdout

    doc = project(new)
    before = project(WORKED)
    assert doc["total"] != before["total"], "the edits must move the total, or the test proves nothing"
    # The recalculated workbook's total cost is the new scenario's, to the cent.
    assert summary_total(books["edited"]) == doc["total"]
    values = openpyxl.load_workbook(books["edited"], data_only=True)
    assert to_cent(values["Funding"]["D3"].value) == Decimal("65000.00")
    gap_row = next(r for r in values["Funding"].iter_rows() if str(r[0].value).startswith("Cost less funding"))
    assert [to_cent(c.value) for c in gap_row[2:4]] == [y["gap"] for y in doc["funding"]]


def test_without_scenario_the_recorded_run_is_used(books, tmp_path):
    with_file = tmp_path / "a.yaml"
    from_record = tmp_path / "b.yaml"
    assert lcbudget("import-workbook", books["edited"], "--scenario", WORKED, "--out", with_file).returncode == 0
    result = lcbudget("import-workbook", books["edited"], "--db", books["db"], "--out", from_record)
    assert result.returncode == 0, result.stderr
    assert from_record.read_text() == with_file.read_text()
    # No record where --db points: said, with both ways out; nothing written.
    missing = lcbudget("import-workbook", books["edited"], "--db", tmp_path / "none.sqlite", "--out", tmp_path / "c.yaml")
    assert missing.returncode == 1 and "--scenario FILE" in missing.stderr and "--db" in missing.stderr
    assert not (tmp_path / "c.yaml").exists() and not (tmp_path / "none.sqlite").exists()


def test_an_edited_formula_is_refused_with_its_cell(books, tmp_path):
    new = tmp_path / "new" / "revised.yaml"
    result = lcbudget("import-workbook", books["broken"], "--scenario", WORKED, "--out", new)
    assert result.returncode == 1
    assert f"error: sheet 'Budget' cell {books['cell']}: the formula was changed from {books['formula']} to" \
        in result.stderr, result.stderr
    assert "only the yellow inputs" in result.stderr
    assert "nothing was written" in result.stderr
    assert not new.parent.exists(), "nothing may be written, not even the folder"


def test_another_scenario_is_refused_with_a_hint(books, tmp_path):
    result = lcbudget("import-workbook", books["edited"], "--scenario", ROOT / "scenarios" / "district-two-year.yaml",
                      "--out", tmp_path / "x.yaml")
    assert result.returncode == 1
    assert "written from another scenario" in result.stderr, result.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_existing_output_needs_force(books, tmp_path):
    new = tmp_path / "revised.yaml"
    new.write_text("keep me\n")
    result = lcbudget("import-workbook", books["edited"], "--scenario", WORKED, "--out", new)
    assert result.returncode == 1 and "--force" in result.stderr
    assert new.read_text() == "keep me\n"
    assert lcbudget("import-workbook", books["edited"], "--scenario", WORKED, "--out", new, "--force").returncode == 0
    assert "stipends:" in new.read_text()


def test_every_shipped_workbook_imports_unchanged_after_libreoffice(tmp_path):
    """No false refusals: every shipped scenario's workbook, as written and as LibreOffice re-saves
    it (formulas respelled, numbers rewritten, recalculated), imports with no change and to a file
    that projects exactly as the original."""
    books = {}
    for i, scenario in enumerate(scenario_files()):
        copy = tmp_path / f"s{i}.xlsx"
        shutil.copy(report(scenario, tmp_path / f"s{i}"), copy)
        books[copy] = scenario
    recalculated = libreoffice_recalculate(list(books), tmp_path)
    for book, scenario in books.items():
        for path in (book, recalculated[book]):
            new = tmp_path / "new" / f"{path.parent.name}-{book.stem}.yaml"
            result = lcbudget("import-workbook", path, "--scenario", scenario, "--out", new)
            assert result.returncode == 0, (scenario.name, path, result.stderr)
            assert result.stdout.splitlines()[0] == "no input was changed", (scenario.name, result.stdout)
            assert new.read_text() == scenario.read_text(), scenario.name

"""User text that a spreadsheet, browser or calendar would act on stays inert in every output.

One hostile scenario per formula trigger (=, +, -, @, tab, CR): the scenario name, organization,
funding sources, other cost, calendar location and every blackout name and note are a HYPERLINK
formula with a <script> tag and a CRLF + `X-INJECTED:` line. Actuals and attendance imported into
the record carry the same text. Each output is then read back with a real parser:
workbook (zip + XML: no <f> holds user text; openpyxl: the cell is a string equal to the input),
CSV (`project`, `variance`, `stipends`: the field starts with an apostrophe), HTML (no element
or attribute from user text, no external reference), Markdown (tags escaped) and iCalendar (no
injected property after unfolding).

Blackout names and notes appear in the calendar file and schedule only (no workbook sheet
shows them), so the workbook checks cover name, organization, funding sources and other costs."""
import csv
import io
import os
import re
import subprocess
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import openpyxl
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".build" / "debug" / "lcbudget"
SAMPLE = ROOT / "scenarios" / "calendar-sample.yaml"
TRIGGERS = ["=", "+", "-", "@", "\t", "\r"]
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def payload(trigger, tag):
    return f'{trigger}HYPERLINK("http://evil.example/{tag}","x")<script>alert("{tag}")</script>\r\nX-INJECTED:{tag}'


def run(*args, cwd=None):
    # Bytes, decoded by hand: text mode would turn a CR inside a quoted CSV field into LF.
    result = subprocess.run([str(BIN), *map(str, args)], capture_output=True, cwd=cwd)
    assert result.returncode == 0, f"lcbudget {' '.join(map(str, args))}:\n{result.stderr.decode()}"
    return result.stdout.decode()


@pytest.fixture(scope="module", params=TRIGGERS, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def hostile(request, tmp_path_factory):
    """Writes the hostile scenario, its report bundle and its record; returns what was written."""
    trigger = request.param
    work = tmp_path_factory.mktemp("hostile")
    data = yaml.safe_load(SAMPLE.read_text())
    data["name"] = payload(trigger, "NAME")
    data["organization"] = payload(trigger, "ORG")
    for i, source in enumerate(data["funding"]):
        source["source"] = payload(trigger, f"FUND{i}")
    for i, other in enumerate(data["other"]):
        other["name"] = payload(trigger, f"OTHER{i}")
    data["calendar"]["location"] = payload(trigger, "LOC")
    for i, blackout in enumerate(data["calendar"]["blackouts"]):
        blackout["name"] = payload(trigger, f"BLACK{i}")
        blackout["note"] = payload(trigger, f"NOTE{i}")
    scenario = work / "hostile.yaml"
    scenario.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    db = work / "record.sqlite"
    run("report", scenario, "--out", work / "out", "--db", db)
    run("project", scenario, "--save", "--db", db)
    run("calendar", scenario, "--ics", work / "blackouts.ics", "--include-blackouts")
    slug = next((work / "out").glob("*.xlsx")).stem
    actuals = work / "actuals.csv"
    with actuals.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "category", "item", "amount", "payer", "memo"])
        w.writerow(["2027-09-15", "food", payload(trigger, "ITEM"), "100.00", payload(trigger, "PAYER"), payload(trigger, "MEMO")])
    attendance = work / "attendance.csv"
    with attendance.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["educator", "role", "date", "activity", "hours"])
        w.writerow([payload(trigger, "EDUCATOR"), "participant", "2027-09-14", "meeting", "2"])
    run("actuals", "import", slug, actuals, "--db", db)
    run("attendance", "import", slug, attendance, "--db", db)
    return {"trigger": trigger, "data": data, "work": work, "slug": slug, "db": db, "out": work / "out"}


def test_no_workbook_formula_holds_user_text(hostile):
    book = next(hostile["out"].glob("*.xlsx"))
    with zipfile.ZipFile(book) as z:
        strings = [("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
                   for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) >= 6  # every sheet, the funding and variance sheets included
        shown = set()
        for name in sheets:
            root = ET.fromstring(z.read(name))
            for cell in root.iter(f"{{{NS['m']}}}c"):
                formula = cell.find("m:f", NS)
                assert formula is None or "evil" not in (formula.text or ""), f"{name} {cell.get('r')}: {formula.text}"
                value = cell.find("m:v", NS)
                if cell.get("t") == "s" and "evil" in strings[int(value.text)]:
                    shown.add(strings[int(value.text)].split("evil.example/")[1].split('"')[0])
                assert cell.get("t") != "str" or "evil" not in (value.text or "")
    assert {"NAME", "ORG", "FUND0", "FUND1", "OTHER0"} <= shown, shown


def test_workbook_cells_read_back_as_the_text_typed(hostile):
    book = openpyxl.load_workbook(next(hostile["out"].glob("*.xlsx")))
    expected = {payload(hostile["trigger"], t).replace("\r\n", "\n").replace("\r", "\n")
                for t in ("NAME", "ORG", "FUND0", "FUND1", "OTHER0")}
    found = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "evil" in cell.value:
                    assert cell.data_type == "s", f"{sheet.title}!{cell.coordinate} is {cell.data_type}"
                    # OOXML writes control characters as _xHHHH_ (Excel shows them decoded).
                    text = re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m.group(1), 16)), cell.value)
                    found.add(text.replace("\r\n", "\n").replace("\r", "\n"))
    assert expected <= found


def csv_fields(text):
    return [field for row in csv.reader(io.StringIO(text, newline="")) for field in row]


def assert_defused(fields, tags, trimmed=False):
    """Every field holding user text starts with an apostrophe before its trigger. The importers
    trim spaces and tabs around a CSV cell, so an imported tab trigger is gone (`trimmed`)."""
    hostile_fields = [f for f in fields if "evil.example" in f]
    seen = {f.split("evil.example/")[1].split('"')[0] for f in hostile_fields}
    assert set(tags) <= seen, seen
    for field in hostile_fields:
        if trimmed:
            assert field.startswith("HYPERLINK"), repr(field)
        else:
            assert field.startswith("'") and field[1] in "=+-@\t\r", repr(field)


def test_project_csv_fields_start_with_an_apostrophe(hostile):
    text = run("project", hostile["work"] / "hostile.yaml", "--format", "csv")
    assert_defused(csv_fields(text), ["OTHER0"])


def test_stipends_csv_defuses_educator_names(hostile):
    text = run("stipends", hostile["slug"], "--format", "csv", "--db", hostile["db"])
    assert_defused(csv_fields(text), ["EDUCATOR"], trimmed=hostile["trigger"] == "\t")


def test_variance_csv_never_starts_a_formula(hostile):
    text = run("variance", hostile["slug"], "--format", "csv", "--db", hostile["db"])
    fields = csv_fields(text)
    assert len(fields) > 10
    # Variance rows are by period and category; user text appears only as defused fields.
    for field in fields:
        assert not field or field[0] not in "=+-@\t\r", repr(field)
        assert "evil" not in field or field.startswith("'")


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes += [(tag, k, v or "") for k, v in attrs]


def test_html_brief_shows_user_text_as_text_and_loads_nothing(hostile):
    html = next(hostile["out"].glob("*-brief.html")).read_text()
    parser = Elements()
    parser.feed(html)
    assert not parser.tags & {"script", "iframe", "object", "embed", "img", "link", "base", "a", "form", "frame"}
    for tag, key, value in parser.attributes:
        assert not key.startswith("on"), (tag, key)
        if key == "xmlns":
            continue  # the inline chart's SVG namespace names, it does not load
        assert "http" not in value and "evil" not in value and "javascript:" not in value.lower(), (tag, key, value)
    assert "@import" not in html and "url(" not in html
    for tag in ("NAME", "ORG", "FUND0", "FUND1"):
        assert f"&lt;script&gt;alert(&quot;{tag}&quot;)&lt;/script&gt;" in html, tag


def test_markdown_files_escape_tags(hostile):
    for path in hostile["out"].glob("*.md"):
        text = path.read_text()
        assert "<script>" not in text, path.name
        assert "\\<script\\>" in text, path.name
        assert "\nX-INJECTED" not in text, "a value cannot start a new Markdown line"


@pytest.mark.parametrize("which", ["report", "blackouts"])
def test_icalendar_text_cannot_add_properties(hostile, which):
    path = next(hostile["out"].glob("*.ics")) if which == "report" else hostile["work"] / "blackouts.ics"
    raw = path.read_bytes()
    logical = raw.replace(b"\r\n ", b"").split(b"\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert not [line for line in logical if line.startswith(b"X-INJECTED")]
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    assert events
    texts = []
    for event in events:
        assert "X-INJECTED" not in event
        texts += [str(event.get(k, "")) for k in ("SUMMARY", "DESCRIPTION", "LOCATION")]
    joined = "\n".join(texts)
    tags = ["NAME", "LOC"] + (["BLACK0", "NOTE3"] if which == "blackouts" else [])
    for tag in tags:
        assert f"X-INJECTED:{tag}" in joined, tag

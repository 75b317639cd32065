"""A published agenda arc (the calendar sample with ARC in its calendar), end to end: each meeting's
focus and step read back from the .ics by an independent parser (icalendar), the brief's
"Year at a glance" rows, and the workbook's Calendar sheet (openpyxl). The expected focus and
step of meeting n are computed here from the YAML (PyYAML), not taken from the tool."""
import html
import json
import os
import pathlib
import subprocess

import icalendar
import openpyxl
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = ROOT / ".build" / "debug" / "lcbudget"
SAMPLE = ROOT / "scenarios" / "calendar-sample.yaml"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
GUIDE_CYCLE = ["Try it in the classroom", "Reflect on the evidence", "Make shared meaning"]
ARC = (ROOT / "Tests" / "Fixtures" / "agenda-arc.yaml").read_text()  # shared with AgendaOutputTests.swift


def with_arc(tmp_path):
    """The calendar sample with ARC in its calendar, before `blackouts:`."""
    text = SAMPLE.read_text()
    at = text.index("  blackouts:\n")
    path = tmp_path / "agenda.yaml"
    path.write_text(text[:at] + ARC + text[at:])
    return path


def run(*args):
    result = subprocess.run([str(BIN), *map(str, args)], capture_output=True, text=True, env=ENV)
    assert result.returncode == 0, result.stderr
    return result


def arc(path):
    agenda = yaml.safe_load(path.read_text())["calendar"].get("agenda")
    return (agenda.get("cycle") or GUIDE_CYCLE, agenda.get("focus") or []) if agenda is not None else None


def meetings(path, tmp_path):
    """The .ics's whole-group meeting events in date order, and its coaching events."""
    out = tmp_path / "meetings.ics"
    run("calendar", path, "--ics", out)
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    held = sorted((e for e in events if str(e["SUMMARY"]).endswith("whole-group meeting")), key=lambda e: e["DTSTART"].dt)
    coaching = [e for e in events if str(e["SUMMARY"]).endswith("coaching touch-point")]
    return held, coaching


def expected_rows(held, cycle, focus):
    """(date as the brief writes it, focus, step) for each held meeting, in order."""
    return [(e["DTSTART"].dt.strftime("%B %-d, %Y"), focus[i % len(focus)], cycle[i % len(cycle)])
            for i, e in enumerate(held)]


def without_agenda(tmp_path):
    assert arc(SAMPLE) is None
    return SAMPLE


def test_each_ics_meeting_description_carries_its_focus_and_step(tmp_path):
    path = with_arc(tmp_path)
    cycle, focus = arc(path)
    assert cycle == GUIDE_CYCLE and len(focus) == 10
    held, coaching = meetings(path, tmp_path)
    assert len(held) == 20
    for (_, want_focus, want_step), event in zip(expected_rows(held, cycle, focus), held):
        lines = str(event["DESCRIPTION"]).split("\n")
        assert lines[0].startswith("Monthly whole-group meeting of ")
        assert lines[1] == f"Focus: {want_focus}"
        assert lines[2] == f"Step: {want_step}"
    # The 11th meeting (year 2's first) starts the focus list again; the cycle runs on.
    assert "Focus: " + focus[0] in str(held[10]["DESCRIPTION"])
    assert "Step: " + cycle[10 % 3] in str(held[10]["DESCRIPTION"])
    assert coaching and all("Focus:" not in str(e["DESCRIPTION"]) for e in coaching)
    # The JSON schedule gives the same agendas, numbered over the held meetings.
    events = json.loads(run("calendar", path, "--format", "json").stdout)["events"]
    agendas = [e["agenda"] for e in events if e["kind"] == "meeting" and e["date"] is not None]
    assert agendas == [{"number": i + 1, "focus": f, "step": s}
                       for i, (_, f, s) in enumerate(expected_rows(held, cycle, focus))]
    assert all(e["agenda"] is None for e in events if e["kind"] == "coaching" or e["date"] is None)


def test_the_brief_and_the_calendar_sheet_show_the_year_at_a_glance(tmp_path):
    path = with_arc(tmp_path)
    cycle, focus = arc(path)
    held, _ = meetings(path, tmp_path)
    rows = expected_rows(held, cycle, focus)
    run("report", path, "--out", tmp_path / "out", "--db", tmp_path / "r.sqlite")
    files = {p.name: p for p in (tmp_path / "out").iterdir()}

    md = next(p for n, p in files.items() if n.endswith("-brief.md")).read_text()
    assert "## Year at a glance" in md
    table = [line for line in md.splitlines() if line.startswith("| ") and line.endswith(" |")
             and any(line.endswith(f"| {step} |") for step in cycle)]
    assert table == [f"| {d} | {f} | {s} |" for d, f, s in rows]

    page = html.unescape(next(p for n, p in files.items() if n.endswith("-brief.html")).read_text())
    assert "<h2>Year at a glance</h2>" in page
    for d, f, s in rows:
        assert f'<tr><td style="white-space: nowrap">{d}</td><td>{f}</td><td>{s}</td></tr>' in page

    sheet = openpyxl.load_workbook(next(p for n, p in files.items() if n.endswith(".xlsx")))["Calendar"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header_at = next(i for i, row in enumerate(values) if row[0] == "Year" and "Focus" in row)
    header = values[header_at]
    assert header[-2:] == ["Focus", "Step"] and header[11] == "Summary"
    events = []
    for row in values[header_at + 1:]:
        if row[0] is None:
            break
        events.append(dict(zip(header, row)))
    sheet_rows = [(e["Focus"], e["Step"]) for e in events if e["Kind"] == "meeting" and e["Status"] != "conflict"]
    assert sheet_rows == [(f, s) for _, f, s in rows]
    assert all(e["Focus"] is None and e["Step"] is None for e in events if e["Kind"] == "coaching")


def test_without_an_agenda_nothing_shows_it(tmp_path):
    path = without_agenda(tmp_path)
    held, _ = meetings(path, tmp_path)
    assert held and all("Focus:" not in str(e["DESCRIPTION"]) and "Step:" not in str(e["DESCRIPTION"]) for e in held)
    assert all("agenda" not in e for e in json.loads(run("calendar", path, "--format", "json").stdout)["events"])
    run("report", path, "--out", tmp_path / "out", "--db", tmp_path / "r.sqlite")
    files = {p.name: p for p in (tmp_path / "out").iterdir()}
    assert "Year at a glance" not in next(p for n, p in files.items() if n.endswith("-brief.md")).read_text()
    assert "Year at a glance" not in next(p for n, p in files.items() if n.endswith("-brief.html")).read_text()
    sheet = openpyxl.load_workbook(next(p for n, p in files.items() if n.endswith(".xlsx")))["Calendar"]
    assert not any(c.value in ("Focus", "Step") for row in sheet.iter_rows() for c in row)
    # The agenda is not a cost input: both scenarios cost the same.
    plain = json.loads(run("project", path, "--format", "json").stdout)
    arced = json.loads(run("project", with_arc(tmp_path), "--format", "json").stdout)
    assert plain["total"] == arced["total"] and plain["periods"] == arced["periods"]
